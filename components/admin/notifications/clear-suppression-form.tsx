"use client";
// first: the schema below is built without zod's eval probe in the browser (CSP)
import "@/lib/notices/editor/zod-in-browser";
import { getFormProps } from "@conform-to/react";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { useMessages } from "@/lib/i18n/console/client";
import { sendLogMessagesIn } from "@/lib/notifications/send-log/messages";
import { clearSuppressionSchema } from "@/lib/notifications/send-log/suppression-schema";
import { FormErrors, HiddenFields, Submit } from "../form/fields";
import { useConsoleForm, type ConsoleAction } from "../form/use-console-form";

/** Clears one suppressed address; after success the list is read again (the row leaves it). */
export function ClearSuppressionForm({ action, suppressionId, address }: { action: ConsoleAction; suppressionId: string; address: string }) {
  const m = useMessages(sendLogMessagesIn).suppressions;
  const router = useRouter();
  const { form, formAction, pending, lastResult } = useConsoleForm(action, clearSuppressionSchema, undefined, { id: `clear-${suppressionId}` });
  const done = lastResult?.done === true;
  useEffect(() => {
    if (done) router.refresh();
  }, [done, lastResult, router]);
  return (
    <form {...getFormProps(form)} action={formAction} className="admin-inline-form" aria-label={`${m.clear}: ${address}`}>
      <FormErrors form={form} />
      <HiddenFields values={{ suppressionId }} />
      {done ? (
        <p role="status" className="admin-form-done">
          {m.cleared}
        </p>
      ) : (
        <Submit pending={pending} variant="secondary">
          {m.clear}
        </Submit>
      )}
    </form>
  );
}
