import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seed } from "@/prisma/seed";
import { breakGlassAwaitingReview } from "@/lib/notices/dashboard/queries";
import { commandMessages as m, publishRevision, reviewBreakGlass, WorkflowError } from ".";
import { as, createStaff, draftNotice, minimalContent, publishedNotice, staffIds, versionOf } from "./test-support";

beforeAll(async () => {
  await seed();
});

/** An emergency notice the seed's approver published alone; its publication's audit event. */
async function breakGlassPublication() {
  const { approver } = await staffIds();
  const { notice, revision } = await draftNotice(minimalContent(), "EMERGENCY");
  await as(approver, async (c) => publishRevision(c, { revisionId: revision.id, version: await versionOf(revision.id), breakGlass: true }));
  const event = await db.auditEvent.findFirstOrThrow({ where: { revisionId: revision.id, action: "revision.publish" } });
  return { notice, revision, event, publisher: approver };
}

const reviewEvents = (eventId: string) => db.auditEvent.findMany({ where: { action: "revision.break-glass-review", data: { path: ["eventId"], equals: eventId } } });

describe("approving a break-glass publication afterwards (Decision 5)", () => {
  it("another approver marks it reviewed, once, audited; it leaves the dashboard's list", async () => {
    const { notice, revision, event } = await breakGlassPublication();
    expect((await breakGlassAwaitingReview(db)).map((i) => i.eventId)).toContain(event.id);
    const second = await createStaff(["APPROVER"], "二人目の承認者");
    await as(second, (c) => reviewBreakGlass(c, { eventId: event.id }));
    const stored = await db.auditEvent.findUniqueOrThrow({ where: { id: event.id } });
    expect(stored.reviewedById).toBe(second);
    expect(stored.reviewedAt).toBeInstanceOf(Date);
    const reviews = await reviewEvents(event.id);
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({ actorId: second, noticeId: notice.id, revisionId: revision.id });
    expect((await breakGlassAwaitingReview(db)).map((i) => i.eventId)).not.toContain(event.id);
    // a second review is refused and records nothing
    const again = await as(second, (c) => reviewBreakGlass(c, { eventId: event.id })).catch((e) => e);
    expect(again).toBeInstanceOf(WorkflowError);
    expect(again.message).toBe(m.breakGlassReviewed);
    expect(await reviewEvents(event.id)).toHaveLength(1);
  });

  it("refuses the approver who used break glass, and changes nothing", async () => {
    const { event, publisher } = await breakGlassPublication();
    const error = await as(publisher, (c) => reviewBreakGlass(c, { eventId: event.id })).catch((e) => e);
    expect(error).toBeInstanceOf(WorkflowError);
    expect(error.message).toBe(m.breakGlassOwn);
    expect((await db.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).reviewedAt).toBeNull();
    expect(await reviewEvents(event.id)).toHaveLength(0);
  });

  it("refuses an editor, and a publication that was approved the usual way", async () => {
    const { event } = await breakGlassPublication();
    const { editor } = await staffIds();
    const byEditor = await as(editor, (c) => reviewBreakGlass(c, { eventId: event.id })).catch((e) => e);
    expect(byEditor.message).toBe(m.approverOnly);
    const { revision } = await publishedNotice();
    const usual = await db.auditEvent.findFirstOrThrow({ where: { revisionId: revision.id, action: "revision.publish" } });
    const second = await createStaff(["APPROVER"]);
    const notBreakGlass = await as(second, (c) => reviewBreakGlass(c, { eventId: usual.id })).catch((e) => e);
    expect(notBreakGlass.message).toBe(m.breakGlassNotFound);
    expect(await db.auditEvent.count({ where: { id: { in: [event.id, usual.id] }, reviewedAt: { not: null } } })).toBe(0);
  });
});
