import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seed } from "@/prisma/seed";
import { approveRevision, submitRevision } from "@/lib/notices/workflow/workflow";
import { draftNotice, minimalContent, publishedAmendment, publishedNotice, staffIds } from "@/test/db-helpers";
import { awaitingReview, inMaintenanceNow, loadDashboard, myDrafts, recentlyPublished, scheduled } from "./queries";

beforeAll(async () => {
  await seed();
});

const ids = (items: { revisionId: string }[]) => items.map((i) => i.revisionId);

describe("dashboard lists", () => {
  it("my drafts: the user's drafts and rejected revisions, not submitted ones, not others', not discarded notices", async () => {
    const { editor, approver } = await staffIds();
    const draft = await draftNotice();
    const rejected = await draftNotice();
    await db.revision.update({ where: { id: rejected.revision.id }, data: { status: "REJECTED" } });
    const submitted = await draftNotice();
    await db.$transaction((tx) => submitRevision(tx, submitted.revision.id, { userId: editor }));
    const discarded = await draftNotice();
    await db.notice.update({ where: { id: discarded.notice.id }, data: { deletedAt: new Date() } });

    const mine = ids(await myDrafts(db, editor));
    expect(mine).toEqual(expect.arrayContaining([draft.revision.id, rejected.revision.id]));
    expect(mine).not.toContain(submitted.revision.id);
    expect(mine).not.toContain(discarded.revision.id);
    expect(ids(await myDrafts(db, approver))).not.toContain(draft.revision.id);
    // last edited first
    expect(mine.indexOf(rejected.revision.id)).toBeLessThan(mine.indexOf(draft.revision.id));
  });

  it("waiting for my review: submitted revisions of others, never the approver's own", async () => {
    const { editor, approver } = await staffIds();
    const byEditor = await draftNotice();
    await db.$transaction((tx) => submitRevision(tx, byEditor.revision.id, { userId: editor }));
    const byApprover = await draftNotice();
    await db.revision.update({ where: { id: byApprover.revision.id }, data: { authorId: approver } });
    await db.$transaction((tx) => submitRevision(tx, byApprover.revision.id, { userId: approver }));

    const forApprover = await awaitingReview(db, approver);
    expect(ids(forApprover)).toContain(byEditor.revision.id);
    expect(ids(forApprover)).not.toContain(byApprover.revision.id);
    expect(forApprover.find((i) => i.revisionId === byEditor.revision.id)).toMatchObject({ by: "編集 花子 (Editor)", status: "SUBMITTED" });
    // the editor's own submission is not in their queue either
    expect(ids(await awaitingReview(db, editor))).not.toContain(byEditor.revision.id);
  });

  it("the review queue is only an approver's", async () => {
    const { editor } = await staffIds();
    expect((await loadDashboard(db, { id: editor, roles: ["EDITOR"] }, new Date())).awaitingMyReview).toBeNull();
    expect((await loadDashboard(db, { id: editor, roles: ["EDITOR", "APPROVER"] }, new Date())).awaitingMyReview).toEqual(expect.any(Array));
  });

  it("scheduled: approved revisions with a publication time, soonest first; approved ones without a time are not", async () => {
    const { editor, approver } = await staffIds();
    const approve = async (publishAt: Date | null) => {
      const { revision } = await draftNotice();
      await db.$transaction((tx) => submitRevision(tx, revision.id, { userId: editor }));
      await db.$transaction((tx) => approveRevision(tx, revision.id, { userId: approver }));
      await db.revision.update({ where: { id: revision.id }, data: { publishAt } });
      return revision.id;
    };
    const later = await approve(new Date(Date.now() + 7_200_000));
    const sooner = await approve(new Date(Date.now() + 3_600_000));
    const unscheduled = await approve(null);
    const list = ids(await scheduled(db));
    expect(list).not.toContain(unscheduled);
    expect(list.filter((id) => id === later || id === sooner)).toEqual([sooner, later]);
  });

  it("in maintenance now: published notices with a window covering the instant, not cancelled, not withdrawn", async () => {
    const running = await publishedNotice(minimalContent(-1)); // 1 h ago to 1 h ahead
    const upcoming = await publishedNotice(minimalContent(5));
    const withdrawn = await publishedNotice(minimalContent(-1));
    await db.notice.update({ where: { id: withdrawn.notice.id }, data: { state: "WITHDRAWN", withdrawnAt: new Date() } });
    const base = minimalContent(-1);
    const cancelled = await publishedNotice({ ...base, windows: base.windows!.map((w) => ({ ...w, status: "CANCELLED" as const })) });

    const at = new Date();
    const list = await inMaintenanceNow(db, at);
    expect(ids(list)).toContain(running.revision.id);
    expect(ids(list)).not.toContain(upcoming.revision.id);
    expect(ids(list)).not.toContain(withdrawn.revision.id);
    expect(ids(list)).not.toContain(cancelled.revision.id);
    expect(list.find((i) => i.revisionId === running.revision.id)!.at!.getTime()).toBeGreaterThan(at.getTime());
    // six hours later the upcoming one runs and the first has ended
    const later = ids(await inMaintenanceNow(db, new Date(at.getTime() + 6 * 3_600_000)));
    expect(later).toContain(upcoming.revision.id);
    expect(later).not.toContain(running.revision.id);
  });

  it("recently published: first publications and amendments, newest first, with the publisher", async () => {
    const first = await publishedNotice();
    const amendment = await publishedAmendment(first.notice.id, first.revision.id, {
      ...minimalContent(),
      amendment: { type: "ADDENDUM", summary: { ja: "追記しました" } },
    });
    const list = await recentlyPublished(db);
    expect(ids(list).slice(0, 2)).toEqual([amendment.id, first.revision.id]);
    expect(list[0]).toMatchObject({ amendment: true, status: "PUBLISHED", by: "承認 太郎 (Approver)" });
    expect(list[1]).toMatchObject({ amendment: false, status: "SUPERSEDED" });
  });
});
