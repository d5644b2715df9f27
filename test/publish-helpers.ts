// Helpers for integration tests that watch publications happen: publications through
// the real workflow (submit, approve, publish), one of them held open mid-transaction.
import { db } from "@/lib/db";
import { approveRevision, publishRevision, submitRevision } from "@/lib/notices/workflow/workflow";
import { draftNotice, staffIds } from "@/test/db-helpers";

/** A notice with one approved revision, ready to publish. */
export async function approvedNotice() {
  const { editor, approver } = await staffIds();
  const { notice, revision } = await draftNotice();
  await db.$transaction((tx) => submitRevision(tx, revision.id, { userId: editor }));
  await db.$transaction((tx) => approveRevision(tx, revision.id, { userId: approver }));
  return { notice, revision, approver };
}

export async function publishNow(notice: Awaited<ReturnType<typeof approvedNotice>>) {
  await db.$transaction((tx) => publishRevision(tx, notice.revision.id, { actor: { userId: notice.approver } }));
}

/**
 * Publishes in a transaction that stays open after its rows are written until
 * `commit()` is called: `written` resolves once they are, `commit()` resolves once
 * the transaction has committed.
 */
export async function publishHeld(notice: Awaited<ReturnType<typeof approvedNotice>>) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let wrote!: () => void;
  const written = new Promise<void>((resolve) => (wrote = resolve));
  const done = db.$transaction(
    async (tx) => {
      await publishRevision(tx, notice.revision.id, { actor: { userId: notice.approver } });
      wrote();
      await gate;
    },
    { timeout: 60_000 },
  );
  // surface a failure before `written` instead of waiting forever
  await Promise.race([written, done]);
  return {
    async commit() {
      release();
      await done;
    },
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves when `check` holds, polling every 10 ms; rejects after `timeoutMs`. */
export async function until(check: () => boolean, timeoutMs = 5_000, what = "the condition"): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(10);
  }
}
