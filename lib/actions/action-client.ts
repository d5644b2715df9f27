import "server-only";
import type { SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { redirect } from "next/navigation";
import type { z } from "zod";
import type { Actor } from "@/lib/audit";
import { requireUser, requireUserMayEnrol, type SessionUser } from "@/lib/auth/session";
import { db, type Tx } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { translateErrors } from "@/lib/i18n/console/error-catalog";
import { runPublishHook, type Publication } from "@/lib/notices/publish-hook";
import { fieldErrorsOf, refusalOf, type Refusal } from "./refusal";
import { forbiddenUnlessAny } from "./roles";

/** What a console write gives back to its form: Conform's result, plus what a conflict found stored. */
export type ActionResult = SubmissionResult<string[]> & { conflict?: unknown; done?: boolean; data?: Record<string, unknown> };

export interface ActionContext {
  tx: Tx;
  user: SessionUser;
  actor: Actor;
}

/** What a write's body reports: where to go next and which notices it published. */
export interface ActionOutcome {
  redirectTo?: string;
  /** notices whose public revision changed in this transaction: the publish hook runs for each after commit */
  published?: Publication[];
  /** what the form shows once the write is done (e.g. recovery codes, shown once) */
  data?: Record<string, unknown>;
  /** work for after the commit, e.g. re-issuing the session cookie the write changed */
  afterCommit?: () => Promise<void>;
}

export interface ActionDefinition<S extends z.ZodType> {
  /** the form's one schema (lib/…), the same the browser validates with */
  schema: S;
  /** the user must hold one of these (Decision 5); `"signed-in"`: any active staff user */
  roles: readonly Role[] | "signed-in";
  /** "may-enrol": also for a session that must enrol a second factor first (the enrolment page's actions only) */
  session?: "complete" | "may-enrol";
  /** the write, inside one transaction: change state only from the state it expects, and audit it */
  run: (input: z.output<S>, context: ActionContext) => Promise<ActionOutcome | void>;
}

/**
 * The one write path of the console (DESIGN.md Decision 11): every server action is
 * made by this function. In order: parse the form with its shared zod schema (field
 * errors go back to the form, nothing is touched) → the session and the role, checked
 * against the database on every call (the proxy only redirects; it is never the
 * check) → one transaction that runs the write with its audit event → after commit,
 * the publish hook for what was published → redirect.
 *
 * A broken rule (ActionError), a conflict (ConflictError) or a unique violation
 * comes back as a field or form error; the transaction is rolled back, so a refused
 * write changes nothing.
 */
export function defineAction<S extends z.ZodType>(definition: ActionDefinition<S>) {
  return async function action(_previous: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
    const user = definition.session === "may-enrol" ? (await requireUserMayEnrol()).user : await requireUser();
    forbiddenUnlessAny(user, definition.roles);
    const submission = await parseWithZod(formData, { schema: definition.schema, async: true });
    // the schemas and commands speak Japanese; the errors reach the form in the user's language
    if (submission.status !== "success") return inLocale(submission.reply(), user.locale);

    const result = await executeWrite(definition.run, submission.value, user, formReply(submission));
    if (!result.ok) return inLocale(result.reply, user.locale);
    if (result.outcome?.published?.length) await runPublishHook(result.outcome.published);
    if (result.outcome?.afterCommit) await result.outcome.afterCommit();
    if (result.outcome?.redirectTo) redirect(result.outcome.redirectTo);
    const data = result.outcome?.data;
    return { ...submission.reply({ resetForm: false }), done: true, ...(data ? { data } : {}) };
  };
}

/**
 * The transaction of a write, apart from the request (so integration tests can run it
 * with a real database): the write and its audit event commit together, or a refusal
 * comes back worded by `reply` (a form's reply, a route's JSON) and nothing is stored.
 */
export async function executeWrite<I, O extends ActionOutcome | void, F>(
  run: (input: I, context: ActionContext) => Promise<O>,
  input: I,
  user: SessionUser,
  reply: (refusal: Refusal) => F,
): Promise<{ ok: true; outcome: O } | { ok: false; reply: F }> {
  return executeTransaction((tx) => run(input, { tx, user, actor: { userId: user.id } }), reply);
}

/** executeWrite's transaction for a caller that is not a session (the import API's bearer token: route-handler.ts). */
export async function executeTransaction<O, F>(work: (tx: Tx) => Promise<O>, reply: (refusal: Refusal) => F): Promise<{ ok: true; outcome: O } | { ok: false; reply: F }> {
  try {
    const outcome = await db.$transaction(work, {
      // a publication freezes snapshots and derives impact: more than Prisma's 5 s default on a busy machine
      timeout: 30_000,
    });
    return { ok: true, outcome };
  } catch (error) {
    const refusal = refusalOf(error);
    if (refusal) return { ok: false, reply: reply(refusal) };
    throw error;
  }
}

function inLocale(reply: ActionResult, locale: SessionUser["locale"]): ActionResult {
  return reply.error ? { ...reply, error: translateErrors(reply.error, locale) } : reply;
}

export type Submission = { reply: (options?: { formErrors?: string[]; fieldErrors?: Record<string, string[]>; resetForm?: boolean }) => SubmissionResult<string[]> };

/** A refusal as the form's reply: at its field (or above the form), with a conflict's stored state. */
export function formReply(submission: Submission) {
  return (refusal: Refusal): ActionResult => {
    const reply = refusal.field
      ? submission.reply({ fieldErrors: fieldErrorsOf(refusal.field, refusal.message) })
      : submission.reply({ formErrors: [refusal.message] });
    return refusal.kind === "conflict" ? { ...reply, conflict: refusal.current } : reply;
  };
}
