import { z } from "zod";
import { userMessages } from "./messages";

// The user administration's forms: the browser validates with these (Conform) and the
// server action parses the same (lib/actions/action-client.ts).
const m = userMessages.errors;

if (typeof window !== "undefined") z.config({ jitless: true }); // see lib/auth/sign-in-schema.ts

export const roleValues = ["EDITOR", "APPROVER", "ADMIN"] as const;

const name = z.string({ error: m.nameRequired }).trim().min(1, m.nameRequired).max(100, m.nameTooLong);
const email = z
  .string({ error: m.emailRequired })
  .trim()
  .min(1, m.emailRequired)
  .max(254, m.emailInvalid)
  .pipe(z.email({ error: m.emailInvalid }))
  .transform((value) => value.toLowerCase());
// unchecked boxes send nothing: no roles at all is a valid choice (the user can then only be reactivated later)
const roles = z.array(z.enum(roleValues, { error: m.rolesInvalid })).default([]).transform((list) => [...new Set(list)]);
const userId = z.string({ error: m.userMissing }).min(1, m.userMissing).max(64, m.userMissing);
// not trimmed: spaces may be part of a password; 1024 bounds the hashing work
const password = z.string({ error: m.passwordRequired }).min(1, m.passwordRequired).min(12, m.passwordTooShort).max(1024, m.passwordTooLong);

/** The policy beyond length: what a password may not contain, given whose it is. */
export function passwordPolicyProblem(pass: string, owner: { email: string; name?: string }): string | null {
  const lower = pass.toLowerCase();
  const address = owner.email.toLowerCase();
  const local = address.split("@")[0] ?? "";
  if (lower.includes(address) || (local.length >= 3 && lower.includes(local))) return m.passwordHasEmail;
  const compactName = (owner.name ?? "").replace(/\s+/g, "").toLowerCase();
  if (compactName.length >= 2 && lower.replace(/\s+/g, "").includes(compactName)) return m.passwordHasName;
  if (monotonous(pass)) return m.passwordMonotonous;
  return null;
}

// one character repeated, or a run that only counts up or down (aaaaaaaaaaaa, 123456789012, abcdefghijkl)
function monotonous(pass: string): boolean {
  const codes = [...pass].map((c) => c.codePointAt(0)!);
  const steps = new Set(codes.slice(1).map((code, i) => code - codes[i]!));
  return steps.size === 1 && [0, 1, -1].includes([...steps][0]!);
}

export const createUserSchema = z
  .object({ name, email, roles, password })
  .superRefine((input, context) => {
    const problem = passwordPolicyProblem(input.password, input);
    if (problem) context.addIssue({ code: "custom", path: ["password"], message: problem });
  });

export const updateRolesSchema = z.object({ userId, roles });
export const setActiveSchema = z.object({ userId, active: z.enum(["true", "false"]).transform((value) => value === "true") });
/** The owner's e-mail and name come from the database (lib/users/commands.ts); the form carries only the password. */
export const resetPasswordSchema = z.object({ userId, password });

export type CreateUserInput = z.output<typeof createUserSchema>;
