"use client";
import { getFormProps } from "@conform-to/react";
import Link from "next/link";
import type { ActionResult } from "@/lib/actions/action-client";
import { twoFactorMessagesIn } from "@/lib/auth/two-factor/messages";
import { confirmEnrolmentSchema, regenerateRecoveryCodesSchema } from "@/lib/auth/two-factor/schemas";
import { FormErrors, Submit, TextField } from "./form/fields";
import { useConsoleForm, type ConsoleAction as Action } from "./form/use-console-form";
import { useMessages } from "@/lib/i18n/console/client";

interface Props {
  enrolment: { uri: string; secret: string; qrSvg: string; sealed: string } | null;
  enrolled: { enrolledAt: string; remainingRecoveryCodes: number } | null;
  confirm: Action;
  regenerate: Action;
}

const codesOf = (result: ActionResult | undefined) => (result?.data?.recoveryCodes as string[] | undefined) ?? null;

// One component for the whole page, so that the recovery codes an action returned
// stay on screen when the page re-renders after it (the enrolment re-issues the
// session cookie, which refreshes the page).
export function TwoFactorSettings({ enrolment, enrolled, confirm, regenerate }: Props) {
  const m = useMessages(twoFactorMessagesIn);
  const { form, fields, formAction: confirmAction, pending: confirming, lastResult: confirmed } = useConsoleForm(confirm, confirmEnrolmentSchema);
  const regeneration = useConsoleForm(regenerate, regenerateRecoveryCodesSchema);
  const regenerated = regeneration.lastResult;
  const codes = codesOf(regenerated) ?? codesOf(confirmed);

  if (codes) {
    return (
      <section aria-labelledby="recovery-codes-heading" className="admin-recovery-codes">
        <h2 id="recovery-codes-heading">{m.codesHeading}</h2>
        <p>{m.codesIntro}</p>
        <ol aria-label={m.codesHeading}>
          {codes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ol>
        <p>
          <Link href="/admin">{m.continue}</Link>
        </p>
      </section>
    );
  }

  if (enrolled) {
    return (
      <>
        <section aria-labelledby="enrolled-heading">
          <h2 id="enrolled-heading">{m.enrolledHeading}</h2>
          <dl className="admin-pairs">
            <dt>{m.enrolledSince}</dt>
            <dd>{new Date(enrolled.enrolledAt).toLocaleString("ja-JP", { timeZone: "Asia/Tokyo" })}</dd>
            <dt>{m.remainingCodes}</dt>
            <dd>{enrolled.remainingRecoveryCodes}</dd>
          </dl>
        </section>
        <section aria-labelledby="regenerate-heading">
          <h2 id="regenerate-heading">{m.regenerateHeading}</h2>
          <p>{m.regenerateIntro}</p>
          <form {...getFormProps(regeneration.form)} action={regeneration.formAction}>
            <FormErrors form={regeneration.form} />
            <Submit pending={regeneration.pending} pendingText={m.regenerating}>
              {m.regenerate}
            </Submit>
          </form>
        </section>
      </>
    );
  }

  if (!enrolment) return null;
  return (
    <section aria-labelledby="enrol-heading">
      <h2 id="enrol-heading">{m.enrolHeading}</h2>
      <ol className="admin-steps">
        {m.enrolSteps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      {/* SVG drawn by the qrcode package from the otpauth URI: no markup of anyone else's */}
      <figure className="admin-qr">
        <div role="img" aria-label={m.qrLabel} dangerouslySetInnerHTML={{ __html: enrolment.qrSvg }} />
      </figure>
      <dl className="admin-pairs">
        <dt>{m.uriLabel}</dt>
        <dd>
          <code data-testid="otpauth-uri">{enrolment.uri}</code>
        </dd>
        <dt>{m.secretLabel}</dt>
        <dd>
          <code>{enrolment.secret.match(/.{1,4}/g)!.join(" ")}</code>
        </dd>
      </dl>
      <form {...getFormProps(form)} action={confirmAction} className="admin-form">
        <FormErrors form={form} />
        <input type="hidden" name="sealed" value={enrolment.sealed} />
        <TextField meta={fields.code} label={m.enrolCodeLabel} inputMode="numeric" autoComplete="one-time-code" maxLength={6} />
        <Submit pending={confirming} pendingText={m.confirming}>
          {m.confirm}
        </Submit>
      </form>
    </section>
  );
}
