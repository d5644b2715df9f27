"use client";
import { useForm, type DefaultValue } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { useActionState } from "react";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/action-client";
import { useConsoleLocale } from "@/lib/i18n/console/client";
import { translateErrors } from "@/lib/i18n/console/error-catalog";
import type { Locale } from "@/lib/i18n/locale";

export type ConsoleAction = (previous: ActionResult | undefined, formData: FormData) => Promise<ActionResult>;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type FormSchema = z.ZodType<any, Record<string, any>>;

/**
 * A Conform form bound to a server action made by defineAction: validated in the
 * browser with the same zod schema the server parses with, the server's field errors
 * (broken rules, unique violations) shown at their fields.
 */
export function useConsoleForm<S extends FormSchema>(action: ConsoleAction, schema: S, defaultValue?: DefaultValue<z.input<S>>, options?: { id?: string }) {
  const [lastResult, formAction, pending] = useActionState(action, undefined);
  const locale = useConsoleLocale();
  const [form, fields] = useForm<z.input<S>, z.output<S>, string[]>({
    id: options?.id,
    lastResult,
    defaultValue,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseInLocale(formData, schema, locale),
  });
  return { form, fields, formAction, pending, lastResult };
}

/**
 * The browser's validation of a console form: the shared schema speaks Japanese, and
 * its errors are shown in the console language, as the server action's are.
 */
export function parseInLocale<S extends z.ZodType>(formData: FormData, schema: S, locale: Locale) {
  const submission = parseWithZod(formData, { schema });
  if ("error" in submission && submission.error) Object.assign(submission.error, translateErrors(submission.error, locale));
  return submission;
}
