import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ActionContext } from "@/lib/actions/action-client";
import { noticeDetailDocument } from "@/lib/api/documents";
import { db, type Tx } from "@/lib/db";
import { seed } from "@/prisma/seed";
import * as notice000 from "@/prisma/seed/notice-000";
import { loadMaintenanceSnapshot } from "@/lib/maintenance/load";
import { screenView } from "@/lib/maintenance/screen/screen-view";
import { editorCatalog } from "@/lib/notices/editor/load";
import { minimalContent, publishedNotice } from "@/test/db-helpers";
import { saveContact, saveIssuer, saveScreenDefaults } from "./commands";
import { contactMessages } from "./messages";
import { contactSchema, issuerSchema, screenDefaultsSchema } from "./schema";

// Contacts, issuer/brand and screen defaults through each action's run function, against
// the seeded reference notices: editing them never changes a published notice (Decision 2).
let counter = 0;
async function asAdmin<T>(work: (context: ActionContext) => Promise<T>): Promise<T> {
  const admin = await db.user.create({ data: { email: `contacts-admin-${Date.now().toString(36)}-${++counter}@staff.test`, name: "連絡先管理者", roles: ["ADMIN"] } });
  return db.$transaction((tx: Tx) => work({ tx, user: admin, actor: { userId: admin.id } }));
}

type Seeded = { contact: Awaited<ReturnType<typeof db.contact.findUniqueOrThrow>>; issuer: Awaited<ReturnType<typeof db.issuer.findFirstOrThrow>>; screen: Awaited<ReturnType<typeof db.screenDefaults.findFirstOrThrow>> };
let seeded: Seeded;
beforeAll(async () => {
  await seed();
  seeded = {
    contact: await db.contact.findUniqueOrThrow({ where: { key: "customer-service" } }),
    issuer: await db.issuer.findFirstOrThrow(),
    screen: await db.screenDefaults.findFirstOrThrow(),
  };
});
afterAll(async () => {
  // the seeded records back as they were, for the files that run after this one
  const { id: contactId, updatedAt: _c, ...contact } = seeded.contact;
  const { id: issuerId, updatedAt: _i, ...issuer } = seeded.issuer;
  const { id: screenId, updatedAt: _s, ...screen } = seeded.screen;
  await db.contact.update({ where: { id: contactId }, data: contact });
  await db.issuer.update({ where: { id: issuerId }, data: issuer });
  await db.screenDefaults.update({ where: { id: screenId }, data: screen });
});

const published000 = () => db.revision.findFirstOrThrow({ where: { notice: { slug: notice000.slug }, status: "PUBLISHED" }, include: { screen: true } });

describe("published means frozen (Decision 2)", () => {
  it("editing the contact, the issuer and the screen texts leaves notice 000 as it was published, and each edit is audited", async () => {
    const before = { document: (await noticeDetailDocument(notice000.slug))!.body, revision: await published000() };
    const { contact, issuer, screen } = seeded;
    await asAdmin((context) =>
      saveContact(contactSchema.parse({ ...contact, id: contact.id, departmentJa: "新しい窓口", phone: "03-0000-0000", organizationEn: "", departmentEn: "", hoursLabelEn: "" }), context),
    );
    await asAdmin((context) => saveIssuer(issuerSchema.parse({ ...issuer, nameJa: "新社名株式会社", nameEn: "", serviceNameEn: "", copyrightEn: "", postalAddressJa: "", postalAddressEn: "" }), context));
    await asAdmin((context) =>
      saveScreenDefaults(screenDefaultsSchema.parse({ ...screen, headingJa: "新しい見出し", contactLinesJa: "1行目\n2行目", contactLinesEn: "" }), context),
    );
    expect((await db.contact.findUniqueOrThrow({ where: { id: contact.id } })).departmentJa).toBe("新しい窓口");
    expect((await db.issuer.findUniqueOrThrow({ where: { id: issuer.id } })).nameJa).toBe("新社名株式会社");
    expect((await db.screenDefaults.findUniqueOrThrow({ where: { id: screen.id } })).contactLinesJa).toEqual(["1行目", "2行目"]);

    const after = { document: (await noticeDetailDocument(notice000.slug))!.body, revision: await published000() };
    expect(after.revision.contactSnapshot).toEqual(before.revision.contactSnapshot);
    expect(after.revision.issuerSnapshot).toEqual(before.revision.issuerSnapshot);
    expect(after.revision.screen).toEqual(before.revision.screen);
    expect(after.document).toBe(before.document);
    expect(after.document).not.toContain("新しい窓口");
    expect(after.document).not.toContain("新社名株式会社");

    const actions = await db.auditEvent.findMany({ where: { entityId: { in: [contact.id, issuer.id, screen.id] }, actor: { email: { startsWith: "contacts-admin-" } } }, select: { action: true } });
    expect(actions.map((a) => a.action).sort()).toEqual(["contact.update", "issuer.update", "screen-defaults.update"]);
  });
});

describe("screen defaults", () => {
  it("the period style: saved with the defaults, a new notice starts from it, each revision keeps its own (Decision 2)", async () => {
    await asAdmin((context) => saveScreenDefaults(screenDefaultsSchema.parse({ ...seeded.screen, periodStyle: "NOTICE", contactLinesJa: "窓口", contactLinesEn: "" }), context));
    expect((await db.screenDefaults.findUniqueOrThrow({ where: { id: seeded.screen.id } })).periodStyle).toBe("NOTICE");
    // the editor hands the defaults to a new notice's screen settings
    const catalog = await editorCatalog();
    expect(catalog.screenDefaults?.periodStyle).toBe("NOTICE");

    const start = new Date("2032-07-28T17:00:00Z"); // 2032-07-29 2:00 JST
    const content = minimalContent(0, {
      windows: [{ key: "main", startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 5 * 3_600_000).toISOString(), channelKeys: ["api"] }],
      screen: { ...catalog.screenDefaults!, contactLines: { ja: ["窓口"], en: [] }, channelKeys: ["link-payment-page"] },
    });
    const { notice } = await publishedNotice(content);
    const period = (document: string) => JSON.parse(document).derived.windows[0].screenPeriod;
    expect(period((await noticeDetailDocument(notice.slug))!.body)).toEqual({ ja: "2032年7月29日(木) 午前2:00～7:00 (5時間)", en: "Thu, 29 July 2032, 2:00–7:00 JST (5 hours)" });
    // the snapshot the screens answer from carries it, and the screen writes its period so
    const snapshot = await loadMaintenanceSnapshot(db, new Date(start.getTime() - 3_600_000));
    const texts = snapshot.notices.find((n) => n.slug === notice.slug)!.screen!;
    expect(screenView(texts, { start, end: new Date(start.getTime() + 5 * 3_600_000) }, "ja").period).toBe("2032年7月29日(木) 午前2:00～7:00 (5時間)");
    // notice 000, published with the screen style, keeps it
    expect((await published000()).screen!.periodStyle).toBe("SCREEN");
    expect(period((await noticeDetailDocument(notice000.slug))!.body).ja).toBe("7月29日(月) 2時00分～7時00分");
  });

  it("refuses a default error code not in the catalog's format (the reference notice's 8-digit typo), at its field", async () => {
    const input = screenDefaultsSchema.parse({ ...seeded.screen, errorCode: "Z01000000", contactLinesJa: "", contactLinesEn: "" });
    await expect(asAdmin((context) => saveScreenDefaults(input, context))).rejects.toMatchObject({
      message: contactMessages.errors.errorCodeFormat("[A-Z][0-9]{9}"),
      field: "errorCode",
    });
  });
});

describe("contact form schema", () => {
  it("reports bad fields in Japanese, each at its field", () => {
    const result = contactSchema.safeParse({ key: "Customer Service", organizationJa: "", departmentJa: "x", phone: "phone?", email: "not-mail" });
    const byField = Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join("."), issue.message]));
    expect(byField).toEqual({
      key: contactMessages.errors.keyFormat,
      organizationJa: contactMessages.errors.required,
      phone: contactMessages.errors.phone,
      email: contactMessages.errors.email,
    });
  });
});
