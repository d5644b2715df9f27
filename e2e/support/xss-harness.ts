import type { Locator, Page } from "@playwright/test";

// Watches a page for any sign that injected markup ran: a dialog (alert/confirm/
// prompt), the global marker the payloads of xss-corpus.ts set, a Content-Security-
// Policy violation report (a blocked inline script or handler is still an injection
// that got into the document as markup), and errors thrown by page scripts.
// Install it before the first navigation: the CSP listener is an init script.

declare global {
  interface Window {
    __xss?: unknown;
    __cspViolations?: string[];
  }
}

export interface ScriptWatch {
  /** Everything seen so far on the page, and the marker's value now; empty when nothing ran. */
  findings: () => Promise<string[]>;
}

export async function watchForScripts(page: Page): Promise<ScriptWatch> {
  const seen: string[] = [];
  page.on("dialog", (dialog) => {
    seen.push(`dialog (${dialog.type()}): ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("pageerror", (error) => seen.push(`uncaught error: ${error.message}`));
  page.on("console", (message) => {
    // a payload's image that 404s is no script run; anything else logged as an error is reported
    if (message.type() === "error" && !/^Failed to load resource/.test(message.text())) seen.push(`console error: ${message.text()}`);
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      window.__cspViolations!.push(`${event.violatedDirective} blocked ${event.blockedURI || "inline"} (${event.sample})`);
    });
  });
  return {
    findings: async () => {
      const inPage = await page.evaluate(() => ({ marker: window.__xss, violations: window.__cspViolations ?? [] }));
      return [...seen, ...(inPage.marker === undefined ? [] : [`window.__xss was set to ${String(inPage.marker)}`]), ...inPage.violations.map((v) => `CSP violation: ${v}`)];
    },
  };
}

/**
 * Markup in `where` that could run script when a reader interacts with it (a click,
 * a hover, a focus) even if nothing has run yet: script-bearing elements, event
 * handler attributes, and links or sources to javascript:, vbscript: or data: documents.
 */
export async function dangerousMarkup(where: Locator): Promise<string[]> {
  return where.evaluateAll((roots) => {
    const found: string[] = [];
    const dangerousTags = ["script", "iframe", "frame", "object", "embed", "meta", "base", "link", "style", "math", "template", "noscript"];
    // (forms are the page's own, e.g. the index filters: a content form's javascript: action is caught below)
    const urlAttributes = ["href", "src", "action", "formaction", "xlink:href", "data", "srcdoc", "poster", "background"];
    for (const root of roots) {
      for (const element of [root, ...root.querySelectorAll("*")]) {
        const tag = element.tagName.toLowerCase();
        // the page's own scripts carry its nonce; markup that came from content never does
        if (dangerousTags.includes(tag) && !(element as HTMLElement).nonce) found.push(`<${tag}> element: ${element.outerHTML.slice(0, 120)}`);
        for (const attribute of element.getAttributeNames()) {
          const value = element.getAttribute(attribute) ?? "";
          if (/^on/i.test(attribute)) found.push(`${attribute} handler on <${tag}>: ${value.slice(0, 80)}`);
          // React writes this action into every form whose action is a server action (the console's own
          // forms): it only throws, should the form be submitted without React
          if ((attribute === "action" || attribute === "formaction") && value.startsWith("javascript:throw new Error('A React form was unexpectedly submitted.")) continue;
          if (urlAttributes.includes(attribute.toLowerCase()) && /^\s*(javascript|vbscript|data:text\/html)/i.test(value.replace(/[\s\u0000-\u001f]/g, ""))) {
            found.push(`${attribute}="${value.slice(0, 80)}" on <${tag}>`);
          }
        }
      }
    }
    return found;
  });
}
