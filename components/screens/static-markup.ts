// Static HTML from a React element tree of plain function components (no hooks, no
// context, no client components): what the live maintenance screens are made of.
// Why not react-dom/server: the screens are rendered inside Next's route handlers and
// by tsx scripts run with --conditions=react-server (the export CLI, the seed), and
// under that condition React is its server-components build and `react-dom/server`
// throws "react-dom/server is not supported in React Server Components" (see
// node_modules/react-dom/server.react-server.js). The output matches
// renderToStaticMarkup byte for byte for what the screens use (static-markup.test.ts
// compares them); anything else (a class component, a context, a style object, an
// event handler) is refused rather than rendered differently.
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

function attributes(tag: string, props: Record<string, unknown>): string {
  let out = "";
  for (const [name, value] of Object.entries(props)) {
    if (SKIPPED.has(name) || value === undefined || value === null || value === false) continue;
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

export function renderStaticMarkup(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === "boolean") return "";
  if (typeof node === "string") return escapeHtml(node);
  if (typeof node === "number" || typeof node === "bigint") return String(node);
  if (Array.isArray(node)) return node.map(renderStaticMarkup).join("");
  if (!isElement(node)) throw new Error(`static markup: cannot render ${Object.prototype.toString.call(node)}`);
  const { type, props } = node;
  if (type === Fragment) return renderStaticMarkup(props.children as ReactNode);
  if (typeof type === "function") {
    if ((type as { prototype?: { isReactComponent?: unknown } }).prototype?.isReactComponent)
      throw new Error("static markup: class components are not supported");
    return renderStaticMarkup((type as (p: unknown) => ReactNode)(props));
  }
  if (typeof type !== "string" || !TAG.test(type)) throw new Error(`static markup: element type ${String(type)} is not supported`);
  const open = `<${type}${attributes(type, props)}`;
  if (VOID.has(type)) return `${open}/>`;
  const inner = props.dangerouslySetInnerHTML as { __html: string } | undefined;
  return `${open}>${inner ? inner.__html : renderStaticMarkup(props.children as ReactNode)}</${type}>`;
}
