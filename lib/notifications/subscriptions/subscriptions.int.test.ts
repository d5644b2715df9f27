// The public subscription against real PostgreSQL, through its route handlers:
// request → confirmation mail → confirm → manage → unsubscribe; expired and reused
// tokens; the rate limit; bad input that stores nothing; and who is told meanwhile
// (lib/notifications/recipients.ts reads the state these commands write).
import { randomUUID } from "node:crypto";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { POST as subscribeRoute } from "@/app/api/subscriptions/route";
import { POST as confirmRoute } from "@/app/api/subscriptions/confirm/route";
import { POST as manageRoute } from "@/app/api/subscriptions/manage/route";
import { GET as unsubscribeGet, POST as unsubscribeRoute } from "@/app/api/subscriptions/unsubscribe/route";
import { setClock } from "@/lib/clock";
import { db } from "@/lib/db";
import { recipientsForImpact } from "@/lib/notifications/recipients";
import { seed } from "@/prisma/seed";
import { subscriptionByManageToken } from "./commands";
import { subscriberLinks } from "./links";
import { subscriptionLimits } from "./rate-limit";

const tag = randomUUID().slice(0, 8);
const address = (local: string) => `${local}@${tag}.example.com`;
let client = 0;
/** a client address of its own for each request sequence, so that the per-client limit is met only where a test means it */
const nextClient = () => `198.51.100.${++client}`;
const BASE = "http://127.0.0.1:3000";

beforeAll(async () => {
  await seed();
});
afterEach(() => setClock(null));

function form(path: string, fields: Record<string, string | string[]>, headers: Record<string, string> = {}) {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const value of [v].flat()) body.append(k, value);
  return new Request(`${BASE}${path}`, { method: "POST", body, headers: { "content-type": "application/x-www-form-urlencoded", ...headers } });
}
const json = { accept: "application/json" };

async function subscribe(email: string, extra: Record<string, string | string[]> = {}, from = nextClient()) {
  return subscribeRoute(form("/api/subscriptions", { email, locale: "ja", ...extra }, { ...json, "x-forwarded-for": from }));
}

/** The token in the last mail caught for an address (the development catch-all). */
async function lastToken(email: string): Promise<{ token: string; raw: string; subject: string }> {
  const mail = await db.caughtMail.findFirstOrThrow({ where: { recipients: { has: email } }, orderBy: { createdAt: "desc" } });
  // the raw message may be quoted-printable: undo soft line breaks and =3D
  const raw = mail.raw.replace(/=\r?\n/g, "").replace(/=3D/g, "=");
  return { token: /token=([A-Za-z0-9_-]{43})/.exec(raw)![1]!, raw, subject: mail.subject };
}

const stopsCard = { services: [], paymentMethods: ["credit-card"], channels: [], audiences: [] };
const told = async (email: string) => (await recipientsForImpact(db, stopsCard)).some((r) => r.address === email);

describe("the public subscription", () => {
  it("request → confirmation mail → nothing is sent until confirmed → confirm → manage → one-click unsubscribe", async () => {
    const email = address("flow");
    const answer = await subscribe(`  ${email.toUpperCase()} `, { paymentMethods: ["credit-card"] });
    expect(answer.status).toBe(202);
    const subscriber = await db.subscriber.findUniqueOrThrow({ where: { email }, include: { paymentMethods: { include: { paymentMethod: true } } } });
    expect(subscriber.confirmedAt).toBeNull();
    expect(subscriber.paymentMethods.map((p) => p.paymentMethod.key)).toEqual(["credit-card"]);
    expect(await told(email)).toBe(false);

    const confirmation = await lastToken(email);
    expect(confirmation.subject).toBe("【クロネコwebコレクト】メール配信登録の確認");
    expect(confirmation.raw).toContain(`/subscribe/confirm?token=${confirmation.token}`);
    // only the hash is stored
    const stored = await db.subscriptionToken.findFirstOrThrow({ where: { subscriberId: subscriber.id, purpose: "CONFIRM" } });
    expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.tokenHash).not.toContain(confirmation.token);
    expect(stored.expiresAt!.getTime() - stored.createdAt.getTime()).toBe(24 * 3_600_000);

    const confirmed = await confirmRoute(form("/api/subscriptions/confirm", { token: confirmation.token }));
    expect(confirmed.status).toBe(303);
    const next = new URL(confirmed.headers.get("location")!, BASE);
    expect(next.pathname).toBe("/subscribe/manage");
    expect(next.searchParams.get("confirmed")).toBe("1");
    expect(await told(email)).toBe(true);

    // the manage link: English, and a filter that no longer meets the card
    const manageToken = next.searchParams.get("token")!;
    const saved = await manageRoute(form("/api/subscriptions/manage", { token: manageToken, locale: "en", services: ["webcollect"] }));
    expect(saved.status).toBe(303);
    expect(new URL(saved.headers.get("location")!, BASE).pathname).toBe("/en/subscribe/manage");
    expect(await subscriptionByManageToken(manageToken)).toMatchObject({ locale: "en", services: ["webcollect"], paymentMethods: [], subscribed: true });

    // the unsubscribe link of a mail: GET changes nothing, the one-click POST unsubscribes
    const links = await subscriberLinks(subscriber.id);
    expect(links.manageUrl).toMatch(/\/en\/subscribe\/manage\?token=[A-Za-z0-9_-]{43}$/);
    const look = await unsubscribeGet(new Request(links.unsubscribeUrl));
    expect(look.status).toBe(303);
    expect(new URL(look.headers.get("location")!, BASE).pathname).toBe("/en/unsubscribe");
    expect((await db.subscriber.findUniqueOrThrow({ where: { email } })).unsubscribedAt).toBeNull();
    const oneClick = await unsubscribeRoute(new Request(links.unsubscribeUrl, { method: "POST", body: "List-Unsubscribe=One-Click", headers: { "content-type": "application/x-www-form-urlencoded" } }));
    expect(oneClick.status).toBe(200);
    expect((await db.subscriber.findUniqueOrThrow({ where: { email } })).unsubscribedAt).not.toBeNull();
    expect(await told(email)).toBe(false);
    // a second click is no error
    expect((await unsubscribeRoute(new Request(links.unsubscribeUrl, { method: "POST", body: "List-Unsubscribe=One-Click", headers: { "content-type": "application/x-www-form-urlencoded" } }))).status).toBe(200);
  });

  it("a POST without the one-click body unsubscribes nobody", async () => {
    const email = address("noclick");
    await subscribe(email);
    const confirmed = await confirmRoute(form("/api/subscriptions/confirm", { token: (await lastToken(email)).token }));
    const token = new URL(confirmed.headers.get("location")!, BASE).searchParams.get("token")!;
    const answer = await unsubscribeRoute(new Request(`${BASE}/api/subscriptions/unsubscribe?token=${token}`, { method: "POST" }));
    expect(answer.status).toBe(400);
    expect((await db.subscriber.findUniqueOrThrow({ where: { email } })).unsubscribedAt).toBeNull();
  });

  it("a confirmation link works once, and not after 24 hours", async () => {
    const email = address("once");
    await subscribe(email);
    const { token } = await lastToken(email);
    expect((await confirmRoute(form("/api/subscriptions/confirm", { token }))).status).toBe(303);
    const reused = await confirmRoute(form("/api/subscriptions/confirm", { token }, json));
    expect(reused.status).toBe(404);
    expect(((await reused.json()) as { message: string }).message).toContain("有効期限が切れているか、すでに使用されている");

    const late = address("late");
    await subscribe(late);
    const expired = await lastToken(late);
    setClock(new Date(Date.now() + 24 * 3_600_000 + 1_000));
    expect((await confirmRoute(form("/api/subscriptions/confirm", { token: expired.token }))).status).toBe(404);
    expect((await db.subscriber.findUniqueOrThrow({ where: { email: late } })).confirmedAt).toBeNull();
    // a token nobody issued, and none at all
    expect((await confirmRoute(form("/api/subscriptions/confirm", { token: "A".repeat(43) }))).status).toBe(404);
    expect((await confirmRoute(form("/api/subscriptions/confirm", {}))).status).toBe(400);
  });

  it("answers an address already subscribed as any other, and mails it a link to its settings instead", async () => {
    const email = address("twice");
    const first = await subscribe(email);
    await confirmRoute(form("/api/subscriptions/confirm", { token: (await lastToken(email)).token }));
    const again = await subscribe(email, { locale: "en", services: ["webcollect"] });
    expect(again.status).toBe(first.status);
    expect(await again.text()).toBe(await first.text());
    const mail = await lastToken(email);
    expect(mail.subject).toBe("【クロネコwebコレクト】メール配信のご登録について");
    expect(mail.raw).toContain(`/subscribe/manage?token=${mail.token}`);
    // the request did not change the confirmed subscriber's settings
    expect(await db.subscriber.findUniqueOrThrow({ where: { email }, include: { services: true } })).toMatchObject({ locale: "ja", services: [] });
  });

  it("refuses bad input field by field and stores nothing", async () => {
    const before = await db.subscriber.count();
    const requestsBefore = await db.subscriptionRequest.count();
    const bad = await subscribe("not-an-address");
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ errors: { email: "メールアドレスの形式が正しくありません（例：name@example.co.jp）。" } });
    const unknown = await subscribe(address("unknown"), { locale: "en", services: ["webcollect", "no-such-service"], channels: ["nope"] });
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ errors: { services: "These cannot be chosen: no-such-service", channels: "These cannot be chosen: nope" } });
    const noLocale = await subscribeRoute(form("/api/subscriptions", { email: address("x"), locale: "fr" }, json));
    expect(await noLocale.json()).toMatchObject({ errors: { locale: "メールの言語を選んでください。" } });
    // without JavaScript: the same refusal as a page
    const page = await subscribeRoute(form("/api/subscriptions", { email: "nope", locale: "en" }));
    expect(page.status).toBe(400);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await page.text()).toContain("<li>Enter a valid e-mail address (e.g. name@example.com).</li>");
    const notForm = await subscribeRoute(new Request(`${BASE}/api/subscriptions`, { method: "POST", body: "x", headers: { "content-type": "text/plain" } }));
    expect(notForm.status).toBe(400);
    expect(await db.subscriber.count()).toBe(before);
    expect(await db.subscriptionRequest.count()).toBe(requestsBefore);
  });

  it("limits mails to one address to 3 an hour, and requests from one client to 10", async () => {
    const email = address("limited");
    for (let i = 0; i < subscriptionLimits.perEmail; i++) expect((await subscribe(email)).status).toBe(202);
    const refused = await subscribe(email);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("3600");
    expect(await refused.json()).toMatchObject({ message: "このアドレスへの確認メールは、1時間に3通までです。届いたメールをご確認いただくか、時間をおいてお試しください。" });
    expect(await db.caughtMail.count({ where: { recipients: { has: email } } })).toBe(subscriptionLimits.perEmail);
    // an hour later the address may ask again
    setClock(new Date(Date.now() + 3_600_000 + 1_000));
    expect((await subscribe(email)).status).toBe(202);
    setClock(null);

    const from = nextClient();
    for (let i = 0; i < subscriptionLimits.perAddress; i++) expect((await subscribe(address(`many${i}`), {}, from)).status).toBe(202);
    const crowd = await subscribe(address("many-last"), {}, from);
    expect(crowd.status).toBe(429);
    expect(await db.subscriber.findUnique({ where: { email: address("many-last") } })).toBeNull();
  });

  it("the manage form refuses an unknown catalog key and a token nobody issued, changing nothing", async () => {
    const email = address("manage");
    await subscribe(email, { services: ["webcollect"] });
    const confirmed = await confirmRoute(form("/api/subscriptions/confirm", { token: (await lastToken(email)).token }));
    const token = new URL(confirmed.headers.get("location")!, BASE).searchParams.get("token")!;
    const bad = await manageRoute(form("/api/subscriptions/manage", { token, locale: "ja", services: [], paymentMethods: ["no-such-method"] }, json));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ errors: { paymentMethods: "次の項目は選べません：no-such-method" } });
    expect(await subscriptionByManageToken(token)).toMatchObject({ services: ["webcollect"], paymentMethods: [] });
    expect((await manageRoute(form("/api/subscriptions/manage", { token: "B".repeat(43), locale: "ja" }))).status).toBe(404);
  });
});
