import type { Locale } from "@/lib/i18n/locale";
import type { FieldDiff } from "@/lib/notices/history/diff/revision";
import { DiffText } from "./diff-text";

/** Labelled texts of a changed part: what each was and is. */
export function FieldList({ fields, locale, whole = false }: { fields: FieldDiff[]; locale: Locale; whole?: boolean }) {
  if (fields.length === 0) return null;
  return (
    <dl className="diff-fields">
      {fields.map((field, i) => (
        <div key={`${field.kind}-${i}`} className="diff-fields__item">
          <dt>{field.label}</dt>
          <dd className="diff-text">
            <DiffText diff={field} locale={locale} whole={whole} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
