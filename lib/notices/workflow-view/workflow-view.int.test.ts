import { beforeAll, describe, expect, it } from "vitest";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { seed } from "@/prisma/seed";
import { submitRevision } from "@/lib/notices/workflow/workflow";
import { createRevisionDraft } from "@/lib/notices/content/write";
import { draftNotice, minimalContent, publishedNotice, staffIds } from "@/test/db-helpers";
import { availableActions, needsBackfill } from "./available-actions";
import { loadConsoleHistory } from "./history";
import { loadNoticeWorkflow } from "./load-notice";

beforeAll(async () => {
  await seed();
});

const load = async (id: string) => (await loadNoticeWorkflow(id))!;

describe("the notice header's workflow buttons", () => {
  it("never offers approval to the revision's author or submitter, even an approver; offers it to another approver", async () => {
    const { editor, approver } = await staffIds();
    const { notice, revision } = await draftNotice();
    await db.revision.update({ where: { id: revision.id }, data: { authorId: approver } });
    await db.$transaction((tx) => submitRevision(tx, revision.id, { userId: approver }));
    const n = await load(notice.id);
    expect(availableActions({ id: approver, roles: ["EDITOR", "APPROVER"] }, n)).not.toContain("approve");
    expect(availableActions({ id: editor, roles: ["EDITOR", "APPROVER"] }, n)).toEqual(expect.arrayContaining(["approve", "reject"]));
    // an editor without the approver role approves nothing
    expect(availableActions({ id: editor, roles: ["EDITOR"] }, n)).toEqual([]);
  });

  it("offers break glass only for 緊急/障害 notices, and only to approvers", async () => {
    const { approver, editor } = await staffIds();
    const emergency = await load((await draftNotice(minimalContent(), "EMERGENCY")).notice.id);
    const scheduled = await load((await draftNotice(minimalContent(), "SCHEDULED")).notice.id);
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

    await db.$transaction((tx) => createRevisionDraft(tx, { noticeId: notice.id, basedOnId: revision.id, content: minimalContent(), authorId: editor }));
    const amending = await load(notice.id);
    expect(amending.working?.basedOnId).toBe(revision.id);
    expect(availableActions({ id: editor, roles: ["EDITOR"] }, amending)).toEqual(["submit", "discard"]);
  });

  it("asks for the backfill confirmation only for a first publication whose windows have all ended", async () => {
    const past = await load((await draftNotice(minimalContent(-48))).notice.id);
    const future = await load((await draftNotice(minimalContent(48))).notice.id);
    expect(needsBackfill(past, new Date())).toBe(true);
    expect(needsBackfill(future, new Date())).toBe(false);
  });
});

describe("the console's history", () => {
  it("lists every revision with its audit events, who and when, and a rejection's comment", async () => {
    const { editor, approver } = await staffIds();
    const { notice, revision } = await draftNotice();
    await db.$transaction((tx) => submitRevision(tx, revision.id, { userId: editor }));
    await db.$transaction((tx) =>
      audit(tx, { actor: { userId: approver }, action: "revision.reject", entityType: "Revision", entityId: revision.id, noticeId: notice.id, revisionId: revision.id, data: { comment: "見出しを直してください" } }),
    );
    const history = await loadConsoleHistory(notice.id);
    expect(history.revisions).toHaveLength(1);
    expect(history.revisions[0]!.events.map((e) => [e.action, e.actor, e.note])).toEqual([
      ["revision.reject", "承認 太郎 (Approver)", "見出しを直してください"],
      ["revision.submit", "編集 花子 (Editor)", null],
    ]);
  });

  it("is empty of other notices' events", async () => {
    const a = await draftNotice();
    const b = await draftNotice();
    const { editor } = await staffIds();
    await db.$transaction((tx) => submitRevision(tx, b.revision.id, { userId: editor }));
    expect((await loadConsoleHistory(a.notice.id)).revisions[0]!.events).toEqual([]);
  });
});
