import "server-only";
import { randomUUID } from "node:crypto";
import { now } from "@/lib/clock";
import { db, type Tx } from "@/lib/db";
import { localePath, type Locale } from "@/lib/i18n/locale";
import { deliverMail } from "@/lib/notifications/transport";
import { siteUrl } from "@/lib/site-url";
import { resolveFilter, type FilterKind } from "./catalog";
import { linkMail } from "./mails";
import { subscriptionMessages, type FieldErrors } from "./messages";
import { takeSubscriptionRequest } from "./rate-limit";
import { manageSchema, subscribeSchema, tokenSchema, type FieldName } from "./schema";
import { findByToken, mintToken } from "./tokens";

// The public subscription (issue 11): double opt-in, a catalog filter, manage and
// unsubscribe by token. Each command is one transaction; bad input changes nothing.
// A subscriber hears of notices only once confirmed and while not unsubscribed
// (lib/notifications/recipients.ts reads exactly those two columns).

type Problem = { status: 400; errors: FieldErrors } | { status: 404 } | { status: 429; message: string } | { status: 503; message: string };
export type Outcome<T> = ({ status: 200 } & T) | Problem;

/** Field-level messages from a zod error, in the form's language. */
function fieldErrors(issues: { path: PropertyKey[] }[], locale: Locale): FieldErrors {
  const e = subscriptionMessages[locale].errors;
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = String(issue.path[0]) as FieldName;
    errors[field] ??= field === "email" ? e.email : field === "locale" ? e.locale : e.invalid;
  }
  return errors;
}

const formLocale = (raw: unknown): Locale => ((raw as { locale?: unknown } | null)?.locale === "en" ? "en" : "ja");

/** Thrown inside a transaction to roll it back and answer with field errors. */
class Refused extends Error {
  constructor(readonly problem: Problem) {
    super("refused");
  }
}

async function replaceFilter(tx: Tx, subscriberId: string, ids: Record<FilterKind, string[]>) {
  await tx.subscriberService.deleteMany({ where: { subscriberId } });
  await tx.subscriberPaymentMethod.deleteMany({ where: { subscriberId } });
  await tx.subscriberChannel.deleteMany({ where: { subscriberId } });
  await tx.subscriberService.createMany({ data: ids.services.map((serviceId) => ({ subscriberId, serviceId })) });
  await tx.subscriberPaymentMethod.createMany({ data: ids.paymentMethods.map((paymentMethodId) => ({ subscriberId, paymentMethodId })) });
  await tx.subscriberChannel.createMany({ data: ids.channels.map((channelId) => ({ subscriberId, channelId })) });
}

async function resolveOrRefuse(tx: Tx, input: Record<FilterKind, string[]>, locale: Locale) {
  const resolved = await resolveFilter(tx, input);
  if (resolved.ok) return resolved.ids;
  const e = subscriptionMessages[locale].errors;
  const errors: FieldErrors = {};
  for (const [kind, keys] of Object.entries(resolved.unknown)) errors[kind as FilterKind] = e.unknownKey(keys.join(", "));
  throw new Refused({ status: 400, errors });
}

async function refusable<R>(run: () => Promise<R>): Promise<R | Problem> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof Refused) return error.problem;
    throw error;
  }
}

export const confirmUrl = (locale: Locale, token: string) => siteUrl(localePath(locale, `/subscribe/confirm?token=${token}`));
export const manageUrl = (locale: Locale, token: string) => siteUrl(localePath(locale, `/subscribe/manage?token=${token}`));
/** The List-Unsubscribe address: a POST unsubscribes (RFC 8058), a GET shows the confirming page. */
export const unsubscribeUrl = (token: string) => siteUrl(`/api/subscriptions/unsubscribe?token=${token}`);

/**
 * The form's request: a confirmation mail to a new (or not yet confirmed, or
 * unsubscribed) address, a link to its settings to an address already subscribed.
 * The answer is the same for both. The filter and language of an unconfirmed request
 * are stored with it; a confirmed subscriber's settings change only through its manage link.
 */
export async function requestSubscription(raw: unknown, client: { address: string }): Promise<Outcome<object>> {
  const locale = formLocale(raw);
  const parsed = subscribeSchema.safeParse(raw);
  if (!parsed.success) return { status: 400, errors: fieldErrors(parsed.error.issues, locale) };
  const input = parsed.data;
  const outcome = await refusable(() =>
    db.$transaction(async (tx) => {
      const ids = await resolveOrRefuse(tx, input, input.locale);
      const limited = await takeSubscriptionRequest(tx, { email: input.email, address: client.address });
      const e = subscriptionMessages[input.locale].errors;
      if (limited) return { status: 429 as const, message: limited === "email" ? e.tooManyEmail : e.tooManyAddress };
      const existing = await tx.subscriber.findUnique({ where: { email: input.email } });
      if (existing?.confirmedAt && !existing.unsubscribedAt) {
        const token = await mintToken(tx, existing.id, "MANAGE");
        return { status: 200 as const, mail: await linkMail(tx, "already", existing.locale, manageUrl(existing.locale, token)) };
      }
      const subscriber = existing
        ? await tx.subscriber.update({ where: { id: existing.id }, data: { locale: input.locale } })
        : await tx.subscriber.create({ data: { email: input.email, locale: input.locale } });
      await replaceFilter(tx, subscriber.id, ids);
      const token = await mintToken(tx, subscriber.id, "CONFIRM");
      return { status: 200 as const, mail: await linkMail(tx, "confirm", input.locale, confirmUrl(input.locale, token)) };
    }),
  );
  if (outcome.status !== 200) return outcome;
  // after the commit: a mail must not announce a token that a rollback would remove
  const delivered = await deliverMail({ to: input.email, messageId: `subscription.${randomUUID()}`, ...outcome.mail }).catch((error: unknown) => ({ ok: false as const, response: String(error) }));
  if (!delivered.ok) {
    console.error(`subscription mail to ${input.email} not delivered: ${delivered.response}`);
    return { status: 503, message: subscriptionMessages[input.locale].errors.failed };
  }
  return { status: 200 };
}

/** What the confirm page shows before the button is pressed: nothing changes on GET. */
export async function peekConfirmation(token: string) {
  if (!tokenSchema.safeParse(token).success) return null;
  const row = await findByToken(db, token, "CONFIRM");
  return row && { email: row.subscriber.email, locale: row.subscriber.locale };
}

/** The confirmation link's button: confirms, uses the token up, and gives a manage token for the next page. */
export async function confirmSubscription(token: unknown): Promise<Outcome<{ manageToken: string; locale: Locale }>> {
  // no token at all is a malformed request; a token of the right form that is not valid, a link that is not
  if (typeof token !== "string" || !token) return { status: 400, errors: {} };
  if (!tokenSchema.safeParse(token).success) return { status: 404 };
  return db.$transaction(async (tx) => {
    const row = await findByToken(tx, token, "CONFIRM");
    if (!row) return { status: 404 as const };
    // single use, even against a second request racing this one: the update names the unused row
    const used = await tx.subscriptionToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: now() } });
    if (used.count !== 1) return { status: 404 as const };
    await tx.subscriber.update({ where: { id: row.subscriberId }, data: { confirmedAt: now(), unsubscribedAt: null } });
    return { status: 200 as const, manageToken: await mintToken(tx, row.subscriberId, "MANAGE"), locale: row.subscriber.locale };
  });
}

/** The manage page's view of a subscriber, by a manage token; null for a token that is not valid. */
export async function subscriptionByManageToken(token: string) {
  if (!tokenSchema.safeParse(token).success) return null;
  const row = await findByToken(db, token, "MANAGE");
  if (!row) return null;
  const s = row.subscriber;
  return {
    email: s.email,
    locale: s.locale,
    subscribed: Boolean(s.confirmedAt && !s.unsubscribedAt),
    services: s.services.map((x) => x.service.key),
    paymentMethods: s.paymentMethods.map((x) => x.paymentMethod.key),
    channels: s.channels.map((x) => x.channel.key),
  };
}

/** The manage page's form: language and filter. */
export async function updateSubscription(raw: unknown): Promise<Outcome<{ locale: Locale }>> {
  const locale = formLocale(raw);
  const parsed = manageSchema.safeParse(raw);
  if (!parsed.success) {
    const token = (raw as { token?: unknown } | null)?.token;
    // a token of the wrong form is a link that is not valid (404); none at all, a malformed request
    if (typeof token === "string" && token && parsed.error.issues.some((i) => i.path[0] === "token")) return { status: 404 };
    return { status: 400, errors: fieldErrors(parsed.error.issues.filter((i) => i.path[0] !== "token"), locale) };
  }
  const input = parsed.data;
  return refusable(() =>
    db.$transaction(async (tx) => {
      const row = await findByToken(tx, input.token, "MANAGE");
      if (!row) return { status: 404 as const };
      const ids = await resolveOrRefuse(tx, input, input.locale);
      await tx.subscriber.update({ where: { id: row.subscriberId }, data: { locale: input.locale } });
      await replaceFilter(tx, row.subscriberId, ids);
      return { status: 200 as const, locale: input.locale };
    }),
  );
}

/** Unsubscribes (the page's button, or a mail client's one-click POST). Saying it twice is no error. */
export async function unsubscribe(token: string): Promise<Outcome<{ locale: Locale }>> {
  if (!tokenSchema.safeParse(token).success) return { status: 404 };
  return db.$transaction(async (tx) => {
    const row = await findByToken(tx, token, "MANAGE");
    if (!row) return { status: 404 as const };
    await tx.subscriber.updateMany({ where: { id: row.subscriberId, unsubscribedAt: null }, data: { unsubscribedAt: now() } });
    return { status: 200 as const, locale: row.subscriber.locale };
  });
}

/** The language of a manage token's subscriber (the unsubscribe link's GET goes to the page in it). */
export async function manageTokenLocale(token: string): Promise<Locale | null> {
  if (!tokenSchema.safeParse(token).success) return null;
  return (await findByToken(db, token, "MANAGE"))?.subscriber.locale ?? null;
}
