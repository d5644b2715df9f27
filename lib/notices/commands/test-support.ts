// Fixtures for integration tests that need notices in a given state. They go through
// the same commands as the console (DESIGN.md Decision 11): the editor writes and
// submits, the approver (who wrote nothing) approves and publishes, each step in its
// own transaction, as people do it.
import { db } from "@/lib/db";
import type { NoticeKind, Role } from "@/lib/generated/prisma/enums";
import type { RevisionContentInput } from "@/lib/notices/content/schema";
import { contextFor, type CommandContext } from "./context";
import { createNotice, saveDraft, startAmendment } from "./drafts";
import { publishRevision, type PublishOptions } from "./publish";
import { approveRevision, submitRevision } from "./transitions";

let counter = 0;
export const uniqueSlug = (prefix = "test") => `${prefix}-${Date.now().toString(36)}-${++counter}`;

/** A small valid revision whose window starts `startsInHours` from now. */
export function minimalContent(startsInHours = 24, overrides: Partial<RevisionContentInput> = {}): RevisionContentInput {
  const start = new Date(Date.now() + startsInHours * 3_600_000);
  return {
    title: { ja: "テストメンテナンスのお知らせ" },
    lead: { ja: "平素は格別のご高配を賜り、厚く御礼申し上げます。" },
    merchantAction: { level: "NONE" },
    contactKey: "customer-service",
    windows: [{ key: "main", startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 2 * 3_600_000).toISOString() }],
    sections: [{ key: "content", heading: { ja: "メンテナンス実施内容" }, blocks: [{ type: "PROSE", body: { ja: "作業を行います。" } }] }],
    ...overrides,
  };
}

/** The seeded editor and approver (prisma/seed.ts must have run). */
export async function staffIds() {
  const [editor, approver] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { email: "editor@example.com" } }),
    db.user.findUniqueOrThrow({ where: { email: "approver@example.com" } }),
  ]);
  return { editor: editor.id, approver: approver.id };
}

/** Runs `command` as the user, in a transaction of its own (what defineAction does for a form). */
export function as<T>(userId: string, command: (context: CommandContext) => Promise<T>): Promise<T> {
  // maxWait: fixtures run side by side in some tests, and a busy machine is slow to hand out connections
  return db.$transaction(async (tx) => command(await contextFor(tx, userId)), { timeout: 30_000, maxWait: 15_000 });
}

export async function versionOf(revisionId: string): Promise<number> {
  return (await db.revision.findUniqueOrThrow({ where: { id: revisionId }, select: { version: true } })).version;
}

/** A notice with one DRAFT revision written by the editor. */
export async function draftNotice(content: RevisionContentInput = minimalContent(), kind: NoticeKind = "SCHEDULED") {
  const { editor } = await staffIds();
  const created = await as(editor, (c) => createNotice(c, { kind, slug: uniqueSlug(), content }));
  const notice = await db.notice.findUniqueOrThrow({ where: { id: created.noticeId } });
  const revision = await db.revision.findUniqueOrThrow({ where: { id: created.revisionId } });
  return { notice, revision };
}

/** The editor submits the revision, the approver approves it. */
export async function submitAndApprove(revisionId: string) {
  const { editor, approver } = await staffIds();
  await as(editor, async (c) => submitRevision(c, { revisionId, version: await versionOf(revisionId) }));
  await as(approver, async (c) => approveRevision(c, { revisionId, version: await versionOf(revisionId) }));
  return { approver };
}

/** The normal path (Decision 5): submitted by the editor, approved and published by the approver. */
export async function publishThroughApproval(revisionId: string, options: PublishOptions = {}) {
  const { approver } = await submitAndApprove(revisionId);
  return as(approver, async (c) => publishRevision(c, { revisionId, version: await versionOf(revisionId), ...options }));
}

/** A new notice whose first revision went through the normal path. */
export async function publishedNotice(content: RevisionContentInput = minimalContent(), kind: NoticeKind = "SCHEDULED", options: PublishOptions = {}) {
  const { notice, revision } = await draftNotice(content, kind);
  await publishThroughApproval(revision.id, options);
  return { notice, revision };
}

/** An amendment draft of the notice's published revision with `content` (which carries its `amendment`), by the editor. */
export async function amendmentDraft(noticeId: string, content: RevisionContentInput) {
  const { editor } = await staffIds();
  const { revisionId } = await as(editor, (c) => startAmendment(c, { noticeId }));
  await as(editor, async (c) => saveDraft(c, { revisionId, version: await versionOf(revisionId), content }));
  return db.revision.findUniqueOrThrow({ where: { id: revisionId } });
}

/** An amendment drafted by the editor and published through the normal path. */
export async function publishedAmendment(noticeId: string, content: RevisionContentInput, options: PublishOptions = {}) {
  const draft = await amendmentDraft(noticeId, content);
  await publishThroughApproval(draft.id, options);
  return draft;
}

/** A new staff user with `roles` (e.g. a second approver for four eyes and races). */
export async function createStaff(roles: Role[], name = "テスト職員") {
  const user = await db.user.create({ data: { email: `${uniqueSlug("staff")}@staff.test`, name, roles } });
  return user.id;
}
