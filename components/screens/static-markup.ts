// Static HTML from a React element tree of plain function components (no hooks, no
// context, no client components): what the live maintenance screens are made of.
// Why not react-dom/server: the screens are rendered inside Next's route handlers and
// by tsx scripts run with --conditions=react-server (the export CLI, the seed), and
// under that condition React is its server-components build and `react-dom/server`
// throws "react-dom/server is not supported in React Server Components" (see
// node_modules/react-dom/server.react-server.js). The output matches
// renderToStaticMarkup byte for byte for what the screens use (static-markup.test.ts
// compares them); anything else (a class component, a context, a style object, an
// event handler) is refused rather than rendered differently. Inline styles are
// refused for the screens (their CSP allows no inline style) and serialized as React
// does for the mails (renderInlineStyledMarkup: mail clients drop <style> blocks);
// render-screen.test.ts compares those too.
import { Fragment, type ReactNode } from "react";

const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);
const RENAMED: Record<string, string> = { className: "class", htmlFor: "for", charSet: "charset", httpEquiv: "http-equiv", tabIndex: "tabindex", hrefLang: "hreflang" };
const BOOLEAN = new Set(["disabled", "hidden", "readOnly", "required", "checked", "selected", "open", "multiple"]);
const SKIPPED = new Set(["children", "key", "ref", "dangerouslySetInnerHTML"]);
const TAG = /^[a-z][a-z0-9-]*$/;
const ATTRIBUTE = /^(?:[a-zA-Z][a-zA-Z0-9]*|(?:aria|data)-[a-z0-9-]+)$/;

/** As React escapes text and attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" })[c]!);
}

interface Element {
  type: unknown;
  props: Record<string, unknown>;
}
const isElement = (node: unknown): node is Element =>
  typeof node === "object" && node !== null && "$$typeof" in node && String((node as { $$typeof: symbol }).$$typeof) === "Symbol(react.transitional.element)";

// CSS properties that take a bare number (React adds "px" to every other number)
const UNITLESS = new Set(["flex", "flexGrow", "flexShrink", "fontWeight", "lineHeight", "opacity", "order", "orphans", "widows", "zIndex", "zoom"]);

/** A style object as React writes it: "font-size:12px;color:red". */
function styleText(tag: string, style: unknown): string {
  if (typeof style !== "object" || style === null) throw new Error(`static markup: <${tag} style> must be an object`);
  return Object.entries(style as Record<string, unknown>)
    .filter(([, v]) => v !== null && v !== undefined && v !== "" && typeof v !== "boolean")
    .map(([name, v]) => {
      const property = name.startsWith("--") ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`).replace(/^ms-/, "-ms-");
      const value = typeof v === "number" ? (v !== 0 && !UNITLESS.has(name) ? `${v}px` : String(v)) : String(v).trim();
      return `${property}:${value}`;
    })
    .join(";");
}

function attributes(tag: string, props: Record<string, unknown>, styles: boolean): string {
  let out = "";
  for (const [name, value] of Object.entries(props)) {
    if (SKIPPED.has(name) || value === undefined || value === null || value === false) continue;
    if (name === "style" && styles) {
      const text = styleText(tag, value);
      if (text) out += ` style="${escapeHtml(text)}"`;
      continue;
    }
    if (!ATTRIBUTE.test(name) || /^on[A-Z]/.test(name) || name === "style")
      throw new Error(`static markup: <${tag} ${name}> is not supported (the screens carry no styles, scripts or handlers)`);
    const attr = RENAMED[name] ?? (name.startsWith("aria-") || name.startsWith("data-") ? name : name.toLowerCase());
    if (BOOLEAN.has(name)) {
      if (value) out += ` ${attr}=""`;
      continue;
    }
    if (typeof value !== "string" && typeof value !== "number" && value !== true)
      throw new Error(`static markup: <${tag} ${name}> has a ${typeof value} value`);
    out += ` ${attr}="${escapeHtml(String(value))}"`;
  }
  return out;
}

function render(node: ReactNode, styles: boolean): string {
  if (node === null || node === undefined || typeof node === "boolean") return "";
  if (typeof node === "string") return escapeHtml(node);
  if (typeof node === "number" || typeof node === "bigint") return String(node);
  if (Array.isArray(node)) return node.map((n) => render(n, styles)).join("");
  if (!isElement(node)) throw new Error(`static markup: cannot render ${Object.prototype.toString.call(node)}`);
  const { type, props } = node;
  if (type === Fragment) return render(props.children as ReactNode, styles);
  if (typeof type === "function") {
    if ((type as { prototype?: { isReactComponent?: unknown } }).prototype?.isReactComponent)
      throw new Error("static markup: class components are not supported");
    return render((type as (p: unknown) => ReactNode)(props), styles);
  }
  if (typeof type !== "string" || !TAG.test(type)) throw new Error(`static markup: element type ${String(type)} is not supported`);
  const open = `<${type}${attributes(type, props, styles)}`;
  if (VOID.has(type)) return `${open}/>`;
  const inner = props.dangerouslySetInnerHTML as { __html: string } | undefined;
  return `${open}>${inner ? inner.__html : render(props.children as ReactNode, styles)}</${type}>`;
}

/** The screens' markup: no inline styles (their CSP allows none). */
export const renderStaticMarkup = (node: ReactNode): string => render(node, false);

/** A mail's markup: inline styles allowed, written as React writes them. */
export const renderInlineStyledMarkup = (node: ReactNode): string => render(node, true);
