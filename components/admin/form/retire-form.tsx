"use client";
import { getFormProps } from "@conform-to/react";
import type { z } from "zod";
import { FormErrors, HiddenFields, Submit } from "./fields";
import { useConsoleForm, type ConsoleAction } from "./use-console-form";

export interface RetireLabels {
  status: string;
  active: string;
  retired: string;
  help: string;
  retire: string;
  restore: string;
}

/** Retires a record (catalog entry, contact) or takes it back into use: the button says which. */
export function RetireForm({
  action,
  schema,
  ids,
  retired,
  labels,
}: {
  action: ConsoleAction;
  schema: z.ZodObject;
  /** what names the record (id, and the catalog's kind) */
  ids: Record<string, string>;
  retired: boolean;
  labels: RetireLabels;
}) {
  const { form, formAction, pending } = useConsoleForm(action, schema);
  return (
    <form {...getFormProps(form)} action={formAction} className="admin-form">
      <p>
        {labels.status}: {retired ? labels.retired : labels.active}
      </p>
      <p>{labels.help}</p>
      <FormErrors form={form} />
      <HiddenFields values={{ ...ids, retired: retired ? "false" : "true" }} />
      <Submit pending={pending} variant={retired ? undefined : "danger"}>
        {retired ? labels.restore : labels.retire}
      </Submit>
    </form>
  );
}
