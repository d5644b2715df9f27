// The change log against real PostgreSQL: what the triggers write, and the reader
// that polls it by snapshot. The trap it must not fall into: a transaction that
// wrote its row (and took its id) before others, and commits after them.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { contextFor, publishRevision } from "@/lib/notices/commands";
import { versionOf } from "@/lib/notices/commands/test-support";
import { seed } from "@/prisma/seed";
import { draftNotice, withoutIdentityGuard } from "@/test/db-helpers";
import { approvedNotice, publishHeld, publishNow, sleep } from "@/test/publish-helpers";
import { openChangeReader } from "./change-feed";

beforeAll(async () => {
  await seed();
});

const slugsOf = (changes: { slug: string }[]) => changes.map((c) => c.slug);

describe("reading changes by snapshot", () => {
  it("reads a transaction that commits after later ones exactly once, at the first read after its commit", async () => {
    const reader = await openChangeReader(db);
    const [slow, quick, later] = await Promise.all([approvedNotice(), approvedNotice(), approvedNotice()]);

    const held = await publishHeld(slow);
    await publishNow(quick); // commits while `slow` is still open
    const first = await reader.read();
    expect(slugsOf(first)).toEqual([quick.notice.slug]);

    // longer than the old loop's look-back (one tick of 1 s before the previous tick),
    // with another commit meanwhile: nothing about `slow` may be read yet
    await sleep(2_500);
    await publishNow(later);
    expect(slugsOf(await reader.read())).toEqual([later.notice.slug]);
    expect(await reader.read()).toEqual([]);

    await held.commit();
    const after = await reader.read();
    expect(slugsOf(after)).toEqual([slow.notice.slug]);
    // `slow` took its id before `quick`: a reader asking for ids above the last one it saw would never see it
    expect(BigInt(after[0]!.id)).toBeLessThan(BigInt(first[0]!.id));
    expect(await reader.read()).toEqual([]);
  });

  it("gives every reader each change once, however its reads interleave with commits", async () => {
    const readers = await Promise.all([openChangeReader(db), openChangeReader(db)]);
    const notices = await Promise.all(Array.from({ length: 6 }, () => approvedNotice()));
    const seen: string[][] = [[], []];
    // publish concurrently while both read at different moments
    await Promise.all([
      ...notices.map(async (n, i) => {
        await sleep(i * 15);
        await publishNow(n);
      }),
      ...readers.map(async (reader, r) => {
        for (let i = 0; i < 8; i++) {
          seen[r]!.push(...slugsOf(await reader.read()));
          await sleep(10 + r * 7);
        }
      }),
    ]);
    for (const [r, reader] of readers.entries()) seen[r]!.push(...slugsOf(await reader.read()));
    const expected = notices.map((n) => n.notice.slug).sort();
    expect([...seen[0]!].sort()).toEqual(expected);
    expect([...seen[1]!].sort()).toEqual(expected);
  });
});

describe("what the triggers log", () => {
  const rowsOf = (noticeId: string) =>
    db.publicPageChange.findMany({ where: { noticeId }, orderBy: { id: "asc" }, select: { slug: true, reason: true } });

  it("logs a publication once, though it changes both the revision and the notice", async () => {
    const notice = await approvedNotice();
    await publishNow(notice);
    expect(await rowsOf(notice.notice.id)).toEqual([{ slug: notice.notice.slug, reason: "revision.published" }]);
  });

  it("logs a withdrawal, a deletion and a changed kind of a published notice", async () => {
    const notice = await approvedNotice();
    await publishNow(notice);
    const id = notice.notice.id;
    const reader = await openChangeReader(db);
    await db.notice.update({ where: { id }, data: { state: "WITHDRAWN", withdrawnAt: new Date() } });
    expect(slugsOf(await reader.read())).toEqual([notice.notice.slug]);
    // the commands never change a published notice's kind (trigger Notice_identity_fixed); an operator by hand might
    await withoutIdentityGuard((tx) => tx.notice.update({ where: { id }, data: { kind: "EXTRAORDINARY" } }));
    expect(slugsOf(await reader.read())).toEqual([notice.notice.slug]);
    await db.notice.update({ where: { id }, data: { deletedAt: new Date() } });
    expect(slugsOf(await reader.read())).toEqual([notice.notice.slug]);
    expect((await rowsOf(id)).map((r) => r.reason)).toEqual(["revision.published", "notice.changed", "notice.changed", "notice.changed"]);
  });

  it("logs both slugs when a published notice is renamed: the old address must stop answering", async () => {
    const notice = await approvedNotice();
    await publishNow(notice);
    const reader = await openChangeReader(db);
    const renamed = `${notice.notice.slug}-renamed`;
    await withoutIdentityGuard((tx) => tx.notice.update({ where: { id: notice.notice.id }, data: { slug: renamed } }));
    expect(slugsOf(await reader.read()).sort()).toEqual([notice.notice.slug, renamed].sort());
  });

  it("logs nothing for a notice that never had public pages, nor for a rolled-back publication", async () => {
    const { notice } = await draftNotice();
    await db.notice.update({ where: { id: notice.id }, data: { slug: `${notice.slug}-draft`, kind: "EMERGENCY" } });
    expect(await rowsOf(notice.id)).toEqual([]);

    const rolledBack = await approvedNotice();
    const reader = await openChangeReader(db);
    const version = await versionOf(rolledBack.revision.id);
    await expect(
      db.$transaction(async (tx) => {
        await publishRevision(await contextFor(tx, rolledBack.approver), { revisionId: rolledBack.revision.id, version });
        throw new Error("rolled back on purpose");
      }),
    ).rejects.toThrow("rolled back on purpose");
    expect(await reader.read()).toEqual([]);
    expect(await rowsOf(rolledBack.notice.id)).toEqual([]);
  });
});
