import { newRenderContext, renderMarkdown } from "@/lib/notices/page/markdown";
import { pick, type BlockView, type NoticeView, type SectionView } from "@/lib/notices/page/view";
import { FullPageScreen, InlineCardScreen } from "@/components/screens/maintenance-screen";
import { FootnoteList } from "./footnote-list";
import { ImpactTable } from "./impact-table";
import { T } from "./l-text";
import { ApiChangeBlock, ContactBlock, DelaysBlock, ErrorCodeBlock, FuturePlanBlock, ImageBlock, WindowsBlock } from "./structured-blocks";
import { messages } from "@/lib/i18n/messages";

function BlockBody({ block, view, section }: { block: BlockView; view: NoticeView; section: SectionView }) {
  const { locale } = view;
  const footnotes = block.type === "PROSE" || block.type === "IMPACT_TABLE" ? block.footnotes : [];
  const ctx = newRenderContext(
    block.anchor,
    footnotes.map((f) => f.key),
    view.screen?.errorCode ?? null,
    view.attachments,
  );
  switch (block.type) {
    case "PROSE": {
      const body = pick(block.body, locale)!;
      return (
        <>
          <T as="div" value={body} html={renderMarkdown(body.text, ctx)} />
          <FootnoteList footnotes={footnotes} ctx={ctx} locale={locale} />
        </>
      );
    }
    case "IMPACT_TABLE":
      return (
        <>
          <ImpactTable table={block} ctx={ctx} locale={locale} label={section.heading?.text ?? section.label} />
          <FootnoteList footnotes={footnotes} ctx={ctx} locale={locale} />
        </>
      );
    case "WINDOWS":
      return <WindowsBlock block={block} view={view} />;
    case "DELAYS":
      return <DelaysBlock block={block} locale={locale} />;
    case "API_CHANGE":
      return <ApiChangeBlock block={block} locale={locale} />;
    case "MERCHANT_ACTION":
      return <T as="div" value={view.merchantAction.text} html={view.merchantAction.text ? renderMarkdown(view.merchantAction.text.text, ctx) : undefined} />;
    case "FUTURE_PLAN":
      return <FuturePlanBlock block={block} locale={locale} />;
    case "CONTACT":
      return <ContactBlock view={view} />;
    case "ERROR_CODE":
      return <ErrorCodeBlock block={block} ctx={ctx} locale={locale} />;
    case "IMAGE":
      return <ImageBlock block={block} locale={locale} />;
    case "SCREEN_PREVIEW": {
      const screen = view.screen;
      if (!screen) return null;
      const caption = pick(block.caption, locale);
      const t = messages[locale].notice;
      return (
        <figure className="screen-preview">
          {caption && (
            <figcaption>
              <T value={caption}>
                {caption.text.split("\n").map((line, i) => (
                  <span key={i} className="cell-line">
                    {line}
                  </span>
                ))}
              </T>
            </figcaption>
          )}
          {/* both languages, drawn live from the revision's texts (issue 10): a buyer sees the one their browser asks for */}
          <div className="screen-preview__pair">
            {(["ja", "en"] as const).map((lang) => {
              const label = `${block.variant === "FULL_PAGE" ? t.screenPreview : t.screenInline} (${t.screenLanguages[lang]})`;
              return (
                <div key={lang} className="screen-preview__frame" role="img" aria-label={label}>
                  {block.variant === "FULL_PAGE" ? (
                    <FullPageScreen screen={screen.both[lang]} issuer={view.issuer} locale={lang} headingLevel="p" />
                  ) : (
                    <InlineCardScreen screen={screen.both[lang]} idPrefix={`${block.anchor}-${lang}`} />
                  )}
                </div>
              );
            })}
          </div>
        </figure>
      );
    }
  }
}

export function SectionBlocks({ section, view }: { section: SectionView; view: NoticeView }) {
  return (
    <>
      {section.blocks.map((block) => (
        <div key={block.anchor} className={`block block--${block.type.toLowerCase().replace(/_/g, "-")}`} id={block.anchor}>
          {block.itemNumber !== null ? (
            <div className="numbered-item">
              <span className="item-number">({block.itemNumber})</span>
              <div className="numbered-item__body">
                <BlockBody block={block} view={view} section={section} />
              </div>
            </div>
          ) : (
            <BlockBody block={block} view={view} section={section} />
          )}
        </div>
      ))}
    </>
  );
}
