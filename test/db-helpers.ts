// Helpers for integration tests (*.int.test.ts). They run against the real,
// freshly migrated PostgreSQL that scripts/with-db.mjs --scratch provides.
import { db } from "@/lib/db";
import { createRevisionDraft } from "@/lib/notices/content/write";
import type { RevisionContentInput } from "@/lib/notices/content/schema";

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

export async function staffIds() {
  const [editor, approver] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { email: "editor@example.com" } }),
    db.user.findUniqueOrThrow({ where: { email: "approver@example.com" } }),
  ]);
  return { editor: editor.id, approver: approver.id };
}

/** A notice with one DRAFT revision. */
export async function draftNotice(content: RevisionContentInput = minimalContent()) {
  const { editor } = await staffIds();
  return db.$transaction(async (tx) => {
    const issuer = await tx.issuer.findFirstOrThrow();
    const notice = await tx.notice.create({ data: { slug: uniqueSlug(), kind: "SCHEDULED", issuerId: issuer.id, createdById: editor } });
    const revision = await createRevisionDraft(tx, { noticeId: notice.id, content, authorId: editor });
    return { notice, revision };
  });
}
