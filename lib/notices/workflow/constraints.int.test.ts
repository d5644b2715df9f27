// The database itself refuses what must never happen, whatever code runs against it.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seed } from "@/prisma/seed";
import { draftNotice, uniqueSlug } from "@/test/db-helpers";

beforeAll(async () => {
  await seed();
});

const published = () =>
  db.revision.findFirstOrThrow({ where: { status: "PUBLISHED", notice: { slug: "2019-07-29-webcollect-scheduled-maintenance" } } });

describe("published revisions are immutable", () => {
  it("refuses to update a published revision", async () => {
    const revision = await published();
    await expect(db.revision.update({ where: { id: revision.id }, data: { titleJa: "書き換え" } })).rejects.toThrow(/immutable/);
    expect((await published()).titleJa).toBe(revision.titleJa);
  });

  it("refuses to delete a published revision", async () => {
    const revision = await published();
    await expect(db.revision.delete({ where: { id: revision.id } })).rejects.toThrow();
  });

  it("refuses to change, add or remove content of a published revision", async () => {
    const revision = await published();
    const block = await db.block.findFirstOrThrow({ where: { section: { revisionId: revision.id }, type: "PROSE" } });
    await expect(db.block.update({ where: { id: block.id }, data: { bodyJa: "改ざん" } })).rejects.toThrow(/immutable/);
    const cell = await db.impactCell.findFirstOrThrow({ where: { row: { table: { block: { section: { revisionId: revision.id } } } } } });
    await expect(db.impactCell.update({ where: { id: cell.id }, data: { textJa: "改ざん" } })).rejects.toThrow(/immutable/);
    await expect(db.maintenanceWindow.updateMany({ where: { revisionId: revision.id }, data: { endsAt: new Date("2019-07-29T00:00:00Z") } })).rejects.toThrow(
      /immutable/,
    );
    await expect(db.section.create({ data: { revisionId: revision.id, key: "injected", position: 99 } })).rejects.toThrow(/immutable/);
    await expect(db.footnote.deleteMany({ where: { block: { section: { revisionId: revision.id } } } })).rejects.toThrow(/immutable/);
    await expect(db.screenSettings.update({ where: { revisionId: revision.id }, data: { errorCode: "Z999999999" } })).rejects.toThrow(/immutable/);
  });

  it("refuses a second PUBLISHED revision of the same notice", async () => {
    const revision = await published();
    const { revision: draft } = await draftNotice();
    await expect(
      db.revision.update({ where: { id: draft.id }, data: { noticeId: revision.noticeId, status: "PUBLISHED", number: 99, publishedAt: new Date() } }),
    ).rejects.toThrow();
  });
});

describe("check constraints", () => {
  it("refuses a window that ends before it starts", async () => {
    const { revision } = await draftNotice();
    await expect(
      db.maintenanceWindow.create({
        data: { revisionId: revision.id, key: "bad", position: 5, startsAt: new Date("2030-01-01T03:00:00Z"), endsAt: new Date("2030-01-01T02:00:00Z") },
      }),
    ).rejects.toThrow();
  });

  it("refuses a cell reference naming two catalog entries", async () => {
    const cell = await db.impactCell.findFirstOrThrow({ where: { refs: { some: {} }, row: { table: { block: { section: { revision: { status: "DRAFT" } } } } } } }).catch(() => null);
    const service = await db.service.findFirstOrThrow();
    const channel = await db.channel.findFirstOrThrow();
    // any cell will do: the CHECK fires before the immutability trigger would matter
    const anyCell = cell ?? (await db.impactCell.findFirstOrThrow());
    await expect(db.impactCellRef.create({ data: { cellId: anyCell.id, position: 50, serviceId: service.id, channelId: channel.id } })).rejects.toThrow();
  });

  it("refuses malformed and duplicate slugs", async () => {
    const issuer = await db.issuer.findFirstOrThrow();
    await expect(db.notice.create({ data: { slug: "Bad Slug", kind: "SCHEDULED", issuerId: issuer.id } })).rejects.toThrow();
    const slug = uniqueSlug();
    await db.notice.create({ data: { slug, kind: "SCHEDULED", issuerId: issuer.id } });
    await expect(db.notice.create({ data: { slug, kind: "SCHEDULED", issuerId: issuer.id } })).rejects.toThrow();
  });

  it("refuses a published status without a number", async () => {
    const { revision } = await draftNotice();
    await expect(db.revision.update({ where: { id: revision.id }, data: { status: "PUBLISHED" } })).rejects.toThrow();
  });
});

describe("the audit log is append-only", () => {
  it("refuses to edit or delete an event", async () => {
    const event = await db.auditEvent.findFirstOrThrow();
    await expect(db.auditEvent.update({ where: { id: event.id }, data: { action: "rewritten" } })).rejects.toThrow(/append-only/);
    await expect(db.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
  });

  it("allows recording once who reviewed a break-glass event", async () => {
    const event = await db.auditEvent.create({ data: { action: "maintenance.start", entityType: "Notice", entityId: "x", breakGlass: true, actorLabel: "test" } });
    const reviewer = await db.user.findFirstOrThrow();
    await db.auditEvent.update({ where: { id: event.id }, data: { reviewedAt: new Date(), reviewedById: reviewer.id } });
    await expect(db.auditEvent.update({ where: { id: event.id }, data: { reviewedAt: new Date() } })).rejects.toThrow(/append-only/);
  });
});
