import { beforeAll, describe, expect, it } from "vitest";
import { ConflictError } from "@/lib/actions/errors";
import { db } from "@/lib/db";
import { loadNotice } from "@/lib/notices/published/load-notice";
import { buildNoticeView } from "@/lib/notices/page/view";
import { seed } from "@/prisma/seed";
import {
  commandMessages as m,
  discardDraft,
  publishRevision,
  rebaseDraft,
  rejectRevision,
  saveDraft,
  setAmendment,
  startAmendment,
  submitRevision,
  withdrawNotice,
  WorkflowError,
} from ".";
import { amendmentDraft, as, draftNotice, minimalContent, publishedAmendment, publishedNotice, publishThroughApproval, staffIds, submitAndApprove, versionOf } from "./test-support";

beforeAll(async () => {
  await seed();
});

const ref = async (revisionId: string) => ({ revisionId, version: await versionOf(revisionId) });
const lastAction = async (revisionId: string) =>
  (await db.auditEvent.findFirstOrThrow({ where: { revisionId }, orderBy: [{ at: "desc" }, { id: "desc" }] })).action;

describe("amendments", () => {
  it("start from a copy of the published revision, based on it, and need a type and summary before review", async () => {
    const { editor } = await staffIds();
    const { notice, revision } = await publishedNotice(minimalContent(24, { title: { ja: "元の題" } }));
    const draft = await as(editor, (c) => startAmendment(c, { noticeId: notice.id }));
    expect(await db.revision.findUniqueOrThrow({ where: { id: draft.revisionId } })).toMatchObject({ status: "DRAFT", basedOnId: revision.id, titleJa: "元の題", authorId: editor });
    expect(await db.section.count({ where: { revisionId: draft.revisionId } })).toBe(1);
    expect(await lastAction(draft.revisionId)).toBe("revision.create");
    const error = await as(editor, async (c) => submitRevision(c, await ref(draft.revisionId))).catch((e) => e);
    expect(error).toBeInstanceOf(WorkflowError);
    expect(error).toMatchObject({ field: "type", message: m.amendmentRequired });
    const set = await as(editor, async (c) =>
      setAmendment(c, { ...(await ref(draft.revisionId)), type: "ADDENDUM", summaryJa: "注意事項を追記", sectionKeys: ["content"], windowKeys: ["main"] }),
    );
    expect(await db.amendment.findUniqueOrThrow({ where: { revisionId: draft.revisionId } })).toMatchObject({ type: "ADDENDUM", summaryJa: "注意事項を追記", sectionKeys: ["content"] });
    await as(editor, (c) => submitRevision(c, { revisionId: draft.revisionId, version: set.version }));
  });

  it("names only sections and windows the draft has", async () => {
    const { editor } = await staffIds();
    const { notice } = await publishedNotice();
    const draft = await as(editor, (c) => startAmendment(c, { noticeId: notice.id }));
    const error = await as(editor, (c) => setAmendment(c, { ...draft, type: "CHANGE", summaryJa: "変更", sectionKeys: ["nowhere"] })).catch((e) => e);
    expect(error).toMatchObject({ field: "sectionKeys", message: m.unknownSection("nowhere") });
    expect(await db.amendment.count({ where: { revisionId: draft.revisionId } })).toBe(0);
  });

  it("refuses to publish an amendment when someone published another in between, and publishes it once rebased", async () => {
    const { notice, revision } = await publishedNotice();
    const first = await amendmentDraft(notice.id, { ...minimalContent(), amendment: { type: "ADDENDUM", summary: { ja: "一つ目の追記" } } });
    const second = await amendmentDraft(notice.id, { ...minimalContent(24, { title: { ja: "二つ目の題" } }), amendment: { type: "CORRECTION", summary: { ja: "二つ目の訂正" } } });
    expect([first.basedOnId, second.basedOnId]).toEqual([revision.id, revision.id]);
    await publishThroughApproval(first.id);
    const { approver } = await submitAndApprove(second.id);
    const error = await as(approver, async (c) => publishRevision(c, await ref(second.id))).catch((e) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ message: m.publishedInBetween, field: "basedOn", current: { publishedRevisionId: first.id, publishedNumber: 2 } });
    expect(await db.revision.findUniqueOrThrow({ where: { id: second.id } })).toMatchObject({ status: "APPROVED", number: null });

    const { editor } = await staffIds();
    const rebased = await as(editor, async (c) => rebaseDraft(c, await ref(second.id)));
    expect(rebased.basedOnId).toBe(first.id);
    // the draft keeps its own text; rebasing is an edit, so its approval is gone
    expect(await db.revision.findUniqueOrThrow({ where: { id: second.id } })).toMatchObject({ status: "DRAFT", basedOnId: first.id, titleJa: "二つ目の題", approvedById: null });
    await publishThroughApproval(second.id);
    expect(await db.revision.findUniqueOrThrow({ where: { id: second.id } })).toMatchObject({ status: "PUBLISHED", number: 3 });
  });

  it("never forces an amendment whose windows have ended into a backfill: 完了 notifies", async () => {
    const { notice } = await publishedNotice(minimalContent(-1));
    const ended = minimalContent(-3);
    const completion = await publishedAmendment(notice.id, { ...ended, amendment: { type: "COMPLETION", summary: { ja: "作業は完了しました" } } });
    expect(await db.revision.findUniqueOrThrow({ where: { id: completion.id } })).toMatchObject({ status: "PUBLISHED", backfill: false, number: 2 });
    // the outbox wrote its rows (recipients, or "no-recipients"), none of them a backfill's silence
    const rows = await db.sendLog.findMany({ where: { revisionId: completion.id }, select: { reason: true } });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.reason)).not.toContain("backfill");
  });

  it("numbers incident reports by published 続報: a 表記修正 in between skips no number", async () => {
    const { notice } = await publishedNotice(minimalContent(), "INCIDENT");
    await publishedAmendment(notice.id, { ...minimalContent(), amendment: { type: "EDITORIAL", summary: { ja: "誤字の修正" } } });
    await publishedAmendment(notice.id, { ...minimalContent(), amendment: { type: "FOLLOW_UP", summary: { ja: "続報" } } });
    const view = buildNoticeView((await loadNotice(notice.slug))!, "ja", new Date());
    expect(view.number).toBe(3);
    expect(view.report).toBe("第2報");
  });
});

describe("slug and kind", () => {
  it("change with a save before the first publication only", async () => {
    const { editor } = await staffIds();
    const { notice, revision } = await draftNotice();
    const renamed = `${notice.slug}-new`;
    await as(editor, async (c) => saveDraft(c, { ...(await ref(revision.id)), content: minimalContent(), slug: renamed, kind: "EXTRAORDINARY" }));
    expect(await db.notice.findUniqueOrThrow({ where: { id: notice.id } })).toMatchObject({ slug: renamed, kind: "EXTRAORDINARY" });
    await publishThroughApproval(revision.id);
    const draft = await as(editor, (c) => startAmendment(c, { noticeId: notice.id }));
    for (const [change, field, message] of [
      [{ slug: `${renamed}-again` }, "slug", m.slugFixed],
      [{ kind: "EMERGENCY" as const }, "kind", m.kindFixed],
    ] as const) {
      const error = await as(editor, async (c) => saveDraft(c, { ...(await ref(draft.revisionId)), content: minimalContent(), ...change })).catch((e) => e);
      expect(error).toBeInstanceOf(WorkflowError);
      expect(error).toMatchObject({ field, message });
    }
    expect(await db.notice.findUniqueOrThrow({ where: { id: notice.id } })).toMatchObject({ slug: renamed, kind: "EXTRAORDINARY" });
  });
});

describe("reject, discard, withdraw", () => {
  it("rejects with a comment kept on the revision and audited; the editor resubmits after editing", async () => {
    const { editor, approver } = await staffIds();
    const { revision } = await draftNotice();
    await as(editor, async (c) => submitRevision(c, await ref(revision.id)));
    await as(approver, async (c) => rejectRevision(c, { ...(await ref(revision.id)), comment: "日時の表記を見直してください" }));
    expect(await db.revision.findUniqueOrThrow({ where: { id: revision.id } })).toMatchObject({ status: "REJECTED", rejectedById: approver, rejectionComment: "日時の表記を見直してください" });
    const event = await db.auditEvent.findFirstOrThrow({ where: { revisionId: revision.id, action: "revision.reject" } });
    expect(event.data).toMatchObject({ comment: "日時の表記を見直してください" });
    await as(editor, async (c) => saveDraft(c, { ...(await ref(revision.id)), content: minimalContent(24, { title: { ja: "見直した題" } }) }));
    await as(editor, async (c) => submitRevision(c, await ref(revision.id)));
    expect((await db.revision.findUniqueOrThrow({ where: { id: revision.id } })).status).toBe("SUBMITTED");
  });

  it("discards a draft; a notice left with nothing else is deleted", async () => {
    const { editor } = await staffIds();
    const { notice, revision } = await draftNotice();
    await as(editor, async (c) => discardDraft(c, await ref(revision.id)));
    expect((await db.revision.findUniqueOrThrow({ where: { id: revision.id } })).status).toBe("DISCARDED");
    expect((await db.notice.findUniqueOrThrow({ where: { id: notice.id } })).deletedAt).not.toBeNull();
    expect(await lastAction(revision.id)).toBe("revision.discard");
    const error = await as(editor, async (c) => discardDraft(c, await ref(revision.id))).catch((e) => e);
    expect(error.message).toBe(m.wrongStatus(m.discardable, "DISCARDED"));
  });

  it("withdraws a published notice: it leaves the index, its public reads find nothing, audited with the reason", async () => {
    const { approver } = await staffIds();
    const { notice } = await publishedNotice();
    expect(await loadNotice(notice.slug)).not.toBeNull();
    const outcome = await as(approver, (c) => withdrawNotice(c, { noticeId: notice.id, reason: "誤って公開したため" }));
    expect(outcome.published).toEqual([{ slug: notice.slug }]);
    expect(await db.notice.findUniqueOrThrow({ where: { id: notice.id } })).toMatchObject({ state: "WITHDRAWN", withdrawnReason: "誤って公開したため" });
    expect((await db.noticeListing.findUniqueOrThrow({ where: { noticeId: notice.id } })).visible).toBe(false);
    expect(await loadNotice(notice.slug)).toBeNull();
    expect((await db.auditEvent.findFirstOrThrow({ where: { noticeId: notice.id, action: "notice.withdraw" } })).data).toMatchObject({ reason: "誤って公開したため" });
    const again = await as(approver, (c) => withdrawNotice(c, { noticeId: notice.id, reason: "二度目" })).catch((e) => e);
    expect(again.message).toBe(m.alreadyWithdrawn);
  });

  it("keeps a withdrawal final: no amendment starts, and a draft begun before it cannot be published", async () => {
    const { editor, approver } = await staffIds();
    const { notice } = await publishedNotice();
    const amended = { ...minimalContent(), amendment: { type: "CHANGE" as const, summary: { ja: "日時を変更しました" } } };
    const draft = await amendmentDraft(notice.id, amended);
    await submitAndApprove(draft.id);
    await as(approver, (c) => withdrawNotice(c, { noticeId: notice.id, reason: "実施を見送ったため" }));
    const started = await as(editor, (c) => startAmendment(c, { noticeId: notice.id })).catch((e) => e);
    expect(started).toBeInstanceOf(WorkflowError);
    expect(started.message).toBe(m.withdrawnFinal);
    const published = await as(approver, async (c) => publishRevision(c, await ref(draft.id))).catch((e) => e);
    expect(published).toBeInstanceOf(WorkflowError);
    expect(published.message).toBe(m.withdrawnFinal);
    // nothing changed: still withdrawn with its reason, the draft still approved, nothing public
    expect(await db.notice.findUniqueOrThrow({ where: { id: notice.id } })).toMatchObject({ state: "WITHDRAWN", withdrawnReason: "実施を見送ったため" });
    expect((await db.revision.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("APPROVED");
    expect(await db.revision.findMany({ where: { noticeId: notice.id, number: { not: null } }, select: { number: true } })).toEqual([{ number: 1 }]);
    expect(await loadNotice(notice.slug)).toBeNull();
  });
});
