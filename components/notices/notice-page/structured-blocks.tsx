// Renderings of the typed blocks that are data, not prose (DESIGN.md, Decision 3).
import type { BlockContent } from "@/lib/notices/content/schema";
import { circled } from "@/lib/notices/derive";
import type { Locale } from "@/lib/i18n/locale";
import { formatApproxPeriod } from "@/lib/format";
import { contactLines } from "@/lib/notices/page/contact-lines";
import { renderInline, renderMarkdown, type RenderContext } from "@/lib/notices/page/markdown";
import { pick, type NoticeView } from "@/lib/notices/page/view";
import { T } from "./l-text";
import { messages } from "@/lib/i18n/messages";

type Of<K extends BlockContent["type"]> = Extract<BlockContent, { type: K }>;

/** Our own English fragments ("late October 2019", "the value") where they open a sentence. */
const sentenceStart = (text: string, starts: boolean) => (starts ? text.charAt(0).toUpperCase() + text.slice(1) : text);

export function WindowsBlock({ block, view }: { block: Of<"WINDOWS">; view: NoticeView }) {
  const label = pick(block.label, view.locale);
  return (
    <div className="windows-block">
      {view.windows.map((w) => (
        <p key={w.key} className={w.cancelled ? "window window--cancelled" : "window"}>
          <T value={label} />
          {view.locale === "ja" ? "：" : ": "}
          {block.emphasis ? <strong>{w.text}</strong> : <span className="window__text">{w.text}</span>}
        </p>
      ))}
    </div>
  );
}

export function DelaysBlock({ block, locale }: { block: Of<"DELAYS">; locale: Locale }) {
  const t = messages[locale].notice;
  return (
    <ol className="delays">
      {block.items.map((item, i) => (
        <li key={i} className="delays__item">
          {/* under the section's h2: an h4 here skipped a level (Nu checker, axe heading-order) */}
          <h3 className="delays__title">
            <span className="item-number">({i + 1})</span> <T value={pick(item.title, locale)} phrases />
          </h3>
          <dl className="delays__facts">
            <dt>
              {circled(1)}
              {t.affected}
            </dt>
            <dd>
              <T value={pick(item.affected, locale)} />
            </dd>
            <dt>
              {circled(2)}
              {t.details}
            </dt>
            <dd>
              <T as="div" value={pick(item.usual, locale)} html={renderMarkdown(pick(item.usual, locale)!.text)} />
              <T as="div" value={pick(item.change, locale)} html={renderMarkdown(pick(item.change, locale)!.text)} />
            </dd>
          </dl>
        </li>
      ))}
    </ol>
  );
}

export function ApiChangeBlock({ block, locale }: { block: Of<"API_CHANGE">; locale: Locale }) {
  return (
    <div className="api-change">
      {block.changes.map((c, i) => {
        const reason = pick(c.reason, locale);
        const englishReason = reason?.lang === "en" ? reason.text : null;
        const endpoints = pick(c.endpointsLabel, locale)!;
        const fieldLabel = pick(c.fieldLabel, locale)!;
        const values = c.values.map((v) => (
          <code key={v} className="api-change__value">
            {v}
          </code>
        ));
        const quoted = values.flatMap((v, k) => (locale === "ja" ? [<span key={k}>「{v}」</span>] : [<span key={k}>{k ? ", " : ""}“{v}”</span>]));
        return (
          <div key={i}>
            {locale === "ja" ? (
              <p>
                {reason?.text}
                {endpoints.text}のレスポンス項目「{fieldLabel.text} (<code>{c.fieldName}</code>)」に{quoted}が{c.change === "VALUES_ADDED" ? "追加されます" : c.change === "FIELD_ADDED" ? "追加されます" : "削除されます"}。
              </p>
            ) : (
              <p>
                {/* "With the new features, the value …": lower case after the reason, sentence case without it */}
                {englishReason ? `${englishReason} ` : ""}
                {sentenceStart(c.change === "FIELD_REMOVED" ? "the response field " : `the value${c.values.length > 1 ? "s" : ""} `, !englishReason)}
                {c.change === "FIELD_REMOVED" ? null : quoted}
                {c.change === "FIELD_REMOVED" ? null : " will be added to the response field "}“{fieldLabel.text} (<code>{c.fieldName}</code>)”
                {c.change === "FIELD_REMOVED" ? " will be removed from " : " of "}
                <span lang={endpoints.lang}>{endpoints.text}</span>.
              </p>
            )}
            {c.impact && <T as="div" value={pick(c.impact, locale)} html={renderMarkdown(pick(c.impact, locale)!.text)} />}
          </div>
        );
      })}
    </div>
  );
}

export function FuturePlanBlock({ block, locale }: { block: Of<"FUTURE_PLAN">; locale: Locale }) {
  const period = formatApproxPeriod(block.period, locale);
  const description = pick(block.description, locale)!;
  const note = pick(block.note, locale);
  return (
    <p className="future-plan">
      {/* the Japanese sentence continues from the period (「2019年10月下旬に…」); the English
          description is a sentence of its own: "Late October 2019: We plan …" */}
      {locale === "ja" || description.fallback ? `${period}に` : `${sentenceStart(period, true)}: `}
      <T value={description} /> {note && <T value={note} />}
    </p>
  );
}

export function ContactBlock({ view }: { view: NoticeView }) {
  if (!view.contact) return null;
  return (
    <address className="contact-block">
      {contactLines(view.contact, view.locale).map((line, i) => (
        <p key={i}>
          {line.map((part, j) =>
            part.href ? (
              <a key={j} href={part.href}>
                {part.text}
              </a>
            ) : (
              part.text
            ),
          )}
        </p>
      ))}
    </address>
  );
}

export function ErrorCodeBlock({ block, ctx, locale }: { block: Of<"ERROR_CODE">; ctx: RenderContext; locale: Locale }) {
  const caption = pick(block.caption, locale);
  const text = pick(block.text, locale)!;
  return (
    <div className="error-code-block">
      {caption && (
        <p className="error-code-block__caption">
          <T value={caption} />
        </p>
      )}
      <p>
        <T value={text} html={renderInline(text.text, ctx)} />
      </p>
    </div>
  );
}

export function ImageBlock({ block, locale }: { block: Of<"IMAGE">; locale: Locale }) {
  const alt = pick(block.alt, locale)!;
  const caption = pick(block.caption, locale);
  return (
    <figure className="image-block">
      {/* eslint-disable-next-line @next/next/no-img-element -- a static SVG attachment; next/image adds nothing here */}
      <img src={block.src} alt={alt.text} lang={alt.lang} />
      {caption && (
        <figcaption>
          <T value={caption} />
        </figcaption>
      )}
    </figure>
  );
}
