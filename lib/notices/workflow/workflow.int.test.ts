import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seed } from "@/prisma/seed";
import { approveRevision, publishRevision, submitRevision, WorkflowError } from "./workflow";
import { createRevisionDraft } from "@/lib/notices/content/write";
import { draftNotice, minimalContent, staffIds } from "@/test/db-helpers";

beforeAll(async () => {
  await seed();
});

import type { Tx } from "@/lib/db";

const tx = <T>(fn: (t: Tx) => Promise<T>) => db.$transaction(fn);

describe("workflow", () => {
  it("goes draft → submitted → approved → published and audits each step", async () => {
    const { editor, approver } = await staffIds();
    const { notice, revision } = await draftNotice();
    await tx((t) => submitRevision(t, revision.id, { userId: editor }));
    await tx((t) => approveRevision(t, revision.id, { userId: approver }));
    const result = await tx((t) => publishRevision(t, revision.id, { actor: { userId: approver } }));
    expect(result.number).toBe(1);
    const stored = await db.revision.findUniqueOrThrow({ where: { id: revision.id } });
    expect(stored).toMatchObject({ status: "PUBLISHED", number: 1, backfill: false, breakGlass: false });
    expect(stored.contactSnapshot).toMatchObject({ hoursLabelJa: "受付時間" });
    const events = await db.auditEvent.findMany({ where: { revisionId: revision.id }, orderBy: { at: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["revision.submit", "revision.approve", "revision.publish"]);
    expect((await db.notice.findUniqueOrThrow({ where: { id: notice.id } })).state).toBe("PUBLISHED");
  });

  it("refuses to let an author approve their own revision", async () => {
    const { editor } = await staffIds();
    const { revision } = await draftNotice();
    await tx((t) => submitRevision(t, revision.id, { userId: editor }));
    await expect(tx((t) => approveRevision(t, revision.id, { userId: editor }))).rejects.toBeInstanceOf(WorkflowError);
    expect((await db.revision.findUniqueOrThrow({ where: { id: revision.id } })).status).toBe("SUBMITTED");
  });

  it("refuses to publish an unapproved revision unless break glass", async () => {
    const { approver } = await staffIds();
    const { revision } = await draftNotice();
    await expect(tx((t) => publishRevision(t, revision.id, { actor: { userId: approver } }))).rejects.toThrow(/approved/);
    await tx((t) => publishRevision(t, revision.id, { actor: { userId: approver }, breakGlass: true }));
    const events = await db.auditEvent.findMany({ where: { revisionId: revision.id, action: "revision.publish" } });
    expect(events).toHaveLength(1);
    expect(events[0]!.breakGlass).toBe(true);
  });

  it("requires the backfill confirmation for a window in the past, and only then", async () => {
    const { editor, approver } = await staffIds();
    const past = await draftNotice(minimalContent(-48));
    await tx((t) => submitRevision(t, past.revision.id, { userId: editor }));
    await tx((t) => approveRevision(t, past.revision.id, { userId: approver }));
    await expect(tx((t) => publishRevision(t, past.revision.id, { actor: { userId: approver } }))).rejects.toMatchObject({ field: "backfill" });
    expect((await db.revision.findUniqueOrThrow({ where: { id: past.revision.id } })).status).toBe("APPROVED");
    await tx((t) => publishRevision(t, past.revision.id, { actor: { userId: approver }, backfill: true }));
    expect(await db.sendLog.findMany({ where: { revisionId: past.revision.id } })).toMatchObject([{ status: "SKIPPED", reason: "backfill" }]);

    const future = await draftNotice(minimalContent(48));
    await expect(tx((t) => publishRevision(t, future.revision.id, { actor: { userId: approver }, breakGlass: true, backfill: true }))).rejects.toMatchObject({
      field: "backfill",
    });
  });

  it("needs an amendment for every revision after the first, and supersedes the previous one", async () => {
    const { approver } = await staffIds();
    const { notice, revision } = await draftNotice();
    await tx((t) => publishRevision(t, revision.id, { actor: { userId: approver }, breakGlass: true }));
    const plain = await tx((t) => createRevisionDraft(t, { noticeId: notice.id, content: minimalContent(), basedOnId: revision.id }));
    await expect(tx((t) => publishRevision(t, plain.id, { actor: { userId: approver }, breakGlass: true }))).rejects.toMatchObject({ field: "amendment" });
    const amended = await tx((t) =>
      createRevisionDraft(t, {
        noticeId: notice.id,
        basedOnId: revision.id,
        content: { ...minimalContent(), amendment: { type: "CORRECTION", summary: { ja: "時刻を訂正" } } },
      }),
    );
    const result = await tx((t) => publishRevision(t, amended.id, { actor: { userId: approver }, breakGlass: true }));
    expect(result.number).toBe(2);
    const statuses = await db.revision.findMany({ where: { noticeId: notice.id, number: { not: null } }, orderBy: { number: "asc" }, select: { status: true } });
    expect(statuses.map((s) => s.status)).toEqual(["SUPERSEDED", "PUBLISHED"]);
  });

  it("rejects bad content with field-level errors and writes nothing", async () => {
    const before = await db.revision.count();
    const { notice } = await draftNotice();
    const afterDraft = await db.revision.count();
    const bad = minimalContent();
    bad.windows = [{ key: "main", startsAt: "2030-01-01T03:00:00Z", endsAt: "2030-01-01T02:00:00Z" }];
    const error = await tx((t) => createRevisionDraft(t, { noticeId: notice.id, content: bad })).catch((e) => e);
    expect(error.issues?.[0]?.path).toEqual(["windows", 0, "endsAt"]);
    expect(await db.revision.count()).toBe(afterDraft);
    expect(afterDraft).toBe(before + 1);
  });

  it("rejects unknown catalog keys and rolls the whole revision back", async () => {
    const { notice } = await draftNotice();
    const before = await db.section.count();
    const content = minimalContent();
    content.sections = [
      {
        key: "target",
        blocks: [
          {
            type: "IMPACT_TABLE",
            columns: [
              { role: "CHANNEL", header: { ja: "決済方式" } },
              { role: "EFFECT", header: { ja: "影響" } },
            ],
            rows: [{ cells: [{ refs: ["no-such-channel"] }, { text: { ja: "停止" } }] }],
          },
        ],
      },
    ];
    await expect(tx((t) => createRevisionDraft(t, { noticeId: notice.id, content }))).rejects.toThrow(/no-such-channel/);
    expect(await db.section.count()).toBe(before);
  });
});
