import { footnoteId, footnoteRefId, renderInline, type RenderContext } from "@/lib/notices/page/markdown";
import { pick } from "@/lib/notices/page/view";
import type { Locale } from "@/lib/i18n/locale";
import { T } from "./l-text";
import { messages } from "@/lib/i18n/messages";

/** ※1, ※2 … of one block, each linked back to its first reference. */
export function FootnoteList({
  footnotes,
  ctx,
  locale,
}: {
  footnotes: { key: string; text: { ja: string; en?: string } }[];
  ctx: RenderContext;
  locale: Locale;
}) {
  if (!footnotes.length) return null;
  return (
    <ul className="footnotes" aria-label={messages[locale].notice.footnotes}>
      {footnotes.map((f, i) => {
        const text = pick(f.text, locale)!;
        return (
          <li key={f.key} id={footnoteId(ctx.anchor, i + 1)}>
            <span className="footnotes__mark">※{i + 1}</span> <T value={text} html={renderInline(text.text, { ...ctx, used: new Map() })} />{" "}
            <a href={`#${footnoteRefId(ctx.anchor, i + 1)}`} className="footnotes__back" aria-label={messages[locale].notice.backToRef}>
              ↩
            </a>
          </li>
        );
      })}
    </ul>
  );
}
