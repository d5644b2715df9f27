"use client";
import type { ReactNode } from "react";
import { FieldError as KitFieldError } from "../form/fields";

/** Field errors of the editor, keyed by the schema's paths ("rows.0.cells.1.refs"). */
export type FieldErrors = Record<string, string[]>;

export const errorId = (base: string, path: string) => `${base}-${path.replaceAll(".", "-")}-error`;

/** The error of one path, tied to its input by id (aria-describedby). */
export function FieldError({ base, path, errors }: { base: string; path: string; errors: FieldErrors }) {
  return <KitFieldError id={errorId(base, path)} errors={errors[path]} />;
}

/** Props that tie an input to its error, if it has one. */
export function describedBy(base: string, path: string, errors: FieldErrors) {
  return errors[path]?.length ? { "aria-invalid": true as const, "aria-describedby": errorId(base, path) } : {};
}

export function TextField({
  id,
  label,
  value,
  onChange,
  multiline = false,
  lang,
  invalid,
  hint,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  lang?: string;
  invalid?: ReturnType<typeof describedBy>;
  hint?: ReactNode;
}) {
  const common = { id, value, lang, onChange: (e: { target: { value: string } }) => onChange(e.target.value), ...invalid };
  return (
    <div className="admin-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />}
      {hint}
    </div>
  );
}
