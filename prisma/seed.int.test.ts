import { beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { seed } from "./seed";
import { revisionInclude } from "@/lib/notices/published/queries";
import { revisionContent } from "@/lib/notices/content/read";
import { revisionContentSchema } from "@/lib/notices/content/schema";
import * as notice000 from "./seed/notice-000";
import * as notice001 from "./seed/notice-001";

// as `npm start` does with the password it generated into .data/dev-password
const developmentPassword = `dev-${crypto.randomUUID()}`;

beforeAll(async () => {
  await seed({ developmentPassword });
});

async function tableCounts() {
  const [notices, revisions, cells, refs, users, audits, services, carried, impacts] = await Promise.all([
    db.notice.count(),
    db.revision.count(),
    db.impactCell.count(),
    db.impactCellRef.count(),
    db.user.count(),
    db.auditEvent.count(),
    db.service.count(),
    Promise.all([db.servicePaymentMethod.count(), db.channelPaymentMethod.count()]),
    db.revisionImpact.count(),
  ]);
  return { notices, revisions, cells, refs, users, audits, services, carried, impacts };
}

describe("seed", () => {
  it("is idempotent: a second run adds nothing", async () => {
    const before = await tableCounts();
    expect(await seed()).toEqual([]);
    expect(await tableCounts()).toEqual(before);
  });

  it("imports the demo merchants into the empty directory through the import (audited), and never again", async () => {
    const merchants = await db.merchant.findMany({ where: { code: { startsWith: "DEMO-" } }, include: { paymentMethods: { include: { paymentMethod: true } } }, orderBy: { code: "asc" } });
    expect(merchants.map((m) => [m.code, m.locale, m.paymentMethods.map((p) => p.paymentMethod.key).sort()])).toEqual([
      ["DEMO-0001", "ja", ["convenience-store", "credit-card"]],
      ["DEMO-0002", "ja", ["credit-card"]],
      ["DEMO-0003", "en", ["carrier", "credit-card"]],
      ["DEMO-0004", "ja", ["kuroneko-pay"]],
      ["DEMO-0005", "ja", ["bank-transfer"]],
    ]);
    expect(await db.auditEvent.count({ where: { action: "merchant.import", actorLabel: "seed" } })).toBe(1);
  });

  it("records what each service offers and each channel carries, as prisma/seed/catalog.ts says", async () => {
    const carried = async (rows: { key: string; paymentMethods: { paymentMethod: { key: string; sortOrder: number } }[] }[]) =>
      Object.fromEntries(rows.map((r) => [r.key, r.paymentMethods.map((p) => p.paymentMethod).sort((a, b) => a.sortOrder - b.sortOrder).map((p) => p.key)]));
    const include = { paymentMethods: { include: { paymentMethod: true } } };
    expect(await carried(await db.service.findMany({ include }))).toEqual({
      webcollect: ["credit-card", "convenience-store", "carrier", "kuroneko-pay"],
      atobarai: ["credit-card", "convenience-store", "kuroneko-pay", "au-easy-payment", "bank-transfer"],
    });
    expect(await carried(await db.channel.findMany({ include }))).toEqual({
      "link-payment-page": ["credit-card", "convenience-store", "carrier", "kuroneko-pay"],
      "token-embedded": ["credit-card"],
      api: ["credit-card", "convenience-store", "carrier", "kuroneko-pay"],
      "token-modal": ["credit-card"],
      "kuroneko-pay-modal": ["kuroneko-pay"],
      "merchant-console": [],
      "test-environment": [],
    });
  });

  it("never adds to what a channel already carries (an admin's choice stays)", async () => {
    const modal = await db.channel.findUniqueOrThrow({ where: { key: "token-modal" } });
    const carrier = await db.paymentMethod.findUniqueOrThrow({ where: { key: "carrier" } });
    const card = await db.paymentMethod.findUniqueOrThrow({ where: { key: "credit-card" } });
    await db.$transaction([
      db.channelPaymentMethod.delete({ where: { channelId_paymentMethodId: { channelId: modal.id, paymentMethodId: card.id } } }),
      db.channelPaymentMethod.create({ data: { channelId: modal.id, paymentMethodId: carrier.id } }),
    ]);
    try {
      await seed();
      const now = await db.channelPaymentMethod.findMany({ where: { channelId: modal.id }, select: { paymentMethodId: true } });
      expect(now).toEqual([{ paymentMethodId: carrier.id }]);
    } finally {
      await db.$transaction([
        db.channelPaymentMethod.deleteMany({ where: { channelId: modal.id } }),
        db.channelPaymentMethod.create({ data: { channelId: modal.id, paymentMethodId: card.id } }),
      ]);
    }
  });

  it("stores notice 000 as two published revisions: 6/22 and the 7/23 addendum", async () => {
    const notice = await db.notice.findUniqueOrThrow({
      where: { slug: notice000.slug },
      include: { revisions: { orderBy: { number: "asc" }, include: { amendment: true, sections: { orderBy: [{ kind: "asc" }, { position: "asc" }] } } } },
    });
    expect(notice.state).toBe("PUBLISHED");
    expect(notice.kind).toBe("SCHEDULED");
    const [first, second] = notice.revisions;
    expect(notice.revisions).toHaveLength(2);
    expect(first!.status).toBe("SUPERSEDED");
    expect(first!.publishedAt).toEqual(new Date("2019-06-22T01:00:00Z"));
    expect(first!.amendment).toBeNull();
    expect(first!.sections.map((s) => s.key)).toEqual(["content", "target", "future", "contact", "attachment-1"]);
    expect(second!.status).toBe("PUBLISHED");
    expect(second!.backfill).toBe(true);
    expect(second!.publishedAt).toEqual(new Date("2019-07-23T01:00:00Z"));
    expect(second!.amendment).toMatchObject({ type: "ADDENDUM", sectionKeys: ["delays"] });
    expect(second!.sections.map((s) => s.key)).toEqual(["content", "target", "delays", "future", "contact", "attachment-1"]);
    expect(second!.hasKi).toBe(true);
    expect(second!.hasIjo).toBe(false);
    // the title is stored without its derived suffix
    expect(second!.titleJa).toBe("「クロネコwebコレクト」定期システムメンテナンス実施(7/29)のお知らせ");
  });

  it("reads back exactly the content it was given (write and read are inverse)", async () => {
    for (const [slug, content] of [
      [notice000.slug, notice000.revision2],
      [notice001.slug, notice001.revision1],
    ] as const) {
      const revision = await db.revision.findFirstOrThrow({ where: { status: "PUBLISHED", notice: { slug } }, include: revisionInclude });
      const read = revisionContent(revision);
      const expected = revisionContentSchema.parse(content);
      // published cells carry frozen labels where the seed left them to the catalog
      const withoutFrozenLabels = (c: typeof read) =>
        JSON.parse(JSON.stringify(c, (key, value) => (key === "label" ? undefined : value)));
      expect(withoutFrozenLabels(read)).toEqual(withoutFrozenLabels(expected));
    }
  });

  it("keeps windows as UTC instants", async () => {
    const windows = await db.maintenanceWindow.findMany({
      where: { revision: { status: "PUBLISHED", notice: { slug: { in: [notice000.slug, notice001.slug] } } } },
      orderBy: { startsAt: "asc" },
    });
    expect(windows.map((w) => [w.startsAt.toISOString(), w.endsAt.toISOString()])).toEqual([
      ["2019-07-28T17:00:00.000Z", "2019-07-28T22:00:00.000Z"],
      ["2020-04-19T17:00:00.000Z", "2020-04-19T21:00:00.000Z"],
    ]);
  });

  it("stores the impact tables relationally, cells referencing the catalog", async () => {
    const rows = await db.impactRow.findMany({
      where: { table: { block: { section: { revision: { status: "PUBLISHED", notice: { slug: notice001.slug } } } } } },
      orderBy: [{ table: { block: { position: "asc" } } }, { position: "asc" }],
      include: { cells: { include: { column: true, refs: { include: { service: true, paymentMethod: true, channel: true } } } } },
    });
    expect(rows).toHaveLength(9 + 3);
    const unavailableKuronekoPay = rows.filter((r) =>
      r.cells.some((c) => c.refs.some((ref) => ref.paymentMethod?.key === "kuroneko-pay")) && r.cells.some((c) => c.availability === "UNAVAILABLE"),
    );
    expect(unavailableKuronekoPay).toHaveLength(2);
    const available = rows.filter((r) => r.cells.some((c) => c.availability === "AVAILABLE"));
    expect(available.flatMap((r) => r.cells.flatMap((c) => c.refs.map((ref) => ref.paymentMethod?.key)).filter(Boolean))).toEqual([
      "au-easy-payment",
      "bank-transfer",
    ]);
  });

  it("answers 'which notices affect クロネコペイ?' with a query", async () => {
    const refs = await db.impactCellRef.findMany({
      where: { channel: { key: "kuroneko-pay-modal" }, cell: { row: { table: { block: { section: { revision: { status: "PUBLISHED" } } } } } } },
      select: { cell: { select: { row: { select: { table: { select: { block: { select: { section: { select: { revision: { select: { notice: { select: { slug: true } } } } } } } } } } } } } } },
    });
    const slugs = new Set(refs.map((r) => r.cell.row.table.block.section.revision.notice.slug));
    expect([...slugs]).toEqual([notice000.slug]);
  });

  it("numbers footnotes per block: section 1 and the table each have their own ※1", async () => {
    const footnotes = await db.footnote.findMany({
      where: { block: { section: { revision: { status: "PUBLISHED", notice: { slug: notice000.slug } } } } },
      include: { block: { include: { section: true } } },
      orderBy: [{ block: { section: { position: "asc" } } }, { position: "asc" }],
    });
    expect(footnotes.map((f) => [f.block.section.key, f.position, f.key])).toEqual([
      ["content", 0, "pci-dss"],
      ["content", 1, "security-patch"],
      ["target", 0, "test-environment"],
    ]);
  });

  it("stores the error code once per revision, in the screen settings", async () => {
    const screens = await db.screenSettings.findMany({ where: { revision: { status: "PUBLISHED" } } });
    expect(screens.map((s) => s.errorCode)).toEqual(["Z010000000", "Z010000000"]);
    const literal = await db.block.count({ where: { OR: [{ bodyJa: { contains: "Z0100" } }] } });
    expect(literal).toBe(0);
    const cells = await db.impactCell.count({ where: { textJa: { contains: "Z0100" } } });
    expect(cells).toBe(0);
  });

  it("freezes the contact: 000 keeps 営業時間 while the record now says 受付時間", async () => {
    const contact = await db.contact.findUniqueOrThrow({ where: { key: "customer-service" } });
    expect(contact.hoursLabelJa).toBe("受付時間");
    const rev000 = await db.revision.findFirstOrThrow({ where: { status: "PUBLISHED", notice: { slug: notice000.slug } } });
    const rev001 = await db.revision.findFirstOrThrow({ where: { status: "PUBLISHED", notice: { slug: notice001.slug } } });
    expect(rev000.contactSnapshot).toMatchObject({ hoursLabelJa: "営業時間", phone: "03-6671-8080", freeDial: "0120-69-5090" });
    expect(rev001.contactSnapshot).toMatchObject({ hoursLabelJa: "受付時間" });
    expect(rev001.issuerSnapshot).toMatchObject({ nameJa: "ヤマトフィナンシャル株式会社" });
  });

  it("records backfills in the send log as notifying nobody, and audits each step", async () => {
    const logs = await db.sendLog.findMany({ where: { notice: { slug: { in: [notice000.slug, notice001.slug] } } } });
    expect(logs).toHaveLength(3);
    expect(logs.every((l) => l.status === "SKIPPED" && l.reason === "backfill")).toBe(true);
    const actions = await db.auditEvent.findMany({ where: { noticeId: { not: null } }, select: { action: true } });
    const count = (a: string) => actions.filter((x) => x.action === a).length;
    expect(count("revision.publish")).toBeGreaterThanOrEqual(3);
    expect(count("revision.approve")).toBeGreaterThanOrEqual(3);
  });

  it("creates one staff user per role with the development password it was given, as argon2id", async () => {
    const users = await db.user.findMany({ where: { email: { endsWith: "@example.com" } }, orderBy: { email: "asc" } });
    expect(users.map((u) => [u.email, u.roles])).toEqual([
      ["admin@example.com", ["ADMIN"]],
      ["approver@example.com", ["EDITOR", "APPROVER"]],
      ["editor@example.com", ["EDITOR"]],
    ]);
    expect(users.every((u) => u.passwordHash?.startsWith("$argon2id$"))).toBe(true);
    for (const u of users) expect(await verifyPassword(u.passwordHash!, developmentPassword)).toBe(true);
  });

  it("gives the staff users a new development password when the local one changed, ending their sessions", async () => {
    const before = await db.user.findMany({ where: { email: { endsWith: "@example.com" } }, orderBy: { email: "asc" } });
    const renewed = `dev-${crypto.randomUUID()}`;
    expect(await seed({ developmentPassword: renewed })).toEqual([]);
    const after = await db.user.findMany({ where: { email: { endsWith: "@example.com" } }, orderBy: { email: "asc" } });
    for (const [i, u] of after.entries()) {
      expect(await verifyPassword(u.passwordHash!, renewed)).toBe(true);
      expect(await verifyPassword(u.passwordHash!, developmentPassword)).toBe(false);
      expect(u.sessionVersion).toBe(before[i]!.sessionVersion + 1);
    }
    // the same password again: nothing changes
    await seed({ developmentPassword: renewed });
    expect((await db.user.findMany({ where: { email: { endsWith: "@example.com" } }, orderBy: { email: "asc" } })).map((u) => u.passwordHash)).toEqual(after.map((u) => u.passwordHash));
    // without a password (a deployment) the seed sets none and keeps what is there
    await seed({});
    expect((await db.user.findMany({ where: { email: { endsWith: "@example.com" } }, orderBy: { email: "asc" } })).map((u) => u.passwordHash)).toEqual(after.map((u) => u.passwordHash));
  });
});
