// Script-injection payloads for the console's text and Markdown fields (issue 9).
// Each one, if it ran, would set `window.__xss` to its id and/or open a dialog;
// e2e/support/xss-harness.ts watches for both, for CSP violation reports and for
// errors thrown by injected code. Payload ids are stable so a failure names the payload.

export interface XssPayload {
  id: number;
  /** what the payload tries */
  name: string;
  text: string;
}

const set = (id: number) => `window.__xss=${id}`;

const payloads: readonly Omit<XssPayload, "id">[] = [
  // script elements
  { name: "script tag", text: `<script>${set(1)};alert(1)</script>` },
  { name: "script tag, upper case, external source", text: `<SCRIPT SRC=//xss.invalid/x.js></SCRIPT>` },
  { name: "script split by a nested tag", text: `<scr<script>ipt>${set(3)}</scr</script>ipt>` },
  { name: "closing a script element the page embeds (JSON, RSC payload)", text: `</script><script>${set(4)}</script>` },
  { name: "script in a template element", text: `<template><script>${set(5)}</script></template>` },
  // event attributes
  { name: "img onerror", text: `<img src=x onerror="${set(6)};alert(6)">` },
  { name: "img onerror, unclosed tag", text: `<img src=x onerror=${set(7)} ` },
  { name: "svg onload", text: `<svg onload="${set(8)}">` },
  { name: "body onload", text: `<body onload="${set(9)}">` },
  { name: "details ontoggle", text: `<details open ontoggle="${set(10)}"><summary>x</summary></details>` },
  { name: "input autofocus onfocus", text: `<input autofocus onfocus="${set(11)}">` },
  { name: "video source onerror", text: `<video><source onerror="${set(12)}"></video>` },
  { name: "attribute breakout, double quote", text: `"><script>${set(13)}</script>` },
  { name: "attribute breakout, single quote", text: `'><img src=x onerror=${set(14)}>` },
  { name: "title breakout", text: `</title><script>${set(15)}</script>` },
  { name: "textarea breakout", text: `</textarea><script>${set(16)}</script>` },
  // SVG and MathML
  { name: "script inside svg", text: `<svg><script>${set(17)}</script></svg>` },
  { name: "svg xlink:href javascript", text: `<svg><a xlink:href="javascript:${set(18)}"><text x="20" y="20">x</text></a></svg>` },
  { name: "mathml href javascript", text: `<math href="javascript:${set(19)}">x</math>` },
  { name: "mutation XSS through math/style", text: `<math><mtext><table><mglyph><style><img src=x onerror="${set(20)}">` },
  { name: "noscript mutation", text: `<noscript><p title="</noscript><img src=x onerror=${set(21)}>">` },
  // links
  { name: "html link to javascript:", text: `<a href="javascript:${set(22)}">x</a>` },
  { name: "html link, entity-encoded javascript:", text: `<a href="&#106;avascript:${set(23)}">x</a>` },
  { name: "markdown link to javascript:", text: `[x](javascript:${set(24)})` },
  { name: "markdown link, mixed case JaVaScRiPt:", text: `[x](JaVaScRiPt:${set(25)})` },
  { name: "markdown link, entity colon", text: `[x](javascript&#58;${set(26)})` },
  { name: "markdown link, tab inside the scheme", text: `[x](java&#x09;script:${set(27)})` },
  { name: "markdown link to vbscript:", text: `[x](vbscript:msgbox(28))` },
  { name: "markdown link to data:text/html", text: `[x](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9Mjk8L3NjcmlwdD4=)` },
  { name: "markdown link title breakout", text: `[x](https://xss.invalid "t\\" onmouseover=\\"${set(30)}")` },
  { name: "markdown reference link to javascript:", text: `[x][r]\n\n[r]: javascript:${set(31)}` },
  { name: "autolink javascript:", text: `<javascript:${set(32)}>` },
  { name: "autolink with a quote", text: `<https://xss.invalid/"onmouseover="${set(33)}">` },
  // images
  { name: "markdown image src breakout", text: `![x](x" onerror="${set(34)})` },
  { name: "markdown image alt breakout", text: `![x" onerror="${set(35)}](x)` },
  { name: "markdown image to javascript:", text: `![x](javascript:${set(36)})` },
  { name: "markdown image: svg data URL with a script", text: `![x](data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIG9ubG9hZD0id2luZG93Ll9feHNzPTM3Ij48L3N2Zz4=)` },
  // entities that must stay text
  { name: "escaped script as entities", text: `&lt;script&gt;${set(38)}&lt;/script&gt;` },
  { name: "numeric entities of a script tag", text: `&#60;script&#62;${set(39)}&#60;/script&#62;` },
  // CSS
  { name: "CSS expression", text: `<div style="width: expression(${set(40)})">x</div>` },
  { name: "CSS url(javascript:)", text: `<div style="background:url(javascript:${set(41)})">x</div>` },
  { name: "style element import", text: `<style>@import 'javascript:${set(42)}';</style>` },
  // frames, objects, forms, documents
  { name: "iframe javascript:", text: `<iframe src="javascript:parent.__xss=43"></iframe>` },
  { name: "iframe srcdoc", text: `<iframe srcdoc="<script>parent.__xss=44</script>"></iframe>` },
  { name: "object data", text: `<object data="javascript:${set(45)}"></object>` },
  { name: "embed src", text: `<embed src="javascript:${set(46)}">` },
  { name: "form action", text: `<form action="javascript:${set(47)}"><button>送信</button></form>` },
  { name: "button formaction", text: `<button formaction="javascript:${set(48)}">x</button>` },
  { name: "meta refresh", text: `<meta http-equiv="refresh" content="0;url=javascript:${set(49)}">` },
  { name: "base href", text: `<base href="javascript:${set(50)}//">` },
  { name: "link import", text: `<link rel="import" href="data:text/html,<script>${set(51)}</script>">` },
  // template and string interpolation
  { name: "template expression", text: `{{constructor.constructor('${set(52)}')()}}` },
  { name: "template literal", text: "${" + set(53) + "}" },
  { name: "Japanese text around a script (mixed content)", text: `メンテナンス<script>${set(54)}</script>のお知らせ` },
];

export const xssCorpus: readonly XssPayload[] = payloads.map((payload, index) => ({ id: index + 1, ...payload }));

/** Every payload in one Markdown text, a paragraph each (for fields that take Markdown). */
export const xssMarkdown = xssCorpus.map((payload) => payload.text).join("\n\n");
