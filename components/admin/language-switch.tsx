"use client";
import { getFormProps } from "@conform-to/react";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { FormErrors } from "@/components/admin/form/fields";
import { useConsoleForm, type ConsoleAction } from "@/components/admin/form/use-console-form";
import { useConsoleLocale, useMessages } from "@/lib/i18n/console/client";
import { preferenceMessagesIn } from "@/lib/users/preferences/messages";
import { consoleLocaleSchema } from "@/lib/users/preferences/schema";

// The console header's language switch: one button to the other language, named in
// that language (lang set), so a staff member finds it whichever language they read.
// The choice is stored on the user; after it, the page is drawn again in it.
export function LanguageSwitch({ userId, action }: { userId: string; action: ConsoleAction }) {
  const locale = useConsoleLocale();
  const t = useMessages(preferenceMessagesIn);
  const other = locale === "ja" ? "en" : "ja";
  const router = useRouter();
  const { form, formAction, pending, lastResult } = useConsoleForm(action, consoleLocaleSchema);
  const done = lastResult?.done === true;
  useEffect(() => {
    if (done) router.refresh();
  }, [done, lastResult, router]);
  return (
    <form {...getFormProps(form)} action={formAction} className="admin-language" aria-label={t.label}>
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="locale" value={other} />
      <button type="submit" disabled={pending} lang={other} aria-label={t.switchTo(t.names[other])} className="admin-button-secondary">
        {t.names[other]}
      </button>
      <FormErrors form={form} />
    </form>
  );
}
