import "server-only";
import { createElement } from "react";
import { ProblemDocument } from "@/components/subscriptions/problem-document";
import { renderStaticMarkup } from "@/components/screens/static-markup";
import { clientAddress } from "@/lib/auth/client-address";
import { localePath, type Locale } from "@/lib/i18n/locale";
import { subscriptionMessages, type FieldErrors } from "./messages";

// The subscription's route handlers answer two kinds of client: the form's script
// (Accept: application/json: the status and field errors as JSON) and a browser
// without JavaScript posting the form (a 303 to the next page, or the error as a
// small page with the same status). Statuses: 400 bad input, 404 a link that is not
// valid, 429 the rate limit, 503 the mail could not be sent.

const ARRAY_FIELDS = new Set(["services", "paymentMethods", "channels"]);

/** The body as a plain object: JSON, or a form (checkbox groups as arrays). Null when it is neither. */
export async function readBody(request: Request): Promise<Record<string, unknown> | null> {
  const type = request.headers.get("content-type") ?? "";
  try {
    if (type.includes("application/json")) {
      const body: unknown = await request.json();
      return typeof body === "object" && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : null;
    }
    if (type.includes("application/x-www-form-urlencoded") || type.includes("multipart/form-data")) {
      const form = await request.formData();
      const body: Record<string, unknown> = {};
      for (const key of new Set(form.keys())) {
        const values = form.getAll(key).filter((v): v is string => typeof v === "string");
        body[key] = ARRAY_FIELDS.has(key) ? values : values[0];
      }
      return body;
    }
  } catch {
    return null;
  }
  return null;
}

export const wantsJson = (request: Request) => (request.headers.get("accept") ?? "").includes("application/json");

export const requestClientAddress = (request: Request) => clientAddress(Object.fromEntries(request.headers));

export const bodyLocale = (body: Record<string, unknown> | null): Locale => (body?.locale === "en" ? "en" : "ja");

/**
 * A 303 to a page of the site in the language, with the parameters given. The Location
 * is a path: behind a proxy the request's own URL may name another host than the
 * browser's, and a redirect to another origin after a form is blocked (form-action 'self').
 */
export function seeOther(locale: Locale, path: string): Response {
  return new Response(null, { status: 303, headers: { Location: localePath(locale, path), "Cache-Control": "no-store" } });
}

/** An error as JSON or as a small page, with its status. */
export function problem(request: Request, locale: Locale, status: 400 | 404 | 429 | 503, problem: { status?: number; message?: string; errors?: FieldErrors } = {}): Response {
  const t = subscriptionMessages[locale];
  const message = problem.message ?? (status === 404 ? t.invalidLink.body : t.errors.form);
  const headers = { "Cache-Control": "no-store", ...(status === 429 ? { "Retry-After": "3600" } : {}) };
  if (wantsJson(request)) return Response.json({ message, errors: problem.errors ?? {} }, { status, headers });
  const title = status === 404 ? t.invalidLink.title : t.errors.form;
  const html = renderStaticMarkup(createElement(ProblemDocument, { locale, title, message, errors: Object.values(problem.errors ?? {}), back: { href: localePath(locale, "/subscribe"), text: t.backToSubscribe } }));
  return new Response(`<!DOCTYPE html>${html}`, { status, headers: { ...headers, "Content-Type": "text/html; charset=utf-8" } });
}
