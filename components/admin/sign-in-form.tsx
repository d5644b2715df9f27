"use client";
import { getFormProps, useForm, type Submission, type SubmissionResult } from "@conform-to/react";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { z } from "zod";
import { secondFactorSchema, signInMessages, signInMessagesIn, signInSchema, type SignInRefusal } from "@/lib/auth/sign-in-schema";
import { twoFactorMessagesIn } from "@/lib/auth/two-factor/messages";
import { FormErrors, Submit, TextField } from "./form/fields";
import { parseInLocale, type FormSchema } from "./form/use-console-form";
import { useConsoleLocale, useMessages } from "@/lib/i18n/console/client";
import { translateErrors } from "@/lib/i18n/console/error-catalog";

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

type Reply = SubmissionResult<string[]>;
type Refusal = SignInRefusal | "failed";

function useSignIn() {
  const router = useRouter();
  return async (fields: Credentials & { code?: string }): Promise<Refusal | null> => {
    const result = await signIn("credentials", { redirect: false, ...fields });
    if (result?.ok && !result.error) {
      // an approver or admin without a factor is sent on to the enrolment page from here
      router.replace("/admin");
      return null;
    }
    return (result?.error as SignInRefusal | undefined) ?? "failed";
  };
}

/** A refusal as the step's reply: the one its field answers (a wrong password, a wrong code) there, any other above the form. */
function refusalReply(submission: Submission<unknown>, refusal: Refusal, atField: { refusal: Refusal; name: string; message: string }): Reply {
  if (refusal === atField.refusal) return submission.reply({ fieldErrors: { [atField.name]: [atField.message] } });
  return submission.reply({ formErrors: [refusal === "throttled" ? signInMessages.throttled : signInMessages.failed] });
}

/**
 * One step's form, validated with its schema; a valid submission is handed to `attempt`,
 * which signs in (the page moves on: the button stays pending) or answers the reply to
 * show (or nothing, when the step moved elsewhere).
 */
function useSignInStep<S extends FormSchema>(schema: S, attempt: (value: z.output<S>, submission: Submission<unknown>) => Promise<Reply | "signed-in" | undefined>, initial?: Reply) {
  // the refusals are written in Japanese (signInMessages); the form shows them in the console language
  const locale = useConsoleLocale();
  const inLocale = (reply: Reply | undefined) => (reply && "error" in reply && reply.error ? { ...reply, error: translateErrors(reply.error, locale) } : reply);
  const [lastResult, setLastResult] = useState<Reply | undefined>(inLocale(initial));
  const [pending, setPending] = useState(false);
  const [form, fields] = useForm<z.input<S>, z.output<S>, string[]>({
    lastResult,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseInLocale(formData, schema, locale),
    async onSubmit(event, { submission }) {
      event.preventDefault();
      if (submission?.status !== "success") return;
      setPending(true);
      const reply = await attempt(submission.value, submission);
      if (reply === "signed-in") return;
      setPending(false);
      if (reply) setLastResult(inLocale(reply));
    },
  });
  return { form, fields, pending };
}

function PasswordStep({ sso, initialErrors, onSecondFactor }: { sso: { name: string } | null; initialErrors?: string[]; onSecondFactor: (c: Credentials) => void }) {
  const t = useMessages(signInMessagesIn);
  const submit = useSignIn();
  const { form, fields, pending } = useSignInStep(
    signInSchema,
    async ({ email, password }, submission) => {
      const refusal = await submit({ email, password });
      if (!refusal) return "signed-in";
      if (refusal === "second-factor") return void onSecondFactor({ email, password });
      return refusalReply(submission, refusal, { refusal: "invalid", name: "password", message: signInMessages.invalid });
    },
    initialErrors ? { status: "error", error: { "": initialErrors } } : undefined,
  );

  return (
    <>
      <form {...getFormProps(form)} method="post" className="admin-form">
        <FormErrors form={form} />
        <TextField label={t.email} meta={fields.email} type="email" autoComplete="username" />
        <TextField label={t.password} meta={fields.password} type="password" autoComplete="current-password" />
        <Submit pending={pending} pendingText={t.signingIn}>
          {t.signIn}
        </Submit>
      </form>
      {sso ? (
        <p className="admin-sso">
          <button type="button" onClick={() => signIn("oidc", { callbackUrl: "/admin" })}>
            {t.withSso(sso.name)}
          </button>
        </p>
      ) : null}
    </>
  );
}

function CodeStep({ credentials, onRestart }: { credentials: Credentials; onRestart: (errors?: string[]) => void }) {
  const twoFactorMessages = useMessages(twoFactorMessagesIn);
  const submit = useSignIn();
  const { form, fields, pending } = useSignInStep(secondFactorSchema, async ({ code }, submission) => {
    const refusal = await submit({ ...credentials, code });
    if (!refusal) return "signed-in";
    // the password stopped working meanwhile (changed, account deactivated): start again
    if (refusal === "invalid") return void onRestart([signInMessages.invalid]);
    return refusalReply(submission, refusal, { refusal: "invalid-code", name: "code", message: twoFactorMessages.codeInvalid });
  });
  return (
    <section aria-labelledby="code-step-heading">
      <h2 id="code-step-heading">{twoFactorMessages.codeStepHeading}</h2>
      <p>{twoFactorMessages.codeStepIntro}</p>
      <form {...getFormProps(form)} method="post" className="admin-form">
        <FormErrors form={form} />
        <TextField
          label={twoFactorMessages.codeLabel}
          help={twoFactorMessages.codeHint}
          meta={fields.code}
          autoComplete="one-time-code"
          autoFocus
          spellCheck={false}
        />
        <Submit pending={pending} pendingText={twoFactorMessages.verifying}>
          {twoFactorMessages.verify}
        </Submit>
      </form>
      <p>
        <button type="button" className="admin-link-button" onClick={() => onRestart()}>
          {twoFactorMessages.back}
        </button>
      </p>
    </section>
  );
}
