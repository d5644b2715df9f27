// Helpers for integration tests (*.int.test.ts). They run against the real,
// freshly migrated PostgreSQL that scripts/with-db.mjs --scratch provides. Notices
// are made through the console's commands (lib/notices/commands/test-support.ts).
import { db, type Tx } from "@/lib/db";
import { publishedAmendment as amend } from "@/lib/notices/commands/test-support";
import type { RevisionContentInput } from "@/lib/notices/content/schema";

export { draftNotice, minimalContent, publishedNotice, publishThroughApproval, staffIds, uniqueSlug } from "@/lib/notices/commands/test-support";

/**
 * An amendment (content carries `amendment`) drafted by the editor from the notice's
 * published revision and published through the normal path. `basedOnId` is the
 * revision the caller expects to amend: the published one.
 */
export async function publishedAmendment(noticeId: string, basedOnId: string, content: RevisionContentInput) {
  const draft = await amend(noticeId, content);
  if (draft.basedOnId !== basedOnId) throw new Error(`the amendment is based on ${draft.basedOnId}, not on ${basedOnId}`);
  return draft;
}

/**
 * Runs `change` with the database's "slug and kind are fixed once published" rule
 * (trigger Notice_identity_fixed) switched off for its transaction only: for tests of
 * what other triggers do when an operator renames or re-kinds a published notice by
 * hand. Integration files run one after another, so the table lock this takes is brief
 * and harmless.
 */
export async function withoutIdentityGuard<T>(change: (tx: Tx) => Promise<T>): Promise<T> {
  return db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`ALTER TABLE "Notice" DISABLE TRIGGER "Notice_identity_fixed"`);
    const result = await change(tx);
    await tx.$executeRawUnsafe(`ALTER TABLE "Notice" ENABLE TRIGGER "Notice_identity_fixed"`);
    return result;
  });
}
