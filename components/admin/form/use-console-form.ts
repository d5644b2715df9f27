"use client";
import { useForm, type DefaultValue } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { useActionState } from "react";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/action-client";

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
  const [form, fields] = useForm<z.input<S>, z.output<S>, string[]>({
    id: options?.id,
    lastResult,
    defaultValue,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
  });
  return { form, fields, formAction, pending, lastResult };
}
