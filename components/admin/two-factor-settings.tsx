"use client";
import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import Link from "next/link";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/action-client";
import { twoFactorMessagesIn } from "@/lib/auth/two-factor/messages";
import { confirmEnrolmentSchema } from "@/lib/auth/two-factor/schemas";
import { useMessages } from "@/lib/i18n/console/client";

type Action = (previous: ActionResult | undefined, formData: FormData) => Promise<ActionResult>;

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
  const [confirmed, confirmAction, confirming] = useActionState(confirm, undefined);
  const [regenerated, regenerateAction, regenerating] = useActionState(regenerate, undefined);
  const [form, fields] = useForm({
    lastResult: confirmed,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: confirmEnrolmentSchema }),
  });
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
          <dl className="admin-facts">
            <dt>{m.enrolledSince}</dt>
            <dd>{new Date(enrolled.enrolledAt).toLocaleString("ja-JP", { timeZone: "Asia/Tokyo" })}</dd>
            <dt>{m.remainingCodes}</dt>
            <dd>{enrolled.remainingRecoveryCodes}</dd>
          </dl>
        </section>
        <section aria-labelledby="regenerate-heading">
          <h2 id="regenerate-heading">{m.regenerateHeading}</h2>
          <p>{m.regenerateIntro}</p>
          {regenerated?.error?.[""] ? <p role="alert" className="admin-form-error">{regenerated.error[""].join(" ")}</p> : null}
          <form action={regenerateAction}>
            <button type="submit" disabled={regenerating}>
              {regenerating ? m.regenerating : m.regenerate}
            </button>
          </form>
        </section>
      </>
    );
  }

  if (!enrolment) return null;
  const { key, ...codeProps } = getInputProps(fields.code, { type: "text" });
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
      <dl className="admin-facts">
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
        {form.errors?.length ? (
          <p id={form.errorId} className="admin-form-error" role="alert">
            {form.errors.join(" ")}
          </p>
        ) : null}
        <input type="hidden" name="sealed" value={enrolment.sealed} />
        <div className="admin-field">
          <label htmlFor={fields.code.id}>{m.enrolCodeLabel}</label>
          <input key={key} {...codeProps} inputMode="numeric" autoComplete="one-time-code" maxLength={6} />
          {fields.code.errors ? (
            <p id={fields.code.errorId} className="admin-field-error">
              {fields.code.errors.join(" ")}
            </p>
          ) : null}
        </div>
        <button type="submit" disabled={confirming}>
          {confirming ? m.confirming : m.confirm}
        </button>
      </form>
    </section>
  );
}
