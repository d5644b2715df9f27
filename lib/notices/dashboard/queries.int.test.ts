import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seed } from "@/prisma/seed";
import { createNotice, discardDraft, rejectRevision, saveDraft, scheduleRevision, submitRevision, withdrawNotice } from "@/lib/notices/commands";
import { as, submitAndApprove, versionOf } from "@/lib/notices/commands/test-support";
import { minimalContent, publishedAmendment, publishedNotice, staffIds, uniqueSlug } from "@/test/db-helpers";
import { awaitingReview, inMaintenanceNow, loadDashboard, myDrafts, recentlyPublished, scheduled } from "./queries";

beforeAll(async () => {
  await seed();
});

const ids = (items: { revisionId: string }[]) => items.map((i) => i.revisionId);

/** A new notice whose first draft `userId` wrote. */
const draftBy = (userId: string, content = minimalContent()) => as(userId, (c) => createNotice(c, { kind: "SCHEDULED", slug: uniqueSlug(), content }));
const submit = (userId: string, revisionId: string) => as(userId, async (c) => submitRevision(c, { revisionId, version: await versionOf(revisionId) }));

describe("dashboard lists", () => {
  it("my drafts: drafts the user wrote or edited and those sent back, not submitted ones, not others', not discarded", async () => {
    const { editor, approver } = await staffIds();
    const draft = await draftBy(editor);
    const edited = await draftBy(approver);
    await as(editor, async (c) => saveDraft(c, { revisionId: edited.revisionId, version: await versionOf(edited.revisionId), content: minimalContent(30) }));
    const rejected = await draftBy(editor);
    await submit(editor, rejected.revisionId);
    await as(approver, async (c) => rejectRevision(c, { revisionId: rejected.revisionId, version: await versionOf(rejected.revisionId), comment: "直してください" }));
    const submitted = await draftBy(editor);
    await submit(editor, submitted.revisionId);
    const discarded = await draftBy(editor);
    await as(editor, async (c) => discardDraft(c, { revisionId: discarded.revisionId, version: await versionOf(discarded.revisionId) }));

    const mine = ids(await myDrafts(db, editor));
    expect(mine).toEqual(expect.arrayContaining([draft.revisionId, edited.revisionId, rejected.revisionId]));
    expect(mine).not.toContain(submitted.revisionId);
    expect(mine).not.toContain(discarded.revisionId);
    expect(ids(await myDrafts(db, approver))).not.toContain(draft.revisionId);
    // last edited first
    expect(mine.indexOf(rejected.revisionId)).toBeLessThan(mine.indexOf(draft.revisionId));
  });

  it("waiting for my review: submitted revisions of others, never one the approver wrote, edited or submitted", async () => {
    const { editor, approver } = await staffIds();
    const byEditor = await draftBy(editor);
    await submit(editor, byEditor.revisionId);
    const byApprover = await draftBy(approver);
    await submit(approver, byApprover.revisionId);
    const editedByApprover = await draftBy(editor);
    await as(approver, async (c) => saveDraft(c, { revisionId: editedByApprover.revisionId, version: await versionOf(editedByApprover.revisionId), content: minimalContent(30) }));
    await submit(editor, editedByApprover.revisionId);

    const forApprover = await awaitingReview(db, approver);
    expect(ids(forApprover)).toContain(byEditor.revisionId);
    expect(ids(forApprover)).not.toContain(byApprover.revisionId);
    expect(ids(forApprover)).not.toContain(editedByApprover.revisionId);
    expect(forApprover.find((i) => i.revisionId === byEditor.revisionId)).toMatchObject({ by: "編集 花子 (Editor)", status: "SUBMITTED" });
    // the editor's own submission is not in their queue either
    expect(ids(await awaitingReview(db, editor))).not.toContain(byEditor.revisionId);
  });

  it("the review queue is only an approver's", async () => {
    const { editor } = await staffIds();
    expect((await loadDashboard(db, { id: editor, roles: ["EDITOR"] }, new Date())).awaitingMyReview).toBeNull();
    expect((await loadDashboard(db, { id: editor, roles: ["EDITOR", "APPROVER"] }, new Date())).awaitingMyReview).toEqual(expect.any(Array));
  });

  it("scheduled: approved revisions with a publication time, soonest first; approved ones without a time are not", async () => {
    const { editor } = await staffIds();
    const approve = async (publishAt: Date | null) => {
      const { revisionId } = await draftBy(editor);
      const { approver } = await submitAndApprove(revisionId);
      if (publishAt) await as(approver, async (c) => scheduleRevision(c, { revisionId, version: await versionOf(revisionId), publishAt }));
      return revisionId;
    };
    const later = await approve(new Date(Date.now() + 7_200_000));
    const sooner = await approve(new Date(Date.now() + 3_600_000));
    const unscheduled = await approve(null);
    const list = ids(await scheduled(db));
    expect(list).not.toContain(unscheduled);
    expect(list.filter((id) => id === later || id === sooner)).toEqual([sooner, later]);
  });

  it("in maintenance now: published notices with a window covering the instant, not cancelled, not withdrawn", async () => {
    const { approver } = await staffIds();
    const running = await publishedNotice(minimalContent(-1)); // 1 h ago to 1 h ahead
    const upcoming = await publishedNotice(minimalContent(5));
    const withdrawn = await publishedNotice(minimalContent(-1));
    await as(approver, (c) => withdrawNotice(c, { noticeId: withdrawn.notice.id, reason: "誤って公開" }));
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

