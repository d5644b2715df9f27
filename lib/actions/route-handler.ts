import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { currentUser } from "@/lib/auth/session";
import type { Role } from "@/lib/generated/prisma/enums";
import { translateErrors, translateMessage } from "@/lib/i18n/console/error-catalog";
import type { Locale } from "@/lib/i18n/locale";
import { runPublishHook } from "@/lib/notices/publish-hook";
import type { Actor } from "@/lib/audit";
import type { Tx } from "@/lib/db";
import { executeTransaction, executeWrite, type ActionContext, type ActionOutcome } from "./action-client";
import { ActionError } from "./errors";
import { fieldErrorsOf, type Refusal } from "./refusal";
import { holdsAny } from "./roles";

export interface RouteDefinition<S extends z.ZodType, R> {
  schema: S;
  roles: readonly Role[] | "signed-in";
  run: (input: z.output<S>, context: ActionContext) => Promise<ActionOutcome & { body?: R }>;
  /** reads the request's body for the schema (default: JSON); an ActionError it throws is a 400 at its field */
  parse?: (request: Request) => Promise<unknown>;
}

const noStore = { "Cache-Control": "no-store" };
const json = (body: unknown, status: number) => NextResponse.json(body, { status, headers: noStore });

/** A refusal's texts in the user's language (the commands and schemas speak Japanese; lib/i18n/console/error-catalog.ts). */
function refuse(locale: Locale, body: { error?: string; fieldErrors?: Record<string, string[]>; [key: string]: unknown }, status: number) {
  return json({ ...body, ...(body.error ? { error: translateMessage(body.error, locale) } : {}), ...(body.fieldErrors ? { fieldErrors: translateErrors(body.fieldErrors, locale) } : {}) }, status);
}

/**
 * The same write path as defineAction, for a console route handler that takes JSON
 * (e.g. autosave): 401 without a session, 403 without the role, 400 with field errors
 * for bad input, 409 with what is stored for a conflict, 422 for a broken rule.
 */
export function defineRoute<S extends z.ZodType, R>(definition: RouteDefinition<S, R>) {
  return async function handler(request: Request): Promise<Response> {
    const user = await currentUser();
    if (!user) return json({ error: "サインインしてください。" }, 401);
    if (!holdsAny(user, definition.roles)) return json({ error: "この操作を行う権限がありません。" }, 403);
    let body: unknown;
    try {
      body = definition.parse ? await definition.parse(request) : await request.json();
    } catch (error) {
      if (error instanceof ActionError) return refuse(user.locale, { error: error.message, fieldErrors: fieldErrorsOf(error.field, error.message) }, 400);
      return refuse(user.locale, { error: "JSON として読めません。" }, 400);
    }
    const parsed = await definition.schema.safeParseAsync(body);
    if (!parsed.success) return refuse(user.locale, { fieldErrors: fieldErrors(parsed.error) }, 400);
    // the commands speak Japanese; the refusal reaches the editor in the user's language
    const result = await executeWrite(definition.run, parsed.data, user, (refusal) => jsonReply({ ...refusal, message: translateMessage(refusal.message, user.locale) }));
    if (!result.ok) return result.reply;
    const { outcome } = result;
    if (outcome.published?.length) await runPublishHook(outcome.published);
    return json(outcome.body ?? { ok: true }, 200);
  };
}

/** The integration a bearer token stands for (e.g. the merchant import API's tokens). */
export interface TokenPrincipal {
  id: string;
  name: string;
}

export interface TokenRouteDefinition<S extends z.ZodType, R> {
  schema: S;
  /** the request's token, checked against the database; null: 401 */
  authenticate: (request: Request) => Promise<TokenPrincipal | null>;
  /** reads the request (query, body) into what the schema parses; an ActionError it throws is a 400 at its field */
  parse: (request: Request) => Promise<unknown>;
  run: (input: z.output<S>, context: { tx: Tx; token: TokenPrincipal; actor: Actor }) => Promise<{ status?: number; body: R }>;
}

/**
 * defineRoute for an API called by another system with a bearer token instead of a
 * staff session (issue 11's import API): 401 without a valid token, 400 for a request
 * the schema refuses, then the same one transaction (audited as the token's
 * integration) and the same 409/422 refusals. Refusals come in Japanese with English beside.
 */
export function defineTokenRoute<S extends z.ZodType, R>(definition: TokenRouteDefinition<S, R>) {
  return async function handler(request: Request): Promise<Response> {
    const token = await definition.authenticate(request);
    if (!token) {
      const error = "有効なトークンを Authorization: Bearer で送ってください。";
      return NextResponse.json({ error, errorEn: translateMessage(error, "en") }, { status: 401, headers: { ...noStore, "WWW-Authenticate": 'Bearer realm="api"' } });
    }
    let body: unknown;
    try {
      body = await definition.parse(request);
    } catch (error) {
      if (error instanceof ActionError) return json({ error: error.message, errorEn: translateMessage(error.message, "en"), fieldErrors: fieldErrorsOf(error.field, error.message) }, 400);
      throw error;
    }
    const parsed = await definition.schema.safeParseAsync(body);
    if (!parsed.success) return json({ fieldErrors: fieldErrors(parsed.error), fieldErrorsEn: translateErrors(fieldErrors(parsed.error), "en") }, 400);
    const actor: Actor = { label: `token:${token.name}` };
    const result = await executeTransaction((tx) => definition.run(parsed.data, { tx, token, actor }), (refusal) => jsonReply({ ...refusal, messageEn: translateMessage(refusal.message, "en") }));
    if (!result.ok) return result.reply;
    return json(result.outcome.body, result.outcome.status ?? 200);
  };
}

/** A refusal as the route's JSON: 409 with what is stored for a conflict or a taken value, 422 for a broken rule. */
export function jsonReply(refusal: Refusal & { messageEn?: string }): Response {
  const en = refusal.messageEn ? { errorEn: refusal.messageEn } : {};
  if (refusal.kind === "conflict") return json({ error: refusal.message, ...en, field: refusal.field, conflict: refusal.current }, 409);
  return json({ error: refusal.message, ...en, fieldErrors: fieldErrorsOf(refusal.field, refusal.message) }, refusal.kind === "unique" ? 409 : 422);
}

/** zod issues by dotted path ("rows.0.cells.1.refs"), as the forms key their fields. */
export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) (errors[issue.path.join(".")] ??= []).push(issue.message);
  return errors;
}
