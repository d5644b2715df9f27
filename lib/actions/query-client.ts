import "server-only";
import type { z } from "zod";
import { requireUser, type SessionUser } from "@/lib/auth/session";
import type { Role } from "@/lib/generated/prisma/enums";
import { ActionError } from "./errors";
import { forbiddenUnlessAny } from "./roles";
import { fieldErrors } from "./route-handler";

export type QueryResult<R> = { ok: true; value: R } | { ok: false; error?: string; fieldErrors: Record<string, string[]> };

export interface QueryDefinition<S extends z.ZodType, R> {
  schema: S;
  roles: readonly Role[] | "signed-in";
  run: (input: z.output<S>, context: { user: SessionUser }) => Promise<R>;
}

/**
 * A server action that only reads (the console's previews): the same first steps as
 * defineAction (session and role checked against the database, then the shared zod
 * schema), but no transaction, audit or publish hook, since it changes nothing. Its
 * result may be React elements, rendered on the server. Bad input and a broken rule
 * (ActionError) come back as field errors, keyed by the schema's paths.
 */
export function defineQuery<S extends z.ZodType, R>(definition: QueryDefinition<S, R>) {
  return async function query(input: unknown): Promise<QueryResult<R>> {
    const user = await requireUser();
    forbiddenUnlessAny(user, definition.roles);
    const parsed = await definition.schema.safeParseAsync(input);
    if (!parsed.success) return { ok: false, fieldErrors: fieldErrors(parsed.error) };
    try {
      return { ok: true, value: await definition.run(parsed.data, { user }) };
    } catch (error) {
      if (error instanceof ActionError) return { ok: false, error: error.message, fieldErrors: error.field ? { [error.field]: [error.message] } : {} };
      throw error;
    }
  };
}
