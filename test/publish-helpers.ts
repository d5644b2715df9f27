// Helpers for integration tests that watch publications happen: publications through
// the real workflow (submit, approve, publish), one of them held open mid-transaction.
import { db } from "@/lib/db";
import { contextFor, publishRevision } from "@/lib/notices/commands";
import { as, draftNotice, submitAndApprove, versionOf } from "@/lib/notices/commands/test-support";

/** A notice with one approved revision, ready to publish. */
export async function approvedNotice() {
  const { notice, revision } = await draftNotice();
  const { approver } = await submitAndApprove(revision.id);
  return { notice, revision, approver };
}

export async function publishNow(notice: Awaited<ReturnType<typeof approvedNotice>>) {
  await as(notice.approver, async (c) => publishRevision(c, { revisionId: notice.revision.id, version: await versionOf(notice.revision.id) }));
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
      const version = (await tx.revision.findUniqueOrThrow({ where: { id: notice.revision.id } })).version;
      await publishRevision(await contextFor(tx, notice.approver), { revisionId: notice.revision.id, version });
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
