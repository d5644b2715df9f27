"use client";
import { getFormProps, getInputProps, useForm, type FieldMetadata, type SubmissionResult } from "@conform-to/react";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { parseInLocale } from "@/components/admin/use-console-form";
import { secondFactorSchema, signInMessagesIn, signInSchema, type SignInRefusal } from "@/lib/auth/sign-in-schema";
import { twoFactorMessagesIn } from "@/lib/auth/two-factor/messages";
import { useConsoleLocale, useMessages } from "@/lib/i18n/console/client";
import { shellMessagesIn } from "@/lib/i18n/console/shell-messages";

type Credentials = { email: string; password: string };

// Two steps on one page. The password step is validated here with the same schema the
// server parses with (lib/auth/sign-in-schema.ts); when the account has a second
// factor the server answers "second-factor" and the code step asks for it, sending
// the password again with the code (the server keeps no half-signed-in state).
// Refusals come back through next-auth as the thrown reason and are shown at a field
// or above the form.
export function SignInForm({ sso }: { sso: { name: string } | null }) {
  const [credentials, setCredentials] = useState<Credentials | null>(null);
  const [notice, setNotice] = useState<string[] | undefined>();
  if (credentials) {
    return (
      <CodeStep
        credentials={credentials}
        onRestart={(errors) => {
          setNotice(errors);
          setCredentials(null);
        }}
      />
    );
  }
  return <PasswordStep sso={sso} initialErrors={notice} onSecondFactor={setCredentials} />;
}

function useSignIn() {
  const router = useRouter();
  return async (fields: Credentials & { code?: string }): Promise<SignInRefusal | "failed" | null> => {
    const result = await signIn("credentials", { redirect: false, ...fields });
    if (result?.ok && !result.error) {
      // an approver or admin without a factor is sent on to the enrolment page from here
      router.replace("/admin");
      return null;
    }
    return (result?.error as SignInRefusal | undefined) ?? "failed";
  };
}

function PasswordStep({ sso, initialErrors, onSecondFactor }: { sso: { name: string } | null; initialErrors?: string[]; onSecondFactor: (c: Credentials) => void }) {
  const locale = useConsoleLocale();
  const signInMessages = signInMessagesIn[locale];
  const t = shellMessagesIn[locale].signIn;
  const [lastResult, setLastResult] = useState<SubmissionResult<string[]> | undefined>(initialErrors ? { status: "error", error: { "": initialErrors } } : undefined);
  const [pending, setPending] = useState(false);
  const submit = useSignIn();
  const [form, fields] = useForm({
    lastResult,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseInLocale(formData, signInSchema, locale),
    async onSubmit(event, { submission }) {
      event.preventDefault();
      if (submission?.status !== "success") return;
      setPending(true);
      const { email, password } = submission.value;
      const refusal = await submit({ email, password });
      if (!refusal) return;
      setPending(false);
      if (refusal === "second-factor") {
        onSecondFactor({ email, password });
        return;
      }
      setLastResult(
        refusal === "throttled"
          ? submission.reply({ formErrors: [signInMessages.throttled] })
          : refusal === "invalid"
            ? submission.reply({ fieldErrors: { password: [signInMessages.invalid] } })
            : submission.reply({ formErrors: [signInMessages.failed] }),
      );
    },
  });

  return (
    <>
      <form {...getFormProps(form)} method="post" className="admin-form">
        <FormErrors id={form.errorId} errors={form.errors} />
        <Field label={t.email} meta={fields.email} type="email" autoComplete="username" />
        <Field label={t.password} meta={fields.password} type="password" autoComplete="current-password" />
        <button type="submit" disabled={pending}>
          {pending ? t.pending : t.submit}
        </button>
      </form>
      {sso ? (
        <p className="admin-sso">
          <button type="button" onClick={() => signIn("oidc", { callbackUrl: "/admin" })}>
            {t.sso(sso.name)}
          </button>
        </p>
      ) : null}
    </>
  );
}

function CodeStep({ credentials, onRestart }: { credentials: Credentials; onRestart: (errors?: string[]) => void }) {
  const locale = useConsoleLocale();
  const signInMessages = signInMessagesIn[locale];
  const twoFactorMessages = useMessages(twoFactorMessagesIn);
  const [lastResult, setLastResult] = useState<SubmissionResult<string[]> | undefined>();
  const [pending, setPending] = useState(false);
  const submit = useSignIn();
  const [form, fields] = useForm({
    lastResult,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseInLocale(formData, secondFactorSchema, locale),
    async onSubmit(event, { submission }) {
      event.preventDefault();
      if (submission?.status !== "success") return;
      setPending(true);
      const refusal = await submit({ ...credentials, code: submission.value.code });
      if (!refusal) return;
      setPending(false);
      // the password stopped working meanwhile (changed, account deactivated): start again
      if (refusal === "invalid") return onRestart([signInMessages.invalid]);
      setLastResult(
        refusal === "throttled"
          ? submission.reply({ formErrors: [signInMessages.throttled] })
          : refusal === "invalid-code"
            ? submission.reply({ fieldErrors: { code: [twoFactorMessages.codeInvalid] } })
            : submission.reply({ formErrors: [signInMessages.failed] }),
      );
    },
  });
  const { key, ...codeProps } = getInputProps(fields.code, { type: "text" });
  const hintId = `${fields.code.id}-hint`;
  const describedBy = [hintId, codeProps["aria-describedby"]].filter(Boolean).join(" ");
  return (
    <section aria-labelledby="code-step-heading">
      <h2 id="code-step-heading">{twoFactorMessages.codeStepHeading}</h2>
      <p>{twoFactorMessages.codeStepIntro}</p>
      <form {...getFormProps(form)} method="post" className="admin-form">
        <FormErrors id={form.errorId} errors={form.errors} />
        <div className="admin-field">
          <label htmlFor={fields.code.id}>{twoFactorMessages.codeLabel}</label>
          <p id={hintId} className="admin-field-hint">
            {twoFactorMessages.codeHint}
          </p>
          <input key={key} {...codeProps} aria-describedby={describedBy} autoComplete="one-time-code" autoFocus spellCheck={false} />
          {fields.code.errors ? (
            <p id={fields.code.errorId} className="admin-field-error">
              {fields.code.errors.join(" ")}
            </p>
          ) : null}
        </div>
        <button type="submit" disabled={pending}>
          {pending ? twoFactorMessages.verifying : twoFactorMessages.verify}
        </button>
      </form>
      <p>
        <button type="button" className="admin-link-button" onClick={() => onRestart()}>
          {twoFactorMessages.back}
        </button>
      </p>
    </section>
  );
}

function FormErrors({ id, errors }: { id: string; errors?: string[] }) {
  return errors?.length ? (
    <p id={id} className="admin-form-error" role="alert">
      {errors.join(" ")}
    </p>
  ) : null;
}

function Field({ label, meta, type, autoComplete }: { label: string; meta: FieldMetadata<string>; type: "email" | "password"; autoComplete: string }) {
  // `key` is React's, not a prop: it cannot travel in a spread
  const { key, ...props } = getInputProps(meta, { type });
  return (
    <div className="admin-field">
      <label htmlFor={meta.id}>{label}</label>
      <input key={key} {...props} autoComplete={autoComplete} />
      {meta.errors ? (
        <p id={meta.errorId} className="admin-field-error">
          {meta.errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
