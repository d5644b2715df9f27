import { newRenderContext, renderMarkdown } from "@/lib/notices/page/markdown";
import type { NoticeView, SectionView } from "@/lib/notices/page/view";
import { T } from "./l-text";
import { SectionBlocks } from "./section-blocks";
import { messages } from "@/lib/i18n/messages";

function Section({ section, view }: { section: SectionView; view: NoticeView }) {
  const headingId = `section-${section.key}`;
  return (
    <section className={`notice-section notice-section--${section.kind.toLowerCase()}`} aria-labelledby={headingId} id={section.key}>
      <h2 id={headingId} className="notice-section__heading">
        <span className="notice-section__number">{section.label}</span>
        {section.heading && (
          <>
            {" "}
            <T value={section.heading} phrases />
          </>
        )}
        {section.marker && <span className="notice-section__marker">{section.marker}</span>}
      </h2>
      <SectionBlocks section={section} view={view} />
    </section>
  );
}

/** The notice as the Japanese business letter it is. */
export function NoticeDocument({ view }: { view: NoticeView }) {
  const t = messages[view.locale].notice;
  const body = view.sections.filter((s) => s.kind === "BODY");
  const attachments = view.sections.filter((s) => s.kind === "ATTACHMENT");
  return (
    <article className="notice" lang={view.locale}>
      {view.banner && (
        <p className="notice__banner" role="note">
          {view.banner}
        </p>
      )}
      {(view.addressee || view.issuerName) && (
        <div className="notice__letterhead">
          {view.addressee && (
            <p className="notice__addressee">
              <T value={view.addressee} />
            </p>
          )}
          {view.issuerName && (
            <p className="notice__issuer">
              <T value={view.issuerName} />
            </p>
          )}
        </div>
      )}
      <header className="notice__header">
        {view.report && <p className="notice__report">{view.report}</p>}
        <h1 className="notice__title">
          <T value={view.title} phrases />
          {view.titleSuffix && <span className="notice__suffix"> {view.titleSuffix}</span>}
        </h1>
      </header>
      <T as="div" value={view.lead} html={renderMarkdown(view.lead.text, newRenderContext("lead", [], view.screen?.errorCode ?? null, view.attachments))} />
      {view.hasKi && <p className="notice__ki">{t.ki}</p>}
      {body.map((s) => (
        <Section key={s.key} section={s} view={view} />
      ))}
      {attachments.map((s) => (
        <Section key={s.key} section={s} view={view} />
      ))}
      {view.hasIjo && <p className="notice__ijo">{t.ijo}</p>}
    </article>
  );
}
