import { beforeAll, describe, expect, it } from "vitest";
import { seed } from "@/prisma/seed";
import { createNotice, rejectRevision, saveDraft, startAmendment, submitRevision, withdrawNotice } from "@/lib/notices/commands";
import { as, versionOf } from "@/lib/notices/commands/test-support";
import { minimalContent, publishedNotice, staffIds, uniqueSlug } from "@/test/db-helpers";
import type { NoticeKind } from "@/lib/generated/prisma/enums";
import { availableActions, needsBackfill } from "./available-actions";
import { loadConsoleHistory } from "./history";
import { loadNoticeWorkflow } from "./load-notice";

beforeAll(async () => {
  await seed();
});

const load = async (id: string) => (await loadNoticeWorkflow(id))!;
const draftBy = (userId: string, content = minimalContent(), kind: NoticeKind = "SCHEDULED") =>
  as(userId, (c) => createNotice(c, { kind, slug: uniqueSlug(), content }));
const submit = (userId: string, revisionId: string) => as(userId, async (c) => submitRevision(c, { revisionId, version: await versionOf(revisionId) }));

describe("the notice header's workflow buttons", () => {
  it("never offers approval to the revision's author, an editor of it or its submitter, even an approver; offers it to another approver", async () => {
    const { editor, approver } = await staffIds();
    const written = await draftBy(approver);
    await submit(approver, written.revisionId);
    expect(availableActions({ id: approver, roles: ["EDITOR", "APPROVER"] }, await load(written.noticeId))).not.toContain("approve");
    expect(availableActions({ id: editor, roles: ["EDITOR", "APPROVER"] }, await load(written.noticeId))).toEqual(expect.arrayContaining(["approve", "reject"]));

    // the approver only saved it once: still theirs
    const edited = await draftBy(editor);
    await as(approver, async (c) => saveDraft(c, { revisionId: edited.revisionId, version: await versionOf(edited.revisionId), content: minimalContent(30) }));
    await submit(editor, edited.revisionId);
    expect(availableActions({ id: approver, roles: ["EDITOR", "APPROVER"] }, await load(edited.noticeId))).not.toContain("approve");
    // an editor without the approver role approves nothing
    expect(availableActions({ id: "someone-else", roles: ["EDITOR"] }, await load(written.noticeId))).toEqual([]);
  });

  it("offers break glass only for 緊急/障害 notices, and only to approvers", async () => {
    const { approver, editor } = await staffIds();
    const emergency = await load((await draftBy(editor, minimalContent(), "EMERGENCY")).noticeId);
    const scheduled = await load((await draftBy(editor, minimalContent(), "SCHEDULED")).noticeId);
    expect(availableActions({ id: approver, roles: ["EDITOR", "APPROVER"] }, emergency)).toContain("breakGlass");
    expect(availableActions({ id: approver, roles: ["EDITOR", "APPROVER"] }, scheduled)).not.toContain("breakGlass");
    expect(availableActions({ id: editor, roles: ["EDITOR"] }, emergency)).toEqual(["submit", "discard"]);
  });

  it("offers 訂正・追記 on a published notice without a working draft, and withdrawal to approvers", async () => {
    const { approver, editor } = await staffIds();
    const { notice, revision } = await publishedNotice();
    const published = await load(notice.id);
    expect(published.published?.id).toBe(revision.id);
    expect(published.working).toBeNull();
    expect(availableActions({ id: editor, roles: ["EDITOR"] }, published)).toEqual(["amend"]);
    expect(availableActions({ id: approver, roles: ["APPROVER"] }, published)).toEqual(["withdraw"]);

    await as(editor, (c) => startAmendment(c, { noticeId: notice.id }));
    const amending = await load(notice.id);
    expect(amending.working?.basedOnId).toBe(revision.id);
    expect(availableActions({ id: editor, roles: ["EDITOR"] }, amending)).toEqual(["submit", "discard"]);
  });

  it("offers nothing on a withdrawn notice but discarding a draft begun before the withdrawal", async () => {
    const { approver, editor } = await staffIds();
    const { notice } = await publishedNotice();
    await as(editor, (c) => startAmendment(c, { noticeId: notice.id }));
    await as(approver, (c) => withdrawNotice(c, { noticeId: notice.id, reason: "見送り" }));
    const withdrawn = await load(notice.id);
    expect(withdrawn.state).toBe("WITHDRAWN");
    expect(availableActions({ id: editor, roles: ["EDITOR", "APPROVER"] }, withdrawn)).toEqual(["discard"]);
    expect(availableActions({ id: approver, roles: ["APPROVER"] }, withdrawn)).toEqual([]);
    expect(availableActions({ id: "someone-else", roles: ["EDITOR", "APPROVER"] }, { ...withdrawn, working: null })).toEqual([]);
  });

  it("asks for the backfill confirmation only for a first publication whose windows have all ended", async () => {
    const { editor } = await staffIds();
    const past = await load((await draftBy(editor, minimalContent(-48))).noticeId);
    const future = await load((await draftBy(editor, minimalContent(48))).noticeId);
    expect(needsBackfill(past, new Date())).toBe(true);
    expect(needsBackfill(future, new Date())).toBe(false);
  });
});

describe("the console's history", () => {
  it("lists every revision with its audit events, who and when, and a rejection's comment", async () => {
    const { editor, approver } = await staffIds();
    const { noticeId, revisionId } = await draftBy(editor);
    await submit(editor, revisionId);
    await as(approver, async (c) => rejectRevision(c, { revisionId, version: await versionOf(revisionId), comment: "見出しを直してください" }));
    const history = await loadConsoleHistory(noticeId);
    expect(history.revisions).toHaveLength(1);
    expect(history.revisions[0]!.events.map((e) => [e.action, e.actor, e.note])).toEqual([
      ["revision.reject", "承認 太郎 (Approver)", "見出しを直してください"],
      ["revision.submit", "編集 花子 (Editor)", null],
      ["revision.create", "編集 花子 (Editor)", null],
    ]);
    expect(history.noticeEvents.map((e) => e.action)).toEqual(["notice.create"]);
    expect((await load(noticeId)).working).toMatchObject({ status: "REJECTED", rejectionComment: "見出しを直してください" });
  });

  it("is empty of other notices' events", async () => {
    const { editor } = await staffIds();
    const a = await draftBy(editor);
    const b = await draftBy(editor);
    await submit(editor, b.revisionId);
    expect((await loadConsoleHistory(a.noticeId)).revisions[0]!.events.map((e) => e.action)).toEqual(["revision.create"]);
  });
});
