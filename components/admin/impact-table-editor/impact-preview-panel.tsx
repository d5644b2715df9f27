"use client";
import { useEffect, useRef, useState, useTransition, type ReactNode } from "react";
import type { ImpactPreviewInput } from "@/lib/notices/preview/impact-preview-input";
import type { FieldErrors } from "./fields";
import { impactEditorMessagesIn } from "./messages";
import { previewImpactTable } from "./preview-action";
import { useMessages } from "@/lib/i18n/console/client";

/** The schema's errors of the table, keyed as the editor's fields ("table.rows.0…" → "rows.0…"). */
const tableErrors = (errors: FieldErrors): FieldErrors =>
  Object.fromEntries(Object.entries(errors).map(([path, messages]) => [path.replace(/^table\./, ""), messages]));

/**
 * The live preview beside the editor: a moment after the last edit, the server renders
 * the table and "what stops" with the public page's own components; field errors of
 * the shared schema go back to the editor. Answers to earlier edits are dropped.
 */
export function ImpactPreviewPanel({
  input,
  headingId,
  HeadingTag,
  onErrors,
}: {
  input: Omit<ImpactPreviewInput, "locale">;
  headingId: string;
  HeadingTag: "h2" | "h3" | "h4";
  onErrors: (errors: FieldErrors) => void;
}) {
  const t = useMessages(impactEditorMessagesIn);
  const [locale, setLocale] = useState<"ja" | "en">("ja");
  const [preview, setPreview] = useState<ReactNode>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const latest = useRef(0);
  const payload = JSON.stringify({ ...input, locale });
  const report = useRef(onErrors);
  useEffect(() => {
    report.current = onErrors;
  }, [onErrors]);

  useEffect(() => {
    const request = ++latest.current;
    const timer = setTimeout(() => {
      startTransition(async () => {
        try {
          const result = await previewImpactTable(JSON.parse(payload));
          if (request !== latest.current) return;
          if (result.ok) {
            setPreview(result.value);
            setProblem(null);
            report.current({});
          } else {
            setProblem(result.error ?? t.invalid);
            report.current(tableErrors(result.fieldErrors));
          }
        } catch {
          if (request === latest.current) setProblem(t.previewFailed);
        }
      });
    }, 300);
    return () => clearTimeout(timer);
    // t changes only with the console language
  }, [payload, t]);

  return (
    <section className="admin-impact-preview" aria-labelledby={headingId}>
      <div className="admin-impact-preview__head">
        <HeadingTag id={headingId}>{t.preview}</HeadingTag>
        <fieldset className="admin-impact-locale">
          <legend>{t.previewLocale}</legend>
          {(["ja", "en"] as const).map((l) => (
            <label key={l}>
              <input type="radio" name={`${headingId}-locale`} value={l} checked={locale === l} onChange={() => setLocale(l)} /> {t.locales[l]}
            </label>
          ))}
        </fieldset>
      </div>
      <p className="admin-impact-preview__note">{t.previewNote}</p>
      <p className="admin-impact-preview__status" role="status">
        {pending ? t.updating : problem}
      </p>
      <div className="admin-impact-preview__body" aria-busy={pending} data-testid="impact-preview">
        {preview}
      </div>
    </section>
  );
}
