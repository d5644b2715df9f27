// What a publication stores about what it stops, against real PostgreSQL: written once by
// publishRevision, the only source of the listing's keys, frozen with the revision.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { revisionInclude } from "@/lib/notices/published/queries";
import { revisionContent } from "@/lib/notices/content/read";
import { seed } from "@/prisma/seed";
import * as notice000 from "@/prisma/seed/notice-000";
import * as notice001 from "@/prisma/seed/notice-001";
import { draftNotice, minimalContent, publishedNotice } from "@/test/db-helpers";
import { deriveAffected } from "./derive-affected";
import { affectedForRevision } from "./read";
import { loadAffectedCatalog } from "./store";

beforeAll(async () => {
  await seed();
});

const current = (slug: string) => db.revision.findFirstOrThrow({ where: { status: "PUBLISHED", notice: { slug } }, include: revisionInclude });
const catalogNow = () => db.$transaction((tx) => loadAffectedCatalog(tx));

const publishNew = (content = minimalContent()) => publishedNotice(content);

/** Content whose window stops the token modal (card) with a screen on it. */
const modalContent = () =>
  minimalContent(48, {
    windows: [{ key: "main", startsAt: new Date(Date.now() + 48 * 3_600_000).toISOString(), endsAt: new Date(Date.now() + 50 * 3_600_000).toISOString(), channelKeys: ["token-modal"] }],
  });

describe("publication stores what the revision affects", () => {
  it.each([notice000.slug, notice001.slug])("%s: the stored result is the function's, and the listing's keys are its affected keys", async (slug) => {
    const revision = await current(slug);
    const expected = deriveAffected(revisionContent(revision), await catalogNow());
    const stored = await affectedForRevision(revision.id);
    expect(stored?.result).toEqual(expected);
    const listing = await db.noticeListing.findUniqueOrThrow({ where: { revisionId: revision.id } });
    expect({ services: listing.serviceKeys, paymentMethods: listing.paymentMethodKeys, channels: listing.channelKeys }).toEqual({
      services: expected.affected.services,
      paymentMethods: expected.affected.paymentMethods,
      channels: expected.affected.channels,
    });
  });

  it("every published revision of the seed has one, superseded ones included", async () => {
    const revisions = await db.revision.findMany({ where: { status: { in: ["PUBLISHED", "SUPERSEDED"] } }, select: { id: true, impact: { select: { revisionId: true } } } });
    expect(revisions.length).toBeGreaterThanOrEqual(3);
    expect(revisions.filter((r) => !r.impact)).toEqual([]);
  });

  it("freezes the catalog names and what the catalog carried at publication (Decision 2)", async () => {
    const { revision } = await publishNew(modalContent());
    const before = await affectedForRevision(revision.id);
    expect(before).toMatchObject({ result: { affected: { paymentMethods: ["credit-card"] } }, names: { paymentMethods: { "credit-card": { ja: "クレジットカード払い" } } } });
    const card = await db.paymentMethod.findUniqueOrThrow({ where: { key: "credit-card" } });
    const modal = await db.channel.findUniqueOrThrow({ where: { key: "token-modal" } });
    const carrier = await db.paymentMethod.findUniqueOrThrow({ where: { key: "carrier" } });
    await db.paymentMethod.update({ where: { id: card.id }, data: { nameJa: "カード払い（改称）" } });
    await db.channelPaymentMethod.create({ data: { channelId: modal.id, paymentMethodId: carrier.id } });
    try {
      expect(await affectedForRevision(revision.id)).toEqual(before);
      const listing = await db.noticeListing.findUniqueOrThrow({ where: { revisionId: revision.id } });
      expect(listing.paymentMethodKeys).toEqual(["credit-card"]);
    } finally {
      await db.paymentMethod.update({ where: { id: card.id }, data: { nameJa: card.nameJa } });
      await db.channelPaymentMethod.delete({ where: { channelId_paymentMethodId: { channelId: modal.id, paymentMethodId: carrier.id } } });
    }
  });
});

describe("the database enforces it", () => {
  it("refuses a revision published without its RevisionImpact", async () => {
    const { notice, revision } = await draftNotice();
    const bypass = db.revision.update({ where: { id: revision.id }, data: { status: "PUBLISHED", number: 1, publishedAt: new Date() } });
    await expect(bypass).rejects.toThrow(`revision ${revision.id} cannot be published without its RevisionImpact`);
    expect(await db.noticeListing.findUnique({ where: { noticeId: notice.id } })).toBeNull();
  });

  it("refuses to change or delete the RevisionImpact of a published revision", async () => {
    const revision = await current(notice001.slug);
    const tampered = db.revisionImpact.update({ where: { revisionId: revision.id }, data: { result: { ...(revision.impact!.result as object), audiences: ["buyers"] } } });
    await expect(tampered).rejects.toThrow(`RevisionImpact of published revision ${revision.id} is immutable`);
    await expect(db.revisionImpact.delete({ where: { revisionId: revision.id } })).rejects.toThrow(`RevisionImpact of published revision ${revision.id} is immutable`);
    expect((await affectedForRevision(revision.id))?.result.audiences).toEqual([]);
  });

  it("refuses a result without the key arrays the listing copies", async () => {
    const { revision } = await draftNotice();
    const malformed = db.revisionImpact.create({ data: { revisionId: revision.id, result: { channels: [], services: [], paymentMethods: [] }, names: {} } });
    await expect(malformed).rejects.toThrow("RevisionImpact_result_shape");
  });

  it("the migration refuses a database whose published revisions it cannot give one", async () => {
    const dir = fs.readdirSync("prisma/migrations").find((d) => d.endsWith("_affected_impact"))!;
    const sql = fs.readFileSync(path.join("prisma/migrations", dir, "migration.sql"), "utf8");
    const refusal = sql.slice(sql.indexOf("DO $$"), sql.indexOf("END $$;") + "END $$;".length);
    expect(refusal).toContain("RAISE EXCEPTION");
    // this database has published revisions (the seed's): the migration's first statement stops it
    await expect(db.$executeRawUnsafe(refusal)).rejects.toThrow(/this database holds \d+ published revisions without a RevisionImpact/);
  });
});
