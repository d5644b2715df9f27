"use client";
import { createContext, useContext, type ReactNode } from "react";
import { FieldError as KitFieldError } from "../form/fields";
import { shellMessagesIn } from "@/lib/i18n/console/shell-messages";
import { useMessages } from "@/lib/i18n/console/client";

// The editor's inputs: each knows its path in the form values ("content.title.ja"),
// which is also the key of its error in the save schema's answer, so an error is shown
// at its field and tied to it with aria-describedby. They are controlled inputs over
// the editor's JSON draft (autosaved through a route), not a Conform form, so they
// share the form kit's error markup (components/admin/form) rather than its fields.

export type FieldErrors = Record<string, string[]>;
export const ErrorsContext = createContext<FieldErrors>({});

export const fieldId = (path: string) => `f-${path.replaceAll(".", "-")}`;
const errorId = (path: string) => `${fieldId(path)}-error`;

/** The errors at `path` and at the paths that name it as a whole (`content.title` for `content.title.ja`). */
function useErrors(path: string, also: string[] = []): string[] {
  const errors = useContext(ErrorsContext);
  return [path, ...also].flatMap((p) => errors[p] ?? []);
}

function invalidProps(path: string, messages: string[], hint?: string) {
  const described = [messages.length ? errorId(path) : null, hint].filter(Boolean).join(" ");
  return { "aria-invalid": messages.length ? (true as const) : undefined, "aria-describedby": described || undefined };
}

export function FieldError({ path, messages }: { path: string; messages: string[] }) {
  return <KitFieldError id={errorId(path)} errors={messages} />;
}

export function TextInput({
  path,
  label,
  value,
  onChange,
  type = "text",
  lang,
  multiline,
  also,
  hint,
  hintId,
  disabled,
}: {
  disabled?: boolean;
  path: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: "text" | "datetime-local";
  lang?: "ja" | "en";
  multiline?: boolean;
  also?: string[];
  hint?: ReactNode;
  hintId?: string;
}) {
  const messages = useErrors(path, also);
  const common = { id: fieldId(path), value, lang, disabled, ...invalidProps(path, messages, hintId), onChange: (e: { target: { value: string } }) => onChange(e.target.value) };
  return (
    <div className="admin-field">
      <label htmlFor={common.id}>{label}</label>
      {multiline ? <textarea rows={4} {...common} /> : <input type={type} {...common} />}
      {hint}
      <FieldError path={path} messages={messages} />
    </div>
  );
}

type Localized = { ja: string; en?: string };

/** A text in Japanese with its English version, side by side. */
export function LocalizedInput({
  path,
  label,
  value,
  onChange,
  multiline,
}: {
  path: string;
  label: string;
  value: Localized | undefined;
  onChange: (value: Localized) => void;
  multiline?: boolean;
}) {
  const shell = useMessages(shellMessagesIn);
  const v = { ja: value?.ja ?? "", en: value?.en ?? "" };
  return (
    <div className="admin-localized">
      <TextInput path={`${path}.ja`} also={[path]} label={shell.inJa(label)} lang="ja" value={v.ja} multiline={multiline} onChange={(ja) => onChange({ ...v, ja })} />
      <TextInput path={`${path}.en`} label={shell.inEn(label)} lang="en" value={v.en} multiline={multiline} onChange={(en) => onChange({ ...v, en })} />
    </div>
  );
}

export function Checkbox({ path, label, checked, onChange }: { path: string; label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  const messages = useErrors(path);
  return (
    <div className="admin-check">
      <input type="checkbox" id={fieldId(path)} checked={checked} onChange={(e) => onChange(e.target.checked)} {...invalidProps(path, messages)} />
      <label htmlFor={fieldId(path)}>{label}</label>
      <FieldError path={path} messages={messages} />
    </div>
  );
}

export function Select<T extends string>({
  path,
  label,
  value,
  options,
  onChange,
  disabled,
}: {
  path: string;
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  disabled?: boolean;
}) {
  const messages = useErrors(path);
  return (
    <div className="admin-field">
      <label htmlFor={fieldId(path)}>{label}</label>
      <select id={fieldId(path)} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value as T)} {...invalidProps(path, messages)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError path={path} messages={messages} />
    </div>
  );
}

/** Several catalog entries picked with checkboxes, in a fieldset with its legend. */
export function KeyPicker({
  path,
  legend,
  options,
  value,
  onChange,
}: {
  path: string;
  legend: string;
  options: readonly { key: string; label: string }[];
  value: readonly string[];
  onChange: (keys: string[]) => void;
}) {
  const messages = useErrors(path);
  return (
    <fieldset className="admin-picker" {...invalidProps(path, messages)}>
      <legend>{legend}</legend>
      {options.map((o) => (
        <div className="admin-check" key={o.key}>
          <input
            type="checkbox"
            id={`${fieldId(path)}-${o.key}`}
            checked={value.includes(o.key)}
            onChange={(e) => onChange(e.target.checked ? [...value, o.key] : value.filter((k) => k !== o.key))}
          />
          <label htmlFor={`${fieldId(path)}-${o.key}`}>{o.label}</label>
        </div>
      ))}
      {/* keys the catalog no longer holds stay visible, so they can be removed */}
      {value
        .filter((k) => !options.some((o) => o.key === k))
        .map((k) => (
          <div className="admin-check" key={k}>
            <input type="checkbox" id={`${fieldId(path)}-${k}`} checked onChange={() => onChange(value.filter((v) => v !== k))} />
            <label htmlFor={`${fieldId(path)}-${k}`}>{k}</label>
          </div>
        ))}
      <FieldError path={path} messages={messages} />
    </fieldset>
  );
}
