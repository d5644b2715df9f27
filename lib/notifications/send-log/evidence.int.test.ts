import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seed } from "@/prisma/seed";
import * as notice001 from "@/prisma/seed/notice-001";
import { noticeEvidence, type MessageEvidence } from "./evidence";

// A notice's evidence is counted from its send log rows. Other files may log rows for
// the same seeded notice, so each check compares the counts before and after its own rows.
const tag = `ev${Date.now().toString(36)}`;
let noticeId = "";

beforeAll(async () => {
  await seed();
  noticeId = (await db.notice.findUniqueOrThrow({ where: { slug: notice001.slug } })).id;
});

const zero: Omit<MessageEvidence, "event" | "windowKey" | "firstAt"> = { merchantsMailed: 0, subscribersMailed: 0, webhooksSent: 0, queued: 0, failed: 0, suppressed: 0, skipped: [] };
async function publication(revisionNumber: number) {
  const [revision] = await noticeEvidence(noticeId, revisionNumber);
  const message = revision?.messages.find((m) => m.event === "PUBLICATION");
  return message ? { ...zero, ...message } : { ...zero };
}

describe("a notice's evidence", () => {
  it("counts merchants mailed (each once, whatever their addresses), subscribers, webhooks, failures and pending rows", async () => {
    const revision = await db.revision.findFirstOrThrow({ where: { noticeId, number: 1 } });
    const before = await publication(1);
    const [a, b] = await Promise.all([1, 2].map((i) => db.merchant.create({ data: { code: `${tag}-${i}`, nameJa: `証跡${i}` } })));
    const subscriber = await db.subscriber.create({ data: { email: `s-${tag}@reader.test`, confirmedAt: new Date() } });
    const row = (data: Record<string, unknown>) => ({ noticeId, revisionId: revision.id, channel: "EMAIL" as const, status: "SENT" as const, ...data });
    await db.sendLog.createMany({
      data: [
        row({ merchantId: a!.id, recipient: `tech-${tag}@a.test` }),
        row({ merchantId: a!.id, recipient: `biz-${tag}@a.test` }),
        row({ merchantId: b!.id, recipient: `${tag}@b.test` }),
        row({ subscriberId: subscriber.id, recipient: subscriber.email }),
        row({ merchantId: a!.id, channel: "WEBHOOK", recipient: `https://a.test/${tag}` }),
        row({ merchantId: b!.id, recipient: `late-${tag}@b.test`, status: "FAILED" }),
        row({ merchantId: b!.id, recipient: `q-${tag}@b.test`, status: "QUEUED" }),
        row({ merchantId: b!.id, recipient: `x-${tag}@b.test`, status: "SUPPRESSED" }),
      ],
    });
    const after = await publication(1);
    expect({
      merchantsMailed: after.merchantsMailed - before.merchantsMailed,
      subscribersMailed: after.subscribersMailed - before.subscribersMailed,
      webhooksSent: after.webhooksSent - before.webhooksSent,
      failed: after.failed - before.failed,
      queued: after.queued - before.queued,
      suppressed: after.suppressed - before.suppressed,
    }).toEqual({ merchantsMailed: 2, subscribersMailed: 1, webhooksSent: 1, failed: 1, queued: 1, suppressed: 1 });
  });

  it("says why nobody was told, and lists the revisions newest first with their numbers", async () => {
    const revisions = await noticeEvidence(noticeId);
    expect(revisions.map((r) => r.number)).toEqual([...revisions.map((r) => r.number)].sort((x, y) => y - x));
    const latest = revisions[0]!;
    await db.sendLog.create({ data: { noticeId, revisionId: latest.id, event: "REMINDER", channel: "EMAIL", status: "SKIPPED", reason: "no-recipients" } });
    const [again] = await noticeEvidence(noticeId, latest.number);
    expect(again!.messages.find((m) => m.event === "REMINDER")?.skipped).toContain("no-recipients");
  });
});
