"use client";
import { getCollectionProps, getInputProps, getSelectProps, getTextareaProps, type FieldMetadata } from "@conform-to/react";
import type { ReactNode } from "react";
import { formMessagesIn } from "./messages";
import { useMessages } from "@/lib/i18n/console/client";

// The console's form controls for Conform forms: every control has its label, and
// its error and help are tied to it with aria-describedby (Conform's props), so a
// screen reader reads them with the field.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Meta = FieldMetadata<any, any, string[]>;

/**
 * The form's own errors (not a field's): a broken rule or a conflict the server
 * found. `children`: what the person can do about it (e.g. load the latest state).
 */
export function FormErrors({ form, children }: { form: { errorId?: string; errors?: string[] }; children?: ReactNode }) {
  if (!form.errors?.length) return null;
  if (!children)
    return (
      <p id={form.errorId} className="admin-form-error" role="alert">
        {form.errors.join(" ")}
      </p>
    );
  return (
    <div id={form.errorId} className="admin-form-error" role="alert">
      <p>{form.errors.join(" ")}</p>
      {children}
    </div>
  );
}

/** A field's error, with the id its control names in aria-describedby (Conform's errorId, or the editor's own). */
export function FieldError({ id, errors }: { id: string; errors: readonly string[] | undefined }) {
  return errors?.length ? (
    <p id={id} className="admin-field-error">
      {errors.join(" ")}
    </p>
  ) : null;
}

function Help({ meta, help }: { meta: Meta; help?: ReactNode }) {
  return help ? (
    <p id={meta.descriptionId} className="admin-field-help">
      {help}
    </p>
  ) : null;
}

export function TextField({
  meta,
  label,
  help,
  type = "text",
  autoComplete,
  readOnly,
  inputMode,
  maxLength,
  autoFocus,
  spellCheck,
}: {
  meta: Meta;
  label: string;
  help?: ReactNode;
  type?: "text" | "email" | "password" | "number" | "url" | "month" | "time" | "datetime-local";
  autoComplete?: string;
  readOnly?: boolean;
  inputMode?: "numeric";
  maxLength?: number;
  autoFocus?: boolean;
  spellCheck?: boolean;
}) {
  const { key, ...props } = getInputProps(meta, { type, ariaDescribedBy: help ? meta.descriptionId : undefined });
  return (
    <div className="admin-field">
      <label htmlFor={meta.id}>{label}</label>
      <Help meta={meta} help={help} />
      <input
        key={key}
        {...props}
        autoComplete={autoComplete ?? "off"}
        readOnly={readOnly}
        inputMode={inputMode}
        maxLength={maxLength}
        autoFocus={autoFocus}
        spellCheck={spellCheck}
      />
      <FieldError id={meta.errorId} errors={meta.errors} />
    </div>
  );
}

export function TextArea({ meta, label, help, rows = 4 }: { meta: Meta; label: string; help?: ReactNode; rows?: number }) {
  const { key, ...props } = getTextareaProps(meta, { ariaDescribedBy: help ? meta.descriptionId : undefined });
  return (
    <div className="admin-field">
      <label htmlFor={meta.id}>{label}</label>
      <Help meta={meta} help={help} />
      <textarea key={key} {...props} rows={rows} />
      <FieldError id={meta.errorId} errors={meta.errors} />
    </div>
  );
}

export function SelectField({ meta, label, options, help }: { meta: Meta; label: string; options: readonly { value: string; label: string }[]; help?: ReactNode }) {
  const { key, ...props } = getSelectProps(meta, { ariaDescribedBy: help ? meta.descriptionId : undefined });
  return (
    <div className="admin-field">
      <label htmlFor={meta.id}>{label}</label>
      <Help meta={meta} help={help} />
      <select key={key} {...props}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError id={meta.errorId} errors={meta.errors} />
    </div>
  );
}

/** Checkboxes in a fieldset; the legend names the group, each box its own label. */
export function CheckboxGroup({ meta, legend, options }: { meta: Meta; legend: string; options: readonly { value: string; label: string; help?: string }[] }) {
  const labels = new Map(options.map((option) => [option.value, option]));
  return (
    <fieldset className="admin-field admin-checkboxes" aria-describedby={meta.errors?.length ? meta.errorId : undefined}>
      <legend>{legend}</legend>
      {getCollectionProps(meta, { type: "checkbox", options: options.map((o) => o.value) }).map(({ key, ...props }) => (
        <div key={key} className="admin-checkbox">
          <input {...props} />
          <label htmlFor={props.id}>
            {labels.get(props.value)?.label}
            {labels.get(props.value)?.help ? <span className="admin-field-help"> {labels.get(props.value)?.help}</span> : null}
          </label>
        </div>
      ))}
      <FieldError id={meta.errorId} errors={meta.errors} />
    </fieldset>
  );
}

/** The form's submit button: disabled, and saying so, while its action runs. */
export function Submit({ pending, children, pendingText, variant }: { pending: boolean; children: ReactNode; pendingText?: string; variant?: "secondary" | "danger" }) {
  const saving = useMessages(formMessagesIn).saving;
  return (
    <button type="submit" disabled={pending} className={variant ? `admin-button-${variant}` : undefined}>
      {pending ? (pendingText ?? saving) : children}
    </button>
  );
}

/** Fixed values a form carries (ids, versions), as hidden inputs. */
export function HiddenFields({ values }: { values: Record<string, string | number> }) {
  return Object.entries(values).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />);
}
