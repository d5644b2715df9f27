import "server-only";
import type { z } from "zod";
import { currentUser, type SessionUser } from "@/lib/auth/session";
import type { Role } from "@/lib/generated/prisma/enums";
import { translateErrors, translateMessage } from "@/lib/i18n/console/error-catalog";
import { ActionError } from "./errors";
import { fieldErrorsOf } from "./refusal";
import { holdsAny } from "./roles";
import { fieldErrors } from "./route-handler";

export interface ReadRouteDefinition<S extends z.ZodType> {
  /** the query string's schema (each parameter's first value) */
  schema: S;
  roles: readonly Role[] | "signed-in";
  /** answers the request; an ActionError it throws is a 400 at its field */
  run: (input: z.output<S>, context: { user: SessionUser; request: Request }) => Promise<Response>;
}

const noStore = { "Cache-Control": "no-store" };

/**
 * defineRoute's checks for a console route handler that only reads (a download such
 * as the send log's CSV): 401 without a session, 403 without the role (both against
 * the database, as every console request), 400 with field errors in the user's
 * language for bad parameters. No transaction, audit or publish hook: it writes nothing.
 */
export function defineReadRoute<S extends z.ZodType>(definition: ReadRouteDefinition<S>) {
  return async function handler(request: Request): Promise<Response> {
    const user = await currentUser();
    if (!user) return Response.json({ error: "サインインしてください。" }, { status: 401, headers: noStore });
    if (!holdsAny(user, definition.roles)) return Response.json({ error: "この操作を行う権限がありません。" }, { status: 403, headers: noStore });
    const params: Record<string, string> = {};
    for (const [name, value] of new URL(request.url).searchParams) params[name] ??= value;
    const parsed = await definition.schema.safeParseAsync(params);
    if (!parsed.success) return Response.json({ fieldErrors: translateErrors(fieldErrors(parsed.error), user.locale) }, { status: 400, headers: noStore });
    try {
      return await definition.run(parsed.data, { user, request });
    } catch (error) {
      if (!(error instanceof ActionError)) throw error;
      const message = translateMessage(error.message, user.locale);
      return Response.json({ error: message, fieldErrors: fieldErrorsOf(error.field, message) }, { status: 400, headers: noStore });
    }
  };
}
