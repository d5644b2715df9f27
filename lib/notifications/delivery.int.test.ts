// Delivery end to end against real PostgreSQL, a real SMTP server and a real HTTPS
// receiver on loopback, with the worker as its own process (what `npm run worker` runs):
// a publication tells exactly the matching merchants, once each, with a stable
// Message-ID; amendments tell again, 表記修正 does not; webhooks are signed as documented;
// retries, bounces, a rolled-back publication and a worker killed mid-batch.
// Recipients are this file's own (a unique tag in every address, code and catalog key):
// other files' merchants and subscribers also hear of these notices, and are ignored here.
import { createHmac, randomUUID } from "node:crypto";
import type { ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seed } from "@/prisma/seed";
import { as, draftNotice, minimalContent, publishedAmendment, publishedNotice, submitAndApprove, versionOf } from "@/lib/notices/commands/test-support";
import { openApiDocument } from "@/lib/api/openapi";
import { publishRevision } from "@/lib/notices/commands";
import { checkSchema } from "@/test/json-schema-check";
import { deliverSendLog } from "./worker/deliver";
import { eventually, startSmtpServer, startWebhookReceiver, startWorkerProcess, stopWorkerProcess } from "@/test/delivery-servers";

const tag = randomUUID().slice(0, 8);
const key = (name: string) => `${name}-${tag}`;
const domain = `${tag}.example.com`;
const address = (local: string) => `${local}@${domain}`;
const SITE_HOST = "notices.example.jp";

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let hooks: Awaited<ReturnType<typeof startWebhookReceiver>>;
let worker: ChildProcess | null = null;
let workerEnv: Record<string, string>;
let webhookSecret: string;
const hookPath = `/hook-${tag}`;

/** A notice whose one window stops this file's payment page (so its service and card). */
const stopsPage = (overrides = {}) =>
  minimalContent(48, { windows: [{ key: "main", startsAt: new Date(Date.now() + 48 * 3_600_000).toISOString(), endsAt: new Date(Date.now() + 50 * 3_600_000).toISOString(), channelKeys: [key("page")] }], ...overrides });

async function merchant(code: string, contract: { channelId?: string; serviceId?: string }, emails: string[]) {
  return db.merchant.create({
    data: {
      code: `${code}-${tag}`,
      nameJa: `加盟店${code}`,
      channels: { create: contract.channelId ? [{ channelId: contract.channelId }] : [] },
      services: { create: contract.serviceId ? [{ serviceId: contract.serviceId }] : [] },
      contacts: { create: emails.map((email, i) => ({ email, purpose: i % 2 ? "BUSINESS" : "TECHNICAL" })) },
    },
  });
}

const mine = (to: string) => to.endsWith(`@${domain}`);
const mailsTo = (to: string) => smtp.received.filter((m) => m.envelopeTo.includes(to));
const myHooks = () => hooks.received.filter((h) => typeof h.headers["webhook-id"] === "string");
const rowsOf = (revisionId: string) => db.sendLog.findMany({ where: { revisionId, OR: [{ recipient: { endsWith: `@${domain}` } }, { recipient: { contains: hookPath } }, { recipient: null }] }, orderBy: { recipient: "asc" } });

async function settled(revisionId: string) {
  return eventually(async () => {
    const rows = await rowsOf(revisionId);
    return rows.length && rows.every((r) => r.status !== "QUEUED") ? rows : null;
  }, 30_000, `the send log of ${revisionId} to settle`);
}

function startWorker(extra: Record<string, string> = {}) {
  const started = startWorkerProcess({ ...workerEnv, ...extra });
  worker = started.child;
  return started;
}

beforeAll(async () => {
  await seed();
  smtp = await startSmtpServer();
  hooks = await startWebhookReceiver();
  const service = await db.service.create({ data: { key: key("svc"), nameJa: "テスト決済" } });
  const other = await db.service.create({ data: { key: key("other"), nameJa: "別サービス" } });
  const card = await db.paymentMethod.create({ data: { key: key("card"), nameJa: "カード" } });
  const page = await db.channel.create({ data: { key: key("page"), type: "PAYMENT_PAGE", serviceId: service.id, nameJa: "決済画面", paymentMethods: { create: [{ paymentMethodId: card.id }] } } });
  const a = await merchant("A", { channelId: page.id }, [address("a-tech"), address("a-biz")]);
  await merchant("B", { serviceId: service.id }, [address("b")]);
  await merchant("N", { serviceId: other.id }, [address("not-told")]);
  await merchant("X", { serviceId: service.id }, [address("bounce-x")]);
  webhookSecret = `secret-${tag}`;
  await db.webhook.create({ data: { merchantId: a.id, url: hooks.url(hookPath), secret: webhookSecret } });
  workerEnv = {
    DATABASE_URL: process.env.DATABASE_URL!,
    SMTP_URL: smtp.url,
    MAIL_FROM: `"テスト発行者" <notices@${SITE_HOST}>`,
    PUBLIC_BASE_URL: `https://${SITE_HOST}`,
    NODE_EXTRA_CA_CERTS: hooks.caFile,
    NOTIFY_RETRY_BASE_MS: "300",
    WORKER_POLL_INTERVAL_MS: "200",
    WORKER_SWEEP_INTERVAL_MS: "500",
    WORKER_ABANDONED_AFTER_MS: "500",
    WORKER_CONCURRENCY: "2",
  };
  await startWorker().ready;
}, 120_000);

afterAll(async () => {
  if (worker) await stopWorkerProcess(worker);
  await smtp?.close();
  await hooks?.close();
});

describe("delivery", () => {
  let noticeId: string;
  let firstRevisionId: string;

  it("tells exactly the matching merchants, one mail per address with a stable Message-ID, the configured From, and no List-Unsubscribe for merchants", async () => {
    const { notice, revision } = await publishedNotice(stopsPage());
    noticeId = notice.id;
    firstRevisionId = revision.id;
    const rows = await settled(revision.id);
    const emailRows = rows.filter((r) => r.channel === "EMAIL" && r.recipient && mine(r.recipient));
    expect(emailRows.map((r) => [r.recipient, r.status])).toEqual([
      [address("a-biz"), "SENT"],
      [address("a-tech"), "SENT"],
      [address("b"), "SENT"],
      [address("bounce-x"), "FAILED"],
    ]);
    expect(mailsTo(address("not-told"))).toHaveLength(0);
    for (const row of emailRows.filter((r) => r.status === "SENT")) {
      const mails = mailsTo(row.recipient!);
      expect(mails).toHaveLength(1);
      const mail = mails[0]!.parsed;
      expect(mail.messageId).toBe(`<${row.messageId}@${SITE_HOST}>`);
      expect(mail.from?.value[0]?.address).toBe(`notices@${SITE_HOST}`);
      expect(mail.to && !Array.isArray(mail.to) ? mail.to.value.map((v) => v.address) : []).toEqual([row.recipient]);
      expect(mail.headers.has("list-unsubscribe")).toBe(false);
      expect(row.attempts).toBe(1);
      expect(row.sentAt).not.toBeNull();
    }
  }, 60_000);

  it("does nothing for a row already SENT (a job that runs again never sends twice from our side)", async () => {
    const [sent] = await db.sendLog.findMany({ where: { revisionId: firstRevisionId, recipient: address("b") } });
    expect(sent!.status).toBe("SENT");
    const caught = await db.caughtMail.count();
    expect(await deliverSendLog(sent!.id)).toBe("not-queued");
    expect(await db.caughtMail.count()).toBe(caught);
    expect(mailsTo(address("b"))).toHaveLength(1);
    expect(await db.sendLog.findUniqueOrThrow({ where: { id: sent!.id } })).toMatchObject({ status: "SENT", attempts: 1 });
  });

  it("marks a 550 as FAILED with the server's answer, suppresses the address, and records the next message to it SUPPRESSED", async () => {
    const [bounced] = await db.sendLog.findMany({ where: { revisionId: firstRevisionId, recipient: address("bounce-x") } });
    expect(bounced).toMatchObject({ status: "FAILED", reason: "permanent-failure", attempts: 1 });
    expect(bounced!.lastError).toContain("550");
    const suppression = await db.suppression.findFirst({ where: { address: address("bounce-x"), clearedAt: null } });
    expect(suppression).toMatchObject({ sendLogId: bounced!.id });
    expect(mailsTo(address("bounce-x"))).toHaveLength(0);
  });

  it("signs the webhook as documented (webhook-id, webhook-timestamp, v1 HMAC-SHA256 of id.timestamp.body) with the event id of its send log row", async () => {
    const [row] = await db.sendLog.findMany({ where: { revisionId: firstRevisionId, channel: "WEBHOOK", recipient: { contains: hookPath } } });
    expect(row).toMatchObject({ status: "SENT", attempts: 1 });
    const hook = myHooks().find((h) => h.headers["webhook-id"] === row!.messageId);
    expect(hook).toBeDefined();
    const id = String(hook!.headers["webhook-id"]);
    const timestamp = String(hook!.headers["webhook-timestamp"]);
    const expected = createHmac("sha256", webhookSecret).update(`${id}.${timestamp}.${hook!.body}`).digest("base64");
    expect(hook!.headers["webhook-signature"]).toBe(`v1,${expected}`);
    expect(Math.abs(Date.now() / 1000 - Number(timestamp))).toBeLessThan(120);
    const event = JSON.parse(hook!.body);
    // the body is what the OpenAPI file documents (webhooks: maintenanceNotice)
    const openapi = openApiDocument();
    expect(checkSchema(event, openapi.components.schemas.WebhookEvent, openapi)).toEqual([]);
    expect(event).toMatchObject({ id: row!.messageId, type: "notice.published", revision: { number: 1, amendment: null }, window: null });
    expect(event.affected.channels).toContain(key("page"));
    // a signature made with another secret does not verify
    expect(createHmac("sha256", "another").update(`${id}.${timestamp}.${hook!.body}`).digest("base64")).not.toBe(expected);
  });

  it("tells again on an amendment (one more mail each, new Message-IDs) and not on a 表記修正 (a SKIPPED row, no mail)", async () => {
    const before = new Map([address("a-tech"), address("a-biz"), address("b")].map((a) => [a, mailsTo(a).length]));
    const amended = await publishedAmendment(noticeId, stopsPage({ amendment: { type: "CHANGE", summary: { ja: "時間を変更しました" } } }));
    const rows = await settled(amended.id);
    for (const [to, count] of before) {
      expect(mailsTo(to)).toHaveLength(count + 1);
      const row = rows.find((r) => r.recipient === to)!;
      expect(mailsTo(to).at(-1)!.parsed.messageId).toBe(`<${row.messageId}@${SITE_HOST}>`);
    }
    // the suppressed address is not tried again
    expect(rows.find((r) => r.recipient === address("bounce-x"))).toMatchObject({ status: "SUPPRESSED", attempts: 0 });

    const counts = () => [address("a-tech"), address("a-biz"), address("b")].map((a) => mailsTo(a).length);
    const afterAmendment = counts();
    const hooksBefore = myHooks().length;
    const editorial = await publishedAmendment(noticeId, stopsPage({ amendment: { type: "EDITORIAL", summary: { ja: "誤字の修正" } } }));
    expect(await db.sendLog.findMany({ where: { revisionId: editorial.id }, select: { status: true, reason: true } })).toEqual([{ status: "SKIPPED", reason: "editorial" }]);
    await new Promise((r) => setTimeout(r, 1500));
    expect(counts()).toEqual(afterAmendment);
    expect(myHooks().length).toBe(hooksBefore);
  }, 60_000);

  it("retries a webhook receiver that fails three times: delivered once it answers 2xx, one event id throughout, attempts 4", async () => {
    hooks.control.failNext = 3;
    const { revision } = await publishedNotice(stopsPage());
    const rows = await settled(revision.id);
    const row = rows.find((r) => r.channel === "WEBHOOK")!;
    expect(row).toMatchObject({ status: "SENT", attempts: 4 });
    const calls = hooks.received.filter((h) => h.headers["webhook-id"] === row.messageId);
    expect(calls.map((c) => c.status)).toEqual([503, 503, 503, 204]);
    expect(new Set(calls.map((c) => JSON.parse(c.body).id))).toEqual(new Set([row.messageId]));
  }, 60_000);

  it("leaves neither send log row nor job behind when the publishing transaction rolls back", async () => {
    const { revision } = await draftNotice(stopsPage());
    const { approver } = await submitAndApprove(revision.id);
    let keys: string[] = [];
    const failure = await as(approver, async (c) => {
      await publishRevision(c, { revisionId: revision.id, version: await versionOf(revision.id) });
      // the rows and their jobs exist inside the transaction …
      const inside = await c.tx.$queryRaw<{ key: string }[]>`SELECT j.key FROM graphile_worker.jobs j JOIN "SendLog" s ON s.id = j.key WHERE s."revisionId" = ${revision.id}`;
      keys = inside.map((j) => j.key);
      throw new Error("crash after the publication, before commit");
    }).catch((e: Error) => e);
    expect((failure as Error).message).toBe("crash after the publication, before commit");
    expect(keys.length).toBeGreaterThan(0);
    // … and neither outlives the rollback
    expect(await db.sendLog.count({ where: { revisionId: revision.id } })).toBe(0);
    const jobs = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM graphile_worker.jobs WHERE key = ANY(${keys}::text[])`;
    expect(Number(jobs[0]!.n)).toBe(0);
  });

  it("loses no message when the worker is killed mid-batch (kill -9 while the SMTP server holds its reply); a repeat carries the same Message-ID", async () => {
    await stopWorkerProcess(worker!);
    const many = await Promise.all(Array.from({ length: 6 }, (_, i) => merchant(`K${i}`, { serviceId: undefined, channelId: undefined }, [address(`k${i}`)])));
    const page = await db.channel.findUniqueOrThrow({ where: { key: key("page") } });
    await db.merchantChannel.createMany({ data: many.map((m) => ({ merchantId: m.id, channelId: page.id })) });
    smtp.control.delayMs = 1500;
    const { revision } = await publishedNotice(stopsPage());
    const first = startWorker();
    await first.ready;
    const started = smtp.control.dataStarted;
    await eventually(async () => smtp.control.dataStarted > started, 20_000, "a mail in flight");
    await stopWorkerProcess(first.child, "SIGKILL");
    const sentBeforeKill = await db.sendLog.count({ where: { revisionId: revision.id, status: "SENT" } });
    smtp.control.delayMs = 0;
    const second = startWorker();
    await second.ready;
    const rows = await settled(revision.id);
    // the jobs the killed worker held were handed on by the liveness check, not four hours later
    expect(second.output()).toMatch(/unlocked the jobs of 1 worker\(s\) that are gone/);
    const targets = rows.filter((r) => r.channel === "EMAIL" && r.recipient && mine(r.recipient) && !r.recipient.startsWith("bounce"));
    expect(targets.length).toBe(9);
    expect(sentBeforeKill).toBeLessThan(targets.length);
    for (const row of targets) {
      expect(row.status).toBe("SENT");
      const mails = mailsTo(row.recipient!).filter((m) => m.parsed.messageId === `<${row.messageId}@${SITE_HOST}>`);
      expect(mails.length).toBeGreaterThanOrEqual(1);
      // any repeat is the same message: no mail of this revision to this address with another id
      const ofRevision = mailsTo(row.recipient!).filter((m) => m.parsed.messageId?.startsWith("<publication.") && rows.some((r) => `<${r.messageId}@${SITE_HOST}>` === m.parsed.messageId));
      expect(new Set(ofRevision.map((m) => m.parsed.messageId))).toEqual(new Set([`<${row.messageId}@${SITE_HOST}>`]));
    }
  }, 90_000);
});
