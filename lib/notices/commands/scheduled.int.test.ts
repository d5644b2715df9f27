import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { setClock } from "@/lib/clock";
import { seed } from "@/prisma/seed";
import { commandMessages as m, publishDueRevisions, scheduleRevision, unscheduleRevision, WorkflowError } from ".";
import { as, draftNotice, minimalContent, publishedNotice, amendmentDraft, submitAndApprove, publishThroughApproval, versionOf } from "./test-support";

beforeAll(async () => {
  await seed();
});
afterEach(() => setClock(null));

const ref = async (revisionId: string) => ({ revisionId, version: await versionOf(revisionId) });
const hour = 3_600_000;
/**
 * The fixed clock starts three hours back: publications it stamps stay in the real
 * past, so the notices these tests publish do not sit in the shared database's feeds
 * as changed in the future (their windows, relative to the real clock, stay ahead).
 */
const start = () => new Date(Date.now() - 3 * hour);

/** An approved notice scheduled by the approver for `publishAt`. */
async function scheduled(publishAt: Date, startsInHours = 48) {
  const { notice, revision } = await draftNotice(minimalContent(startsInHours));
  const { approver } = await submitAndApprove(revision.id);
  await as(approver, async (c) => scheduleRevision(c, { ...(await ref(revision.id)), publishAt }));
  return { notice, revision, approver };
}

describe("scheduled publication", () => {
  it("publishes a scheduled revision once its time has come, in the name of the user who scheduled it, and not before", async () => {
    const t0 = start();
    setClock(t0);
    const { notice, revision, approver } = await scheduled(new Date(t0.getTime() + hour));
    expect(await db.revision.findUniqueOrThrow({ where: { id: revision.id } })).toMatchObject({ status: "APPROVED", scheduledById: approver });
    setClock(new Date(t0.getTime() + hour - 1000));
    expect((await publishDueRevisions()).map((p) => p.slug)).not.toContain(notice.slug);
    expect((await db.revision.findUniqueOrThrow({ where: { id: revision.id } })).status).toBe("APPROVED");
    setClock(new Date(t0.getTime() + hour));
    expect(await publishDueRevisions()).toContainEqual({ slug: notice.slug });
    expect(await db.revision.findUniqueOrThrow({ where: { id: revision.id } })).toMatchObject({
      status: "PUBLISHED",
      number: 1,
      publishedById: approver,
      publishedAt: new Date(t0.getTime() + hour),
      publishAt: null,
    });
    const actions = (await db.auditEvent.findMany({ where: { revisionId: revision.id }, orderBy: [{ at: "asc" }, { id: "asc" }] })).map((e) => [e.action, e.actorId]);
    expect(actions.slice(-2)).toEqual([
      ["revision.schedule", approver],
      ["revision.publish", approver],
    ]);
  });

  it("publishes each due revision once when several instances run at the same moment", async () => {
    const t0 = start();
    setClock(t0);
    const due = await Promise.all([1, 2, 3, 4].map(() => scheduled(new Date(t0.getTime() + hour))));
    setClock(new Date(t0.getTime() + 2 * hour));
    const runs = await Promise.all([publishDueRevisions(), publishDueRevisions(), publishDueRevisions()]);
    const slugs = runs.flat().map((p) => p.slug);
    for (const { notice, revision } of due) {
      expect(slugs.filter((s) => s === notice.slug)).toHaveLength(1);
      expect(await db.revision.findUniqueOrThrow({ where: { id: revision.id } })).toMatchObject({ status: "PUBLISHED", number: 1 });
      expect(await db.auditEvent.count({ where: { revisionId: revision.id, action: "revision.publish" } })).toBe(1);
    }
  });

  it("unschedules, audited, and refuses a time in the past", async () => {
    const t0 = start();
    setClock(t0);
    const { revision, approver } = await scheduled(new Date(t0.getTime() + hour));
    await as(approver, async (c) => unscheduleRevision(c, await ref(revision.id)));
    expect(await db.revision.findUniqueOrThrow({ where: { id: revision.id } })).toMatchObject({ status: "APPROVED", publishAt: null, scheduledById: null });
    setClock(new Date(t0.getTime() + 2 * hour));
    await publishDueRevisions();
    expect((await db.revision.findUniqueOrThrow({ where: { id: revision.id } })).status).toBe("APPROVED");
    const error = await as(approver, async (c) => scheduleRevision(c, { ...(await ref(revision.id)), publishAt: new Date(t0.getTime() + hour) })).catch((e) => e);
    expect(error).toBeInstanceOf(WorkflowError);
    expect(error).toMatchObject({ field: "publishAt", message: m.scheduleInPast });
  });

  it("unschedules and audits a due publication the rules refuse (someone published in between) instead of retrying it", async () => {
    const t0 = start();
    setClock(t0);
    const { notice } = await publishedNotice();
    const late = await amendmentDraft(notice.id, { ...minimalContent(), amendment: { type: "ADDENDUM", summary: { ja: "予約した追記" } } });
    const { approver } = await submitAndApprove(late.id);
    await as(approver, async (c) => scheduleRevision(c, { ...(await ref(late.id)), publishAt: new Date(t0.getTime() + hour) }));
    const other = await amendmentDraft(notice.id, { ...minimalContent(), amendment: { type: "CORRECTION", summary: { ja: "先に公開した訂正" } } });
    await publishThroughApproval(other.id);
    setClock(new Date(t0.getTime() + hour));
    expect((await publishDueRevisions()).map((p) => p.slug)).not.toContain(notice.slug);
    expect(await db.revision.findUniqueOrThrow({ where: { id: late.id } })).toMatchObject({ status: "APPROVED", publishAt: null });
    const failed = await db.auditEvent.findFirstOrThrow({ where: { revisionId: late.id, action: "revision.schedule-failed" } });
    expect(failed.data).toMatchObject({ reason: m.scheduledPublicationFailed(m.publishedInBetween) });
  });
});
