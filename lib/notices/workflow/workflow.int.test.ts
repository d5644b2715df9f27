import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seed } from "@/prisma/seed";
import { approveRevision, publishRevision, submitRevision, WorkflowError } from "./workflow";
import { createRevisionDraft, UnknownCatalogKeyError } from "@/lib/notices/content/write";
import { draftNotice, minimalContent, publishedAmendment, publishedNotice, publishThroughApproval, staffIds } from "@/test/db-helpers";

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
    const error = await tx((t) => approveRevision(t, revision.id, { userId: editor })).catch((e) => e);
    expect(error).toBeInstanceOf(WorkflowError);
    expect(error.message).toBe("you cannot approve a revision you wrote or submitted");
    expect(await db.revision.findUniqueOrThrow({ where: { id: revision.id } })).toMatchObject({ status: "SUBMITTED", approvedById: null });
    expect(await db.auditEvent.count({ where: { revisionId: revision.id, action: "revision.approve" } })).toBe(0);
  });

  it("refuses to publish an unapproved revision unless break glass (an emergency)", async () => {
    const { approver } = await staffIds();
    const { revision } = await draftNotice(minimalContent(), "EMERGENCY");
    const error = await tx((t) => publishRevision(t, revision.id, { actor: { userId: approver } })).catch((e) => e);
    expect(error).toBeInstanceOf(WorkflowError);
    expect(error.message).toBe("only approved revisions can be published (this one is DRAFT)");
    expect((await db.revision.findUniqueOrThrow({ where: { id: revision.id } })).status).toBe("DRAFT");
    await tx((t) => publishRevision(t, revision.id, { actor: { userId: approver }, breakGlass: true }));
    expect(await db.revision.findUniqueOrThrow({ where: { id: revision.id } })).toMatchObject({ status: "PUBLISHED", breakGlass: true, approvedById: null });
    const events = await db.auditEvent.findMany({ where: { revisionId: revision.id, action: "revision.publish" } });
    expect(events).toHaveLength(1);
    expect(events[0]!.breakGlass).toBe(true);
  });

  it.each(["SCHEDULED", "EXTRAORDINARY", "INFORMATION"] as const)(
    "refuses break glass for a notice of kind %s: only 緊急 and 障害 may skip approval",
    async (kind) => {
      const { editor, approver } = await staffIds();
      // approved or not, a non-emergency notice never publishes by break glass
      const draft = await draftNotice(minimalContent(), kind);
      const approved = await draftNotice(minimalContent(), kind);
      await tx((t) => submitRevision(t, approved.revision.id, { userId: editor }));
      await tx((t) => approveRevision(t, approved.revision.id, { userId: approver }));
      for (const { revision } of [draft, approved]) {
        const error = await tx((t) => publishRevision(t, revision.id, { actor: { userId: approver }, breakGlass: true })).catch((e) => e);
        expect(error).toBeInstanceOf(WorkflowError);
        expect(error).toMatchObject({ field: "breakGlass", message: `break glass is only for 緊急 and 障害 notices: this ${kind} notice needs approval` });
        expect((await db.revision.findUniqueOrThrow({ where: { id: revision.id } })).number).toBeNull();
        expect(await db.auditEvent.count({ where: { revisionId: revision.id, action: "revision.publish" } })).toBe(0);
      }
    },
  );

  it("requires the backfill confirmation for a window in the past, and only then", async () => {
    const { editor, approver } = await staffIds();
    const past = await draftNotice(minimalContent(-48));
    await tx((t) => submitRevision(t, past.revision.id, { userId: editor }));
    await tx((t) => approveRevision(t, past.revision.id, { userId: approver }));
    await expect(tx((t) => publishRevision(t, past.revision.id, { actor: { userId: approver } }))).rejects.toMatchObject({
      field: "backfill",
      message: "a window is in the past: confirm that this is a backfill of a historical notice",
    });
    expect((await db.revision.findUniqueOrThrow({ where: { id: past.revision.id } })).status).toBe("APPROVED");
    await tx((t) => publishRevision(t, past.revision.id, { actor: { userId: approver }, backfill: true, publishedAtUnknown: true }));
    expect(await db.sendLog.findMany({ where: { revisionId: past.revision.id } })).toMatchObject([{ status: "SKIPPED", reason: "backfill" }]);

    const future = await draftNotice(minimalContent(48));
    await tx((t) => submitRevision(t, future.revision.id, { userId: editor }));
    await tx((t) => approveRevision(t, future.revision.id, { userId: approver }));
    await expect(tx((t) => publishRevision(t, future.revision.id, { actor: { userId: approver }, backfill: true }))).rejects.toMatchObject({
      field: "backfill",
      message: "nothing to backfill: every window is in the future",
    });
    expect((await db.revision.findUniqueOrThrow({ where: { id: future.revision.id } })).status).toBe("APPROVED");
  });

  it("needs an amendment for every revision after the first, and supersedes the previous one", async () => {
    const { editor } = await staffIds();
    const { notice, revision } = await publishedNotice();
    const plain = await tx((t) => createRevisionDraft(t, { noticeId: notice.id, content: minimalContent(), basedOnId: revision.id, authorId: editor }));
    const error = await publishThroughApproval(plain.id).catch((e) => e);
    expect(error).toBeInstanceOf(WorkflowError);
    expect(error).toMatchObject({ field: "amendment", message: "a revision after the first needs an amendment (type and summary)" });
    expect((await db.revision.findUniqueOrThrow({ where: { id: plain.id } })).status).toBe("APPROVED");
    const amended = await publishedAmendment(notice.id, revision.id, { ...minimalContent(), amendment: { type: "CORRECTION", summary: { ja: "時刻を訂正" } } });
    expect((await db.revision.findUniqueOrThrow({ where: { id: amended.id } })).number).toBe(2);
    const statuses = await db.revision.findMany({ where: { noticeId: notice.id, number: { not: null } }, orderBy: { number: "asc" }, select: { status: true } });
    expect(statuses.map((s) => s.status)).toEqual(["SUPERSEDED", "PUBLISHED"]);
  });

  it("refuses an amendment on a first publication", async () => {
    const { revision } = await draftNotice({ ...minimalContent(), amendment: { type: "CORRECTION", summary: { ja: "訂正" } } });
    const error = await publishThroughApproval(revision.id).catch((e) => e);
    expect(error).toBeInstanceOf(WorkflowError);
    expect(error).toMatchObject({ field: "amendment", message: "a first publication is not an amendment" });
    expect((await db.revision.findUniqueOrThrow({ where: { id: revision.id } })).number).toBeNull();
  });

  it("rejects bad content with field-level errors and writes nothing", async () => {
    const { notice } = await draftNotice();
    const badWindow = minimalContent();
    badWindow.windows = [{ key: "main", startsAt: "2030-01-01T03:00:00Z", endsAt: "2030-01-01T02:00:00Z" }];
    // an empty title, which the database itself would store: only the up-front validation keeps it out
    const emptyTitle = minimalContent(24, { title: { ja: " " } });
    for (const [content, path] of [
      [badWindow, ["windows", 0, "endsAt"]],
      [emptyTitle, ["title", "ja"]],
    ] as const) {
      // Counted inside the same transaction, before it rolls back: a write made
      // before the validation would show here (after a rollback it never could).
      const { error, revisions } = await tx(async (t) => {
        const error = await createRevisionDraft(t, { noticeId: notice.id, content }).catch((e) => e);
        return { error, revisions: await t.revision.count({ where: { noticeId: notice.id } }) };
      });
      expect(error.issues?.map((i: { path: unknown }) => i.path)).toEqual([path]);
      expect(revisions).toBe(1);
    }
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
    const error = await tx((t) => createRevisionDraft(t, { noticeId: notice.id, content })).catch((e) => e);
    expect(error).toBeInstanceOf(UnknownCatalogKeyError);
    expect(error).toMatchObject({ role: "CHANNEL", key: "no-such-channel" });
    expect(await db.section.count()).toBe(before);
  });
});
