// The database itself refuses what must never happen, whatever code runs against it.
// Each test is named after the constraint or trigger it checks and asserts that
// rule's own SQLSTATE and name or message: `npm run test:mutations` drops each rule
// in a scratch database and checks that its test fails (scripts/check-constraint-tests.mjs).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { NoticeKind } from "@/lib/generated/prisma/client";
import { seed } from "@/prisma/seed";
import * as notice000 from "@/prisma/seed/notice-000";
import { refusal } from "@/test/db-errors";
import { draftNotice, minimalContent, publishedAmendment, publishedNotice, staffIds, uniqueSlug } from "@/test/db-helpers";
import { publishRevision, saveDraft } from "@/lib/notices/commands";
import { as, createStaff, submitAndApprove, versionOf } from "@/lib/notices/commands/test-support";
import { createRevisionDraft } from "@/lib/notices/content/write";

beforeAll(async () => {
  await seed();
});

// SQLSTATEs: our triggers raise integrity_constraint_violation
const CHECK_VIOLATION = "23514";
const UNIQUE_VIOLATION = "23505";
const TRIGGER_REFUSAL = "23000";

/** Notice 000's current revision: published, and it has a row in every content table. */
const published = () => db.revision.findFirstOrThrow({ where: { status: "PUBLISHED", notice: { slug: notice000.slug } } });

describe("published revisions are immutable", () => {
  it("Revision_immutable: refuses to update a published revision", async () => {
    const revision = await published();
    expect(await refusal(db.revision.update({ where: { id: revision.id }, data: { titleJa: "書き換え" } }))).toMatchObject({
      code: TRIGGER_REFUSAL,
      message: `revision ${revision.id} is published and immutable`,
    });
    expect((await published()).titleJa).toBe(revision.titleJa);
  });

  it("Revision_immutable: refuses to delete a published revision", async () => {
    const revision = await published();
    expect(await refusal(db.revision.delete({ where: { id: revision.id } }))).toMatchObject({
      code: TRIGGER_REFUSAL,
      message: `revision ${revision.id} is published and cannot be deleted`,
    });
    expect(await db.revision.count({ where: { id: revision.id } })).toBe(1);
  });

  it("Revision_immutable: lets a published revision become SUPERSEDED, changing nothing else, and never back", async () => {
    const { notice, revision } = await publishedNotice();
    expect(await refusal(db.revision.update({ where: { id: revision.id }, data: { status: "SUPERSEDED", titleJa: "ついでに書き換え" } }))).toMatchObject({
      code: TRIGGER_REFUSAL,
      message: `revision ${revision.id} is published and immutable`,
    });
    // the next publication supersedes it: the one change allowed
    const amendment = await publishedAmendment(notice.id, revision.id, { ...minimalContent(), amendment: { type: "CORRECTION", summary: { ja: "訂正" } } });
    expect(await db.revision.findUniqueOrThrow({ where: { id: revision.id } })).toMatchObject({ status: "SUPERSEDED", titleJa: "テストメンテナンスのお知らせ" });
    expect((await db.revision.findUniqueOrThrow({ where: { id: amendment.id } })).status).toBe("PUBLISHED");
    expect(await refusal(db.revision.update({ where: { id: revision.id }, data: { status: "PUBLISHED" } }))).toMatchObject({
      code: TRIGGER_REFUSAL,
      message: `revision ${revision.id} is published and immutable`,
    });
  });
});

// The rows of one revision in each content table, found by the path content_guard
// walks (written out here rather than calling the function under test).
const contentRows: Record<string, string> = {
  Section: `SELECT x.* FROM "Section" x WHERE x."revisionId" = $1`,
  MaintenanceWindow: `SELECT x.* FROM "MaintenanceWindow" x WHERE x."revisionId" = $1`,
  MaintenanceWindowChannel: `SELECT x.* FROM "MaintenanceWindowChannel" x JOIN "MaintenanceWindow" w ON w."id" = x."windowId" WHERE w."revisionId" = $1`,
  ScreenSettings: `SELECT x.* FROM "ScreenSettings" x WHERE x."revisionId" = $1`,
  Amendment: `SELECT x.* FROM "Amendment" x WHERE x."revisionId" = $1`,
  Block: `SELECT x.* FROM "Block" x JOIN "Section" s ON s."id" = x."sectionId" WHERE s."revisionId" = $1`,
  Footnote: `SELECT x.* FROM "Footnote" x JOIN "Block" b ON b."id" = x."blockId" JOIN "Section" s ON s."id" = b."sectionId" WHERE s."revisionId" = $1`,
  ImpactTable: `SELECT x.* FROM "ImpactTable" x JOIN "Block" b ON b."id" = x."blockId" JOIN "Section" s ON s."id" = b."sectionId" WHERE s."revisionId" = $1`,
  ImpactColumn: `SELECT x.* FROM "ImpactColumn" x JOIN "ImpactTable" t ON t."id" = x."tableId" JOIN "Block" b ON b."id" = t."blockId" JOIN "Section" s ON s."id" = b."sectionId" WHERE s."revisionId" = $1`,
  ImpactRow: `SELECT x.* FROM "ImpactRow" x JOIN "ImpactTable" t ON t."id" = x."tableId" JOIN "Block" b ON b."id" = t."blockId" JOIN "Section" s ON s."id" = b."sectionId" WHERE s."revisionId" = $1`,
  ImpactCell: `SELECT x.* FROM "ImpactCell" x JOIN "ImpactRow" w ON w."id" = x."rowId" JOIN "ImpactTable" t ON t."id" = w."tableId" JOIN "Block" b ON b."id" = t."blockId" JOIN "Section" s ON s."id" = b."sectionId" WHERE s."revisionId" = $1`,
  ImpactCellRef: `SELECT x.* FROM "ImpactCellRef" x JOIN "ImpactCell" c ON c."id" = x."cellId" JOIN "ImpactRow" w ON w."id" = c."rowId" JOIN "ImpactTable" t ON t."id" = w."tableId" JOIN "Block" b ON b."id" = t."blockId" JOIN "Section" s ON s."id" = b."sectionId" WHERE s."revisionId" = $1`,
  ScreenChannel: `SELECT x.* FROM "ScreenChannel" x JOIN "ScreenSettings" ss ON ss."id" = x."screenId" WHERE ss."revisionId" = $1`,
};

/** Every row of the revision in `table`, with its physical address (ctid) to aim at exactly that row. */
async function rowsOf(table: string, revisionId: string) {
  const sql = `SELECT x.ctid::text AS ctid, to_jsonb(x) AS row FROM (${contentRows[table]!.replace("SELECT x.*", "SELECT x.*, x.ctid")}) x`;
  return db.$queryRawUnsafe<{ ctid: string; row: Record<string, unknown> }[]>(sql, revisionId);
}

describe("content of a published revision is immutable", () => {
  it.each(Object.keys(contentRows))("%s_immutable_when_published: refuses to add, change or remove a published revision's rows", async (table) => {
    const revision = await published();
    const before = await rowsOf(table, revision.id);
    expect(before.length, `notice 000 has no ${table} row to test with`).toBeGreaterThan(0);
    const { ctid, row } = before[0]!;
    const column = Object.keys(row).find((k) => k !== "ctid")!;
    const immutable = { code: TRIGGER_REFUSAL, message: `${table} of published revision ${revision.id} is immutable` };

    // a no-op assignment still runs BEFORE UPDATE triggers
    expect(await refusal(db.$executeRawUnsafe(`UPDATE "${table}" SET "${column}" = "${column}" WHERE ctid = $1::tid`, ctid))).toMatchObject(immutable);
    expect(await refusal(db.$executeRawUnsafe(`DELETE FROM "${table}" WHERE ctid = $1::tid`, ctid))).toMatchObject(immutable);
    // a copy under a new id (and key and position, which are unique per parent)
    const copy = { ...row, id: `injected-${Date.now()}`, key: "injected", position: 99 };
    const columns = Object.keys(row).filter((k) => k !== "ctid");
    const insert = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) SELECT ${columns.map((c) => `r."${c}"`).join(", ")} FROM jsonb_populate_record(NULL::"${table}", $1::jsonb) r`;
    expect(await refusal(db.$executeRawUnsafe(insert, JSON.stringify(copy)))).toMatchObject(immutable);

    expect(await rowsOf(table, revision.id)).toEqual(before);
  });
});

/** A draft whose content has an impact table, so that its cells can be written to. */
async function draftWithImpactTable() {
  return draftNotice(
    minimalContent(24, {
      sections: [
        {
          key: "target",
          blocks: [
            {
              type: "IMPACT_TABLE",
              columns: [
                { role: "CHANNEL", header: { ja: "決済方式" } },
                { role: "EFFECT", header: { ja: "影響" } },
              ],
              rows: [{ cells: [{ refs: ["api"] }, { text: { ja: "停止" } }] }],
            },
          ],
        },
      ],
    }),
  );
}

describe("check constraints", () => {
  it("MaintenanceWindow_end_after_start: refuses a window that ends before it starts, or when it starts", async () => {
    const { revision } = await draftNotice();
    const window = (key: string, startsAt: string, endsAt: string) =>
      db.maintenanceWindow.create({ data: { revisionId: revision.id, key, position: 5, startsAt: new Date(startsAt), endsAt: new Date(endsAt) } });
    const violation = { code: CHECK_VIOLATION, constraint: "MaintenanceWindow_end_after_start" };
    expect(await refusal(window("backwards", "2030-01-01T03:00:00Z", "2030-01-01T02:00:00Z"))).toMatchObject(violation);
    expect(await refusal(window("empty", "2030-01-01T03:00:00Z", "2030-01-01T03:00:00Z"))).toMatchObject(violation);
    expect(await db.maintenanceWindow.count({ where: { revisionId: revision.id } })).toBe(1);
  });

  it("ImpactCellRef_exactly_one: refuses a cell reference naming two catalog entries, or none", async () => {
    const { revision } = await draftWithImpactTable();
    // a draft's cell: the content trigger lets it through, so only the CHECK can refuse
    const cell = await db.impactCell.findFirstOrThrow({ where: { refs: { some: {} }, row: { table: { block: { section: { revisionId: revision.id } } } } } });
    const service = await db.service.findFirstOrThrow();
    const channel = await db.channel.findFirstOrThrow();
    const violation = { code: CHECK_VIOLATION, constraint: "ImpactCellRef_exactly_one" };
    expect(await refusal(db.impactCellRef.create({ data: { cellId: cell.id, position: 50, serviceId: service.id, channelId: channel.id } }))).toMatchObject(violation);
    expect(await refusal(db.impactCellRef.create({ data: { cellId: cell.id, position: 51 } }))).toMatchObject(violation);
    expect(await db.impactCellRef.count({ where: { cellId: cell.id } })).toBe(1);
  });

  it.each(["Bad Slug", "bad--slug", "-bad", "bad-", "bad_slug", "ｂａｄ", ""])(
    "Notice_slug_format: refuses the slug %j",
    async (slug) => {
      const issuer = await db.issuer.findFirstOrThrow();
      expect(await refusal(db.notice.create({ data: { slug, kind: "SCHEDULED", issuerId: issuer.id } }))).toMatchObject({
        code: CHECK_VIOLATION,
        constraint: "Notice_slug_format",
      });
      expect(await db.notice.count({ where: { slug } })).toBe(0);
    },
  );

  it("Notice_slug_key: refuses a duplicate slug", async () => {
    const issuer = await db.issuer.findFirstOrThrow();
    const slug = uniqueSlug();
    await db.notice.create({ data: { slug, kind: "SCHEDULED", issuerId: issuer.id } });
    expect(await refusal(db.notice.create({ data: { slug, kind: "SCHEDULED", issuerId: issuer.id } }))).toMatchObject({
      code: UNIQUE_VIOLATION,
      constraint: "Notice_slug_key",
    });
    expect(await db.notice.count({ where: { slug } })).toBe(1);
  });

  it("Revision_number_iff_published: a revision has a number and a publication instant exactly when it is published", async () => {
    const { revision } = await draftNotice();
    const violation = { code: CHECK_VIOLATION, constraint: "Revision_number_iff_published" };
    const update = (data: Parameters<typeof db.revision.update>[0]["data"]) => db.revision.update({ where: { id: revision.id }, data });
    expect(await refusal(update({ status: "PUBLISHED" }))).toMatchObject(violation);
    expect(await refusal(update({ status: "PUBLISHED", number: 1 }))).toMatchObject(violation);
    expect(await refusal(update({ status: "PUBLISHED", publishedAt: new Date() }))).toMatchObject(violation);
    expect(await refusal(update({ number: 1 }))).toMatchObject(violation);
    expect(await refusal(update({ publishedAt: new Date() }))).toMatchObject(violation);
    expect(await db.revision.findUniqueOrThrow({ where: { id: revision.id } })).toMatchObject({ status: "DRAFT", number: null, publishedAt: null });
  });

  it("Revision_number_positive: refuses a revision number below 1", async () => {
    const { revision } = await draftNotice();
    for (const number of [0, -1])
      expect(await refusal(db.revision.update({ where: { id: revision.id }, data: { status: "PUBLISHED", number, publishedAt: new Date() } }))).toMatchObject({
        code: CHECK_VIOLATION,
        constraint: "Revision_number_positive",
      });
    expect((await db.revision.findUniqueOrThrow({ where: { id: revision.id } })).status).toBe("DRAFT");
  });
});

describe("one published revision per notice", () => {
  it("Revision_one_published_per_notice: refuses a second PUBLISHED revision of the same notice", async () => {
    const { notice } = await publishedNotice();
    const second = await db.$transaction((tx) => createRevisionDraft(tx, { noticeId: notice.id, content: minimalContent() }));
    expect(
      await refusal(db.revision.update({ where: { id: second.id }, data: { status: "PUBLISHED", number: 2, publishedAt: new Date() } })),
    ).toMatchObject({ code: UNIQUE_VIOLATION, constraint: "Revision_one_published_per_notice" });
    expect(await db.revision.count({ where: { noticeId: notice.id, status: "PUBLISHED" } })).toBe(1);
  });
});

describe("break glass", () => {
  const publishAlone = (revisionId: string) =>
    db.revision.update({ where: { id: revisionId }, data: { status: "PUBLISHED", number: 1, publishedAt: new Date(), breakGlass: true } });

  it.each<NoticeKind>(["SCHEDULED", "EXTRAORDINARY", "INFORMATION"])(
    "Revision_break_glass_kind: refuses a break-glass publication of a notice of kind %s",
    async (kind) => {
      const { revision } = await draftNotice(minimalContent(), kind);
      expect(await refusal(publishAlone(revision.id))).toMatchObject({
        code: TRIGGER_REFUSAL,
        message: `break glass publishes only EMERGENCY and INCIDENT notices, and revisions of the maintenance controls, not ${kind} (revision ${revision.id})`,
      });
      expect(await db.revision.findUniqueOrThrow({ where: { id: revision.id } })).toMatchObject({ status: "DRAFT", breakGlass: false });
    },
  );

  it("Revision_break_glass_kind: lets break glass publish a SCHEDULED notice's revision the maintenance controls recorded as an extension, not as a start", async () => {
    const { notice, revision } = await draftNotice(minimalContent(), "SCHEDULED");
    const { approver } = await staffIds();
    const command = { id: `constraint-${revision.id}`, source: "CONSOLE", operatorId: approver, noticeId: notice.id, revisionId: revision.id, windowKey: "main", issuedAt: new Date() } as const;
    await db.maintenanceCommand.create({ data: { ...command, control: "START" } });
    expect(await refusal(publishAlone(revision.id))).toMatchObject({
      code: TRIGGER_REFUSAL,
      message: `break glass publishes only EMERGENCY and INCIDENT notices, and revisions of the maintenance controls, not SCHEDULED (revision ${revision.id})`,
    });
    const extension = await draftNotice(minimalContent(), "SCHEDULED");
    await db.maintenanceCommand.create({ data: { ...command, id: `constraint-${extension.revision.id}`, noticeId: extension.notice.id, revisionId: extension.revision.id, control: "EXTEND" } });
    await as(approver, async (c) => publishRevision(c, { revisionId: extension.revision.id, version: await versionOf(extension.revision.id), breakGlass: true }));
    expect(await db.revision.findUniqueOrThrow({ where: { id: extension.revision.id } })).toMatchObject({ status: "PUBLISHED", breakGlass: true });
  });

  it("MaintenanceCommand_append_only: a recorded control cannot be changed or deleted", async () => {
    const { notice, revision } = await draftNotice(minimalContent(), "EMERGENCY");
    const { approver } = await staffIds();
    const id = `append-only-${revision.id}`;
    await db.maintenanceCommand.create({ data: { id, control: "START", source: "CLI", operatorId: approver, noticeId: notice.id, revisionId: revision.id, windowKey: "main", issuedAt: new Date() } });
    expect(await refusal(db.maintenanceCommand.update({ where: { id }, data: { source: "CONSOLE" } }))).toMatchObject({ code: TRIGGER_REFUSAL, message: "maintenance commands are append-only" });
    expect(await refusal(db.maintenanceCommand.delete({ where: { id } }))).toMatchObject({ code: TRIGGER_REFUSAL });
    expect(await db.maintenanceCommand.findUniqueOrThrow({ where: { id } })).toMatchObject({ source: "CLI" });
  });

  it.each<NoticeKind>(["EMERGENCY", "INCIDENT"])("lets break glass publish a %s notice", async (kind) => {
    const { revision } = await draftNotice(minimalContent(), kind);
    const { approver } = await staffIds();
    await as(approver, async (c) => publishRevision(c, { revisionId: revision.id, version: await versionOf(revision.id), breakGlass: true }));
    expect(await db.revision.findUniqueOrThrow({ where: { id: revision.id } })).toMatchObject({ status: "PUBLISHED", breakGlass: true });
  });
});

describe("four eyes, in the database too", () => {
  const fourEyes = (revisionId: string, userId: string) => ({
    code: TRIGGER_REFUSAL,
    message: `revision ${revisionId}: user ${userId} wrote, edited or submitted it and cannot approve it (four eyes)`,
  });

  it("Revision_four_eyes: refuses an approval by the revision's author", async () => {
    const { editor } = await staffIds();
    const { revision } = await draftNotice();
    expect(await refusal(db.revision.update({ where: { id: revision.id }, data: { status: "APPROVED", approvedById: editor, approvedAt: new Date() } }))).toMatchObject(
      fourEyes(revision.id, editor),
    );
    expect(await db.revision.findUniqueOrThrow({ where: { id: revision.id } })).toMatchObject({ status: "DRAFT", approvedById: null });
  });

  it("Revision_four_eyes: refuses an approval by someone who edited the revision", async () => {
    const { revision } = await draftNotice();
    const approver = await createStaff(["EDITOR", "APPROVER"]);
    await as(approver, async (c) => saveDraft(c, { revisionId: revision.id, version: await versionOf(revision.id), content: minimalContent(24, { title: { ja: "手直し" } }) }));
    expect(await refusal(db.revision.update({ where: { id: revision.id }, data: { status: "APPROVED", approvedById: approver, approvedAt: new Date() } }))).toMatchObject(
      fourEyes(revision.id, approver),
    );
  });

  it("RevisionEditor_four_eyes: refuses to record the approver as an editor of the revision they approved", async () => {
    const { revision } = await draftNotice();
    const { approver } = await submitAndApprove(revision.id);
    expect(await refusal(db.revisionEditor.create({ data: { revisionId: revision.id, userId: approver } }))).toMatchObject({
      code: TRIGGER_REFUSAL,
      message: `revision ${revision.id}: its approver ${approver} cannot edit it while it stays approved (four eyes)`,
    });
    expect(await db.revisionEditor.count({ where: { revisionId: revision.id, userId: approver } })).toBe(0);
  });

  it("lets an approver who wrote nothing of it approve a revision", async () => {
    const { revision } = await draftNotice();
    const { approver } = await submitAndApprove(revision.id);
    expect(await db.revision.findUniqueOrThrow({ where: { id: revision.id } })).toMatchObject({ status: "APPROVED", approvedById: approver });
  });
});

describe("a published notice keeps its slug and kind", () => {
  it("Notice_identity_fixed: refuses to change the slug or the kind of a notice once published, withdrawn or not", async () => {
    const { notice } = await publishedNotice();
    const fixed = { code: TRIGGER_REFUSAL, message: `notice ${notice.id} has been published: its slug and kind cannot change` };
    expect(await refusal(db.notice.update({ where: { id: notice.id }, data: { slug: `${notice.slug}-renamed` } }))).toMatchObject(fixed);
    expect(await refusal(db.notice.update({ where: { id: notice.id }, data: { kind: "EMERGENCY" } }))).toMatchObject(fixed);
    await db.notice.update({ where: { id: notice.id }, data: { state: "WITHDRAWN", withdrawnAt: new Date() } });
    expect(await refusal(db.notice.update({ where: { id: notice.id }, data: { slug: `${notice.slug}-renamed` } }))).toMatchObject(fixed);
    expect(await db.notice.findUniqueOrThrow({ where: { id: notice.id } })).toMatchObject({ slug: notice.slug, kind: "SCHEDULED" });
  });

  it("lets a notice that was never published change its slug and kind", async () => {
    const { notice } = await draftNotice();
    await db.notice.update({ where: { id: notice.id }, data: { slug: `${notice.slug}-renamed`, kind: "EMERGENCY" } });
    expect(await db.notice.findUniqueOrThrow({ where: { id: notice.id } })).toMatchObject({ slug: `${notice.slug}-renamed`, kind: "EMERGENCY" });
  });
});

describe("the audit log is append-only", () => {
  it("AuditEvent_append_only: refuses to edit or delete an event", async () => {
    const event = await db.auditEvent.findFirstOrThrow();
    const appendOnly = { code: TRIGGER_REFUSAL, message: "the audit log is append-only" };
    expect(await refusal(db.auditEvent.update({ where: { id: event.id }, data: { action: "rewritten" } }))).toMatchObject(appendOnly);
    expect(await refusal(db.auditEvent.delete({ where: { id: event.id } }))).toMatchObject(appendOnly);
    expect(await db.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).toEqual(event);
  });

  it("AuditEvent_append_only: allows recording once who reviewed a break-glass event, and nothing else with it", async () => {
    const event = await db.auditEvent.create({ data: { action: "maintenance.start", entityType: "Notice", entityId: "x", breakGlass: true, actorLabel: "test" } });
    const reviewer = await db.user.findFirstOrThrow();
    const appendOnly = { code: TRIGGER_REFUSAL, message: "the audit log is append-only" };
    expect(
      await refusal(db.auditEvent.update({ where: { id: event.id }, data: { reviewedAt: new Date(), reviewedById: reviewer.id, action: "maintenance.stop" } })),
    ).toMatchObject(appendOnly);
    const reviewedAt = new Date();
    await db.auditEvent.update({ where: { id: event.id }, data: { reviewedAt, reviewedById: reviewer.id } });
    expect(await refusal(db.auditEvent.update({ where: { id: event.id }, data: { reviewedAt: new Date() } }))).toMatchObject(appendOnly);
    expect(await db.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({ action: "maintenance.start", reviewedAt, reviewedById: reviewer.id });
  });
});
