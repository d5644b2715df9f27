// Markdown for running prose (DESIGN.md, Decision 3), with the three things notices
// add: footnote references [^key] rendered as ※n of their block, the {{errorCode}}
// placeholder, so the error code is stored once (in the screen settings), and
// cross-references to attachments (【資料1】, 【別紙①】, "Attachment 1") linked to them.
import MarkdownIt from "markdown-it";
// CommonMark will not open **emphasis** next to Japanese punctuation (「**【資料2】**を」);
// this plugin fixes the flanking rules for CJK text.
import cjkFriendly from "markdown-it-cjk-friendly";

export interface RenderContext {
  /** footnote key → its number within the block */
  footnotes: Map<string, number>;
  /** unique per block, for anchors */
  anchor: string;
  errorCode: string | null;
  /** ids already used for references, so repeated ※1s each get their own id */
  used: Map<number, number>;
  /** attachment number → the anchor of its section, as numbered for this revision */
  attachments: Map<number, string>;
}

export const footnoteId = (anchor: string, n: number) => `${anchor}-fn-${n}`;
export const footnoteRefId = (anchor: string, n: number, occurrence = 1) => `${anchor}-ref-${n}${occurrence > 1 ? `-${occurrence}` : ""}`;

type InlineRule = Parameters<InstanceType<typeof MarkdownIt>["inline"]["ruler"]["before"]>[2];

const footnoteRule: InlineRule = (state, silent) => {
  const src = state.src.slice(state.pos);
  const match = /^\[\^([a-z0-9-]+)\]/.exec(src);
  if (!match) return false;
  if (!silent) {
    const token = state.push("notice_footnote_ref", "", 0);
    token.meta = { key: match[1] };
  }
  state.pos += match[0].length;
  return true;
};

const md = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false }).use(cjkFriendly);
md.inline.ruler.before("link", "notice_footnote_ref", footnoteRule);
md.renderer.rules.notice_footnote_ref = (tokens, idx, _options, env) => {
  const key = (tokens[idx]!.meta as { key: string }).key;
  const ctx = (env as { ctx?: RenderContext }).ctx;
  const n = ctx?.footnotes.get(key);
  if (!ctx || n === undefined) return md.utils.escapeHtml(`[^${key}]`);
  const occurrence = (ctx.used.get(n) ?? 0) + 1;
  ctx.used.set(n, occurrence);
  return `<sup class="fn-ref"><a href="#${footnoteId(ctx.anchor, n)}" id="${footnoteRefId(ctx.anchor, n, occurrence)}">※${n}</a></sup>`;
};

// 【別紙1】, 【別紙 1】, 【別紙①】, 【資料2】 (the letters write all of these) and the English
// "Attachment 1". The content keeps them as plain text: what they point at is derived
// from the attachment numbering when the page is rendered (derive.ts numberSections),
// so a renumbered attachment never leaves a stale link behind.
const crossReference = /【(?:別紙|資料)\s*([0-9０-９]+|[①-⑳])】|\bAttachment ([0-9]+)\b/g;

/** 1 from "1", "１" or "①". */
function referenceNumber(digits: string): number {
  const code = digits.codePointAt(0)!;
  if (code >= 0x2460 && code <= 0x2473) return code - 0x2460 + 1;
  return Number(digits.normalize("NFKC"));
}

type CoreRule = Parameters<InstanceType<typeof MarkdownIt>["core"]["ruler"]["after"]>[2];
type TokenOf = InstanceType<Parameters<CoreRule>[0]["Token"]>;

const crossReferenceRule: CoreRule = (state) => {
  const ctx = (state.env as { ctx?: RenderContext }).ctx;
  if (!ctx?.attachments.size) return;
  for (const block of state.tokens) {
    if (block.type !== "inline" || !block.children) continue;
    const out: TokenOf[] = [];
    let inLink = 0;
    for (const token of block.children) {
      if (token.type === "link_open") inLink++;
      if (token.type === "link_close") inLink--;
      if (token.type !== "text" || inLink > 0) {
        out.push(token);
        continue;
      }
      let last = 0;
      for (const match of token.content.matchAll(crossReference)) {
        const anchor = ctx.attachments.get(referenceNumber(match[1] ?? match[2]!));
        if (!anchor) continue; // no such attachment: left as the text it is
        const text = (content: string) => Object.assign(new state.Token("text", "", 0), { content });
        if (match.index > last) out.push(text(token.content.slice(last, match.index)));
        const open = new state.Token("link_open", "a", 1);
        open.attrs = [
          ["href", `#${anchor}`],
          ["class", "xref"],
        ];
        out.push(open, text(match[0]), new state.Token("link_close", "a", -1));
        last = match.index + match[0].length;
      }
      if (last === 0) out.push(token);
      else if (last < token.content.length) out.push(Object.assign(new state.Token("text", "", 0), { content: token.content.slice(last) }));
    }
    block.children = out;
  }
};
md.core.ruler.after("linkify", "notice_cross_reference", crossReferenceRule);

/** Replaces {{errorCode}} with the code in code style (before Markdown, so it is escaped like any text). */
function withPlaceholders(text: string, ctx: RenderContext | undefined): string {
  return text.replace(/\{\{errorCode\}\}/g, ctx?.errorCode ? `\`${ctx.errorCode}\`` : "（エラーコード未設定）");
}

export function renderMarkdown(text: string, ctx?: RenderContext): string {
  return md.render(withPlaceholders(text, ctx), { ctx });
}

export function renderInline(text: string, ctx?: RenderContext): string {
  return md.renderInline(withPlaceholders(text, ctx), { ctx });
}

export function newRenderContext(
  anchor: string,
  footnoteKeys: string[],
  errorCode: string | null,
  attachments: { number: number; anchor: string }[] = [],
): RenderContext {
  return {
    anchor,
    errorCode,
    footnotes: new Map(footnoteKeys.map((k, i) => [k, i + 1])),
    used: new Map(),
    attachments: new Map(attachments.map((a) => [a.number, a.anchor])),
  };
}

/** Plain text of Markdown (feeds, search snippets, the shop-owner text). */
export function markdownToText(text: string, errorCode: string | null = null): string {
  return text
    .replace(/\{\{errorCode\}\}/g, errorCode ?? "")
    .replace(/\[\^[a-z0-9-]+\]/g, "")
    .replace(/[*_`]/g, "")
    .trim();
}

/**
 * The words a reader sees of Markdown, on one line: no markup, no footnote marks
 * (search excerpts). Parsed, unlike markdownToText, so that `settle_method` and
 * link texts come out as written.
 */
export function markdownPlainText(text: string): string {
  const words: string[] = [];
  for (const token of md.parse(text, {})) {
    // a paragraph or list item ends: a space before the next one
    if (token.type !== "inline") {
      if (token.nesting === -1 && token.block) words.push(" ");
      continue;
    }
    for (const child of token.children ?? []) {
      if (child.type === "text" || child.type === "code_inline") words.push(child.content);
      else if (child.type === "softbreak" || child.type === "hardbreak") words.push(" ");
    }
  }
  return words.join("").replace(/\s+/g, " ").trim();
}
