import { z } from "zod";
import { localized, type Translation } from "@/lib/i18n/console/translation";
import { twoFactorMessages } from "./two-factor/messages";

// The sign-in form's one schema: the browser validates with it (Conform) and the
// server parses the same fields with it before anything touches the database.
export const signInMessages = {
  email: "メールアドレス",
  password: "パスワード",
  signIn: "サインイン",
  signingIn: "サインインしています…",
  withSso: (provider: string) => `${provider}でサインイン`,
  emailRequired: "メールアドレスを入力してください。",
  emailInvalid: "メールアドレスの形式が正しくありません。",
  passwordRequired: "パスワードを入力してください。",
  // one message for an unknown account and a wrong password: no hint which it was
  invalid: "メールアドレスまたはパスワードが正しくありません。",
  throttled: "サインインの失敗が続いたため、一時的に受け付けを停止しています。15分ほどしてからもう一度お試しください。",
  failed: "サインインできませんでした。もう一度お試しください。",
} as const;

export const signInMessagesIn = localized(signInMessages, {
  email: "Email address",
  password: "Password",
  signIn: "Sign in",
  signingIn: "Signing in…",
  withSso: (provider: string) => `Sign in with ${provider}`,
  emailRequired: "Enter your email address.",
  emailInvalid: "The email address is not valid.",
  passwordRequired: "Enter your password.",
  invalid: "The email address or the password is not correct.",
  throttled: "Too many failed sign-ins: sign-in is paused for a while. Try again in about 15 minutes.",
  failed: "Could not sign in. Try again.",
} satisfies Translation<typeof signInMessages>);

// zod 4 probes `new Function` to compile fast object parsers, deciding when a schema
// is built; the console's policy forbids eval and the browser reports the probe as a
// violation. So in the browser, schemas built from here on parse without it.
if (typeof window !== "undefined") z.config({ jitless: true });

export const signInSchema = z.object({
  email: z
    .string({ error: signInMessages.emailRequired })
    .trim()
    .min(1, signInMessages.emailRequired)
    .max(254, signInMessages.emailInvalid)
    .pipe(z.email({ error: signInMessages.emailInvalid }))
    .transform((email) => email.toLowerCase()),
  // not trimmed: spaces may be part of a password. 1024 bounds the hashing work.
  password: z.string({ error: signInMessages.passwordRequired }).min(1, signInMessages.passwordRequired).max(1024, signInMessages.invalid),
  // the second step, for users with a second factor: a TOTP code or a recovery code
  code: z.string().trim().max(64, twoFactorMessages.codeInvalid).optional(),
});

/** The code step's own field, for the browser's validation of that step. */
export const secondFactorSchema = z.object({
  code: z.string({ error: twoFactorMessages.codeRequired }).trim().min(1, twoFactorMessages.codeRequired).max(64, twoFactorMessages.codeInvalid),
});

export type SignInInput = z.infer<typeof signInSchema>;

/** What a refused sign-in tells the browser (next-auth passes the thrown message through). */
export type SignInRefusal =
  | "invalid"
  | "throttled"
  // the password was right and the account has a second factor: ask for the code
  | "second-factor"
  | "invalid-code";
