"use client";
import { getFormProps, getInputProps, useForm, type FieldMetadata, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { signInMessages, signInSchema, type SignInRefusal } from "@/lib/auth/sign-in-schema";

// Validated here with the same schema the server parses with (lib/auth/sign-in-schema.ts);
// the server's refusal comes back through next-auth as "invalid" or "throttled" and is
// shown at the password field or above the form.
export function SignInForm() {
  const [lastResult, setLastResult] = useState<SubmissionResult<string[]> | undefined>();
  const [pending, setPending] = useState(false);
  const router = useRouter();
  const [form, fields] = useForm({
    lastResult,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: signInSchema }),
    async onSubmit(event, { submission }) {
      event.preventDefault();
      if (submission?.status !== "success") return;
      setPending(true);
      const result = await signIn("credentials", { redirect: false, ...submission.value });
      if (result?.ok && !result.error) {
        router.replace("/admin");
        return;
      }
      setPending(false);
      const refusal = result?.error as SignInRefusal | undefined;
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
    <form {...getFormProps(form)} method="post" className="admin-form">
      {form.errors?.length ? (
        <p id={form.errorId} className="admin-form-error" role="alert">
          {form.errors.join(" ")}
        </p>
      ) : null}
      <Field label="メールアドレス" meta={fields.email} type="email" autoComplete="username" />
      <Field label="パスワード" meta={fields.password} type="password" autoComplete="current-password" />
      <button type="submit" disabled={pending}>
        {pending ? "サインインしています…" : "サインイン"}
      </button>
    </form>
  );
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
