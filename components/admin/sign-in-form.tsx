"use client";
import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { secondFactorSchema, signInMessages, signInSchema, type SignInRefusal } from "@/lib/auth/sign-in-schema";
import { twoFactorMessages } from "@/lib/auth/two-factor/messages";
import { FormErrors, Submit, TextField } from "./form/fields";

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
  const [lastResult, setLastResult] = useState<SubmissionResult<string[]> | undefined>(initialErrors ? { status: "error", error: { "": initialErrors } } : undefined);
  const [pending, setPending] = useState(false);
  const submit = useSignIn();
  const [form, fields] = useForm({
    lastResult,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: signInSchema }),
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
        <FormErrors form={form} />
        <TextField label={signInMessages.email} meta={fields.email} type="email" autoComplete="username" />
        <TextField label={signInMessages.password} meta={fields.password} type="password" autoComplete="current-password" />
        <Submit pending={pending} pendingText={signInMessages.signingIn}>
          {signInMessages.signIn}
        </Submit>
      </form>
      {sso ? (
        <p className="admin-sso">
          <button type="button" onClick={() => signIn("oidc", { callbackUrl: "/admin" })}>
            {signInMessages.withSso(sso.name)}
          </button>
        </p>
      ) : null}
    </>
  );
}

function CodeStep({ credentials, onRestart }: { credentials: Credentials; onRestart: (errors?: string[]) => void }) {
  const [lastResult, setLastResult] = useState<SubmissionResult<string[]> | undefined>();
  const [pending, setPending] = useState(false);
  const submit = useSignIn();
  const [form, fields] = useForm({
    lastResult,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: secondFactorSchema }),
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
