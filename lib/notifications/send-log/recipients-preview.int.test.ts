import { beforeAll, describe, expect, it } from "vitest";
import { affectedForRevision } from "@/lib/affected/read";
import { db } from "@/lib/db";
import { seed } from "@/prisma/seed";
import * as notice001 from "@/prisma/seed/notice-001";
import { groupRecipients, recipientsPreview } from "./recipients-preview";

// "Who will be told" reads the lead's recipientsForRevision (the list the outbox writes)
// and groups it by merchant; a backfill or a 表記修正 tells nobody whatever the contracts say.
const tag = `rp${Date.now().toString(36)}`;
let revisionId = "";

beforeAll(async () => {
  await seed();
  const notice = await db.notice.findUniqueOrThrow({ where: { slug: notice001.slug }, include: { revisions: { where: { status: "PUBLISHED" } } } });
  revisionId = notice.revisions[0]!.id;
});

describe("who will be told", () => {
  it("names each contracted merchant once with its addresses and webhooks, and counts subscribers apart", async () => {
    const impact = await affectedForRevision(revisionId);
    const service = impact!.result.affected.services[0];
    if (!service) throw new Error("the reference notice stops a service");
    const serviceId = (await db.service.findUniqueOrThrow({ where: { key: service } })).id;
    const merchant = await db.merchant.create({
      data: {
        code: `A-${tag}`,
        nameJa: "告知商店",
        contacts: { create: [{ email: `tech-${tag}@a.test`, purpose: "TECHNICAL" }, { email: `biz-${tag}@a.test`, purpose: "BUSINESS" }] },
        services: { create: [{ serviceId }] },
        webhooks: { create: [{ url: `https://a.test/${tag}`, secret: "s" }] },
      },
    });
    await db.merchant.create({ data: { code: `B-${tag}`, nameJa: "無関係商店", contacts: { create: [{ email: `b-${tag}@b.test` }] } } });
    const preview = await recipientsPreview(revisionId, { backfill: false });
    expect(preview.silent).toBeNull();
    expect(preview.merchants.find((m) => m.code === `A-${tag}`)).toEqual({
      merchantId: merchant.id,
      code: `A-${tag}`,
      nameJa: "告知商店",
      nameEn: null,
      addresses: expect.arrayContaining([`tech-${tag}@a.test`, `biz-${tag}@a.test`]),
      webhooks: [`https://a.test/${tag}`],
    });
    expect(preview.merchants.some((m) => m.code === `B-${tag}`)).toBe(false);
    expect(preview.addresses).toBe(preview.merchants.reduce((n, m) => n + m.addresses.length, 0));
  });

  it("a backfill tells nobody, whoever is contracted", async () => {
    expect(await recipientsPreview(revisionId, { backfill: true })).toEqual({ silent: "backfill", merchants: [], addresses: 0, subscribers: 0, webhooks: 0 });
  });

  it("groups the recipients list by merchant", () => {
    const merchant = { code: "M1", nameJa: "一", nameEn: null };
    const grouped = groupRecipients([
      { channel: "EMAIL", address: "a@m1.test", locale: "ja", merchantId: "m1", subscriberId: null, webhookId: null, merchant },
      { channel: "WEBHOOK", address: "https://m1.test/h", locale: "ja", merchantId: "m1", subscriberId: null, webhookId: "w1", merchant },
      { channel: "EMAIL", address: "b@m1.test", locale: "ja", merchantId: "m1", subscriberId: null, webhookId: null, merchant },
      { channel: "EMAIL", address: "reader@x.test", locale: "en", merchantId: null, subscriberId: "s1", webhookId: null, merchant: null },
    ]);
    expect(grouped).toEqual({
      merchants: [{ merchantId: "m1", code: "M1", nameJa: "一", nameEn: null, addresses: ["a@m1.test", "b@m1.test"], webhooks: ["https://m1.test/h"] }],
      addresses: 2,
      subscribers: 1,
      webhooks: 1,
    });
  });
});
