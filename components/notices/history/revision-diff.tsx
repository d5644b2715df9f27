import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/locale";
import type { BlockDiff, FieldDiff, RevisionDiff, SectionDiff } from "@/lib/notices/history/diff/revision";
import type { WindowDiff } from "@/lib/notices/history/diff/windows";
import { DiffText } from "./diff-text";
import { FieldList } from "./field-list";
import { TableDiffView } from "./table-diff";
import { messages } from "@/lib/i18n/messages";
import { Phrases } from "@/components/site/phrases";

type Whole = "added" | "removed" | null;

/** Marks its content as inserted or removed as a whole (an added section, a removed block). */
function WholeMark({ whole, children }: { whole: Whole; children: ReactNode }) {
  if (whole === "added") return <ins className="diff-whole diff-whole--added">{children}</ins>;
  if (whole === "removed") return <del className="diff-whole diff-whole--removed">{children}</del>;
  return <>{children}</>;
}

function StatusBadge({ status, label }: { status: string; label: string }) {
  return <span className={`diff-status diff-status--${status}`}>{label}</span>;
}

/** "4.", or "3. → 4." when only the number moved on (said in words to screen readers). */
function SectionNumber({ section, locale }: { section: SectionDiff; locale: Locale }) {
  const from = section.renumberedFrom;
  if (!from) return <span className="diff-section__number">{section.label}</span>;
  return (
    <span className="diff-section__number diff-section__number--renumbered">
      <span aria-hidden="true">
        <del className="diff-delete">{from}</del> → <ins className="diff-insert">{section.label}</ins>
      </span>
      <span className="visually-hidden">
        {section.label} ({messages[locale].history.renumbered(from, section.label)})
      </span>
    </span>
  );
}

function Block({ block, locale, inWhole }: { block: BlockDiff; locale: Locale; inWhole: boolean }) {
  const t = messages[locale].history;
  const whole: Whole = block.status === "added" || block.status === "removed" ? block.status : null;
  return (
    <div className="diff-block">
      <p className="diff-block__label">
        {block.label}
        {!inWhole && whole && <StatusBadge status={whole} label={t.status[whole]} />}
      </p>
      <WholeMark whole={inWhole ? null : whole}>
        <FieldList fields={block.fields} locale={locale} whole={inWhole || whole !== null} />
        {block.table && <TableDiffView table={block.table} label={block.label} locale={locale} whole={inWhole || whole !== null} />}
      </WholeMark>
    </div>
  );
}

function Section({ section, locale, headingId }: { section: SectionDiff; locale: Locale; headingId: string }) {
  const t = messages[locale].history;
  const whole: Whole = section.status === "added" || section.status === "removed" ? section.status : null;
  const heading = (
    <h4 id={headingId} className="diff-section__heading">
      <SectionNumber section={section} locale={locale} />
      {section.movedFrom && t.movedFrom(section.movedFrom)}
      {section.heading && (
        <>
          {" "}
          <DiffText diff={section.heading} locale={locale} whole={whole !== null} phrases />
        </>
      )}
      <StatusBadge status={section.status} label={t.status[section.status]} />
    </h4>
  );
  return (
    <section className={`diff-section diff-section--${section.status}`} aria-labelledby={headingId}>
      <WholeMark whole={whole}>
        {heading}
        {section.blocks.map((block, i) => (
          <Block key={i} block={block} locale={locale} inWhole={whole !== null} />
        ))}
        {section.status === "changed" && section.unchangedBlocks > 0 && <p className="diff-section__rest">{t.unchangedBlocks}</p>}
      </WholeMark>
    </section>
  );
}

function Window({ window: w, locale }: { window: WindowDiff; locale: Locale }) {
  const t = messages[locale].history;
  const notes = [w.startChanged && t.startChanged, w.endChanged && t.endChanged].filter(Boolean).join("・");
  const arrow = <span aria-hidden="true"> → </span>;
  const ins = (text: string) => (
    <ins className="diff-insert">
      <span className="visually-hidden">{t.inserted}</span>
      {text}
    </ins>
  );
  const del = (text: string) => (
    <del className="diff-delete">
      <span className="visually-hidden">{t.deleted}</span>
      {text}
    </del>
  );
  return (
    <li className="diff-window">
      <StatusBadge status={w.status} label={t.windowStatus[w.status]} />
      {notes && <span className="diff-window__note">{notes}</span>}{" "}
      {w.status === "added" && ins(w.after!)}
      {w.status === "removed" && del(w.before!)}
      {w.status === "cancelled" && del(w.before!)}
      {w.status === "restored" && ins(w.after!)}
      {w.status === "changed" &&
        (w.before === w.after ? (
          w.after
        ) : (
          <>
            {del(w.before!)}
            {arrow}
            {ins(w.after!)}
          </>
        ))}
      {w.channels.added.length > 0 && (
        <span className="diff-window__channels">
          {t.channelsAdded}: {ins(w.channels.added.join(", "))}
        </span>
      )}
      {w.channels.removed.length > 0 && (
        <span className="diff-window__channels">
          {t.channelsRemoved}: {del(w.channels.removed.join(", "))}
        </span>
      )}
    </li>
  );
}

function Group({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="diff-group" aria-labelledby={id}>
      <h3 id={id} className="diff-group__heading">
        <Phrases text={title} />
      </h3>
      {children}
    </section>
  );
}

function FieldsGroup({ id, title, fields, locale }: { id: string; title: string; fields: FieldDiff[]; locale: Locale }) {
  if (fields.length === 0) return null;
  return (
    <Group id={id} title={title}>
      <FieldList fields={fields} locale={locale} />
    </Group>
  );
}

/** What changed in one revision against the one before, in reading order of the notice. */
export function RevisionDiffView({ diff, locale, idPrefix }: { diff: RevisionDiff; locale: Locale; idPrefix: string }) {
  const t = messages[locale].history;
  if (!diff.changed) return <p className="diff-none">{t.noChange}</p>;
  const sectionsChanged = diff.sections.some((s) => s.status !== "unchanged");
  return (
    <div className="revision-diff">
      <FieldsGroup id={`${idPrefix}-letter`} title={t.groups.letter} fields={diff.letter} locale={locale} />
      {diff.windows.length > 0 && (
        <Group id={`${idPrefix}-windows`} title={t.groups.windows}>
          <ul className="diff-windows">
            {diff.windows.map((w) => (
              <Window key={w.key} window={w} locale={locale} />
            ))}
          </ul>
        </Group>
      )}
      {sectionsChanged && (
        <Group id={`${idPrefix}-sections`} title={t.groups.sections}>
          <ol className="diff-sections">
            {diff.sections.map((s) =>
              s.status === "unchanged" || s.status === "renumbered" ? (
                // an unchanged or only renumbered section is one line: enough to see where the changes sit
                <li key={s.key} className="diff-sections__unchanged">
                  <SectionNumber section={s} locale={locale} />
                  {s.heading && (
                    <>
                      {" "}
                      <DiffText diff={s.heading} locale={locale} />
                    </>
                  )}
                  <StatusBadge status={s.status} label={t.status[s.status]} />
                </li>
              ) : (
                <li key={s.key}>
                  <Section section={s} locale={locale} headingId={`${idPrefix}-section-${s.key}`} />
                </li>
              ),
            )}
          </ol>
        </Group>
      )}
      <FieldsGroup id={`${idPrefix}-screen`} title={t.groups.screen} fields={diff.screen} locale={locale} />
      <FieldsGroup id={`${idPrefix}-contact`} title={t.groups.contact} fields={diff.contact} locale={locale} />
      <FieldsGroup id={`${idPrefix}-issuer`} title={t.groups.issuer} fields={diff.issuer} locale={locale} />
    </div>
  );
}
