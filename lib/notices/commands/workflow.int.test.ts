import { parseWithZod } from "@conform-to/zod/v4";
import { beforeAll, describe, expect, it } from "vitest";
import { executeWrite, formReply } from "@/lib/actions/action-client";
import { ConflictError } from "@/lib/actions/errors";
import { db } from "@/lib/db";
import { UnknownCatalogKeyError } from "@/lib/notices/content/write";
import { seed } from "@/prisma/seed";
import { approveRevision, createNotice, commandMessages as m, publishRevision, saveDraft, submitRevision, WorkflowError } from ".";
import { revisionRefSchema } from "./schemas";
import { as, createStaff, draftNotice, minimalContent, publishThroughApproval, staffIds, submitAndApprove, uniqueSlug, versionOf } from "./test-support";

beforeAll(async () => {
  await seed();
});

const ref = async (revisionId: string) => ({ revisionId, version: await versionOf(revisionId) });
const actions = async (revisionId: string) =>
  (await db.auditEvent.findMany({ where: { revisionId }, orderBy: [{ at: "asc" }, { id: "asc" }], select: { action: true } })).map((e) => e.action);

describe("the workflow", () => {
  it("goes draft → submitted → approved → published, bumping the version and auditing each step", async () => {
    const { editor, approver } = await staffIds();
    const { notice, revision } = await draftNotice();
    expect(revision.version).toBe(1);
    const submitted = await as(editor, (c) => submitRevision(c, { revisionId: revision.id, version: 1 }));
    const approved = await as(approver, (c) => approveRevision(c, { revisionId: revision.id, version: submitted.version }));
    const result = await as(approver, (c) => publishRevision(c, { revisionId: revision.id, version: approved.version }));
    expect([submitted.version, approved.version, result.version]).toEqual([2, 3, 4]);
    expect(result).toMatchObject({ number: 1, published: [{ slug: notice.slug }] });
    const stored = await db.revision.findUniqueOrThrow({ where: { id: revision.id } });
    expect(stored).toMatchObject({ status: "PUBLISHED", number: 1, backfill: false, breakGlass: false, submittedById: editor, approvedById: approver, publishedById: approver });
    expect(stored.contactSnapshot).toMatchObject({ hoursLabelJa: "受付時間" });
    expect(await actions(revision.id)).toEqual(["revision.create", "revision.submit", "revision.approve", "revision.publish"]);
    expect((await db.notice.findUniqueOrThrow({ where: { id: notice.id } })).state).toBe("PUBLISHED");
  });

  it("refuses a transition from a state that moved on, with the state named, and changes nothing", async () => {
    const { editor, approver } = await staffIds();
    const { revision } = await draftNotice();
    const error = await as(approver, (c) => approveRevision(c, { revisionId: revision.id, version: 1 })).catch((e) => e);
    expect(error).toBeInstanceOf(WorkflowError);
    expect(error.message).toBe(m.wrongStatus(m.approvable, "DRAFT"));
    await as(editor, (c) => submitRevision(c, { revisionId: revision.id, version: 1 }));
    // the form was loaded at version 1; the submission made it 2
    const stale = await as(editor, (c) => submitRevision(c, { revisionId: revision.id, version: 1 })).catch((e) => e);
    expect(stale.message).toBe(m.wrongStatus(m.submittable, "SUBMITTED"));
    expect(await db.revision.findUniqueOrThrow({ where: { id: revision.id } })).toMatchObject({ status: "SUBMITTED", version: 2 });
  });

  it("refuses approving, publishing and withdrawing to a user without the approver role", async () => {
    const { editor } = await staffIds();
    const { revision } = await draftNotice();
    await as(editor, async (c) => submitRevision(c, await ref(revision.id)));
    const other = await createStaff(["EDITOR"]);
    const error = await as(other, async (c) => approveRevision(c, await ref(revision.id))).catch((e) => e);
    expect(error).toBeInstanceOf(WorkflowError);
    expect(error.message).toBe(m.approverOnly);
    expect(await db.revision.findUniqueOrThrow({ where: { id: revision.id } })).toMatchObject({ status: "SUBMITTED", approvedById: null });
  });
});

describe("four eyes", () => {
  it("refuses an approver who wrote the revision", async () => {
    const { approver } = await staffIds();
    const created = await as(approver, (c) => createNotice(c, { kind: "SCHEDULED", slug: uniqueSlug(), content: minimalContent() }));
    await as(approver, (c) => submitRevision(c, { revisionId: created.revisionId, version: created.version }));
    const error = await as(approver, async (c) => approveRevision(c, await ref(created.revisionId))).catch((e) => e);
    expect(error).toBeInstanceOf(WorkflowError);
    expect(error.message).toBe(m.fourEyes);
    expect(await db.revision.findUniqueOrThrow({ where: { id: created.revisionId } })).toMatchObject({ status: "SUBMITTED", approvedById: null });
    expect(await actions(created.revisionId)).not.toContain("revision.approve");
  });

  it("refuses an approver who edited someone else's revision", async () => {
    const { editor } = await staffIds();
    const approver = await createStaff(["EDITOR", "APPROVER"]);
    const { revision } = await draftNotice();
    await as(approver, async (c) => saveDraft(c, { ...(await ref(revision.id)), content: minimalContent(24, { title: { ja: "承認者が手直しした題" } }) }));
    await as(editor, async (c) => submitRevision(c, await ref(revision.id)));
    const error = await as(approver, async (c) => approveRevision(c, await ref(revision.id))).catch((e) => e);
    expect(error).toBeInstanceOf(WorkflowError);
    expect(error.message).toBe(m.fourEyes);
    expect((await db.revision.findUniqueOrThrow({ where: { id: revision.id } })).status).toBe("SUBMITTED");
  });

  it("sends an approved revision back to draft when it is edited, clearing the approval, audited", async () => {
    const { editor } = await staffIds();
    const { revision } = await draftNotice();
    await submitAndApprove(revision.id);
    await as(editor, async (c) => saveDraft(c, { ...(await ref(revision.id)), content: minimalContent(24, { title: { ja: "承認後の修正" } }) }));
    expect(await db.revision.findUniqueOrThrow({ where: { id: revision.id } })).toMatchObject({
      status: "DRAFT",
      approvedById: null,
      approvedAt: null,
      submittedById: null,
      titleJa: "承認後の修正",
    });
    expect((await actions(revision.id)).slice(-2)).toEqual(["revision.return-to-draft", "revision.edit"]);
    const { approver } = await staffIds();
    const error = await as(approver, async (c) => publishRevision(c, await ref(revision.id))).catch((e) => e);
    expect(error.message).toBe(m.wrongStatus(m.publishable, "DRAFT"));
  });
});

describe("no lost update", () => {
  it("refuses a save from a stale version with a conflict that carries the stored text and version", async () => {
    const { editor } = await staffIds();
    const other = await createStaff(["EDITOR"]);
    const { revision } = await draftNotice();
    const first = await as(editor, (c) => saveDraft(c, { revisionId: revision.id, version: 1, content: minimalContent(24, { title: { ja: "先に保存した題" } }) }));
    expect(first.version).toBe(2);
    const error = await as(other, (c) => saveDraft(c, { revisionId: revision.id, version: 1, content: minimalContent(24, { title: { ja: "後から保存した題" } }) })).catch((e) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ message: m.staleVersion, field: "version", current: { version: 2, status: "DRAFT", content: { title: { ja: "先に保存した題" } } } });
    expect(await db.revision.findUniqueOrThrow({ where: { id: revision.id } })).toMatchObject({ version: 2, titleJa: "先に保存した題" });
    expect(await db.revisionEditor.count({ where: { revisionId: revision.id, userId: other } })).toBe(0);
  });

  it("of two editors saving the same version at once, one wins and the other gets a conflict; no text is lost", async () => {
    const { editor } = await staffIds();
    const other = await createStaff(["EDITOR"]);
    const { revision } = await draftNotice();
    const save = (user: string, title: string) => as(user, (c) => saveDraft(c, { revisionId: revision.id, version: 1, content: minimalContent(24, { title: { ja: title } }) }));
    const results = await Promise.allSettled([save(editor, "編集者Aの題"), save(other, "編集者Bの題")]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.flatMap((r) => (r.status === "rejected" ? [r.reason] : []));
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]).toBeInstanceOf(ConflictError);
    const stored = await db.revision.findUniqueOrThrow({ where: { id: revision.id } });
    expect(stored.version).toBe(2);
    // the loser is shown the winner's text, the one stored
    expect(lost[0].current.content.title.ja).toBe(stored.titleJa);
    expect(["編集者Aの題", "編集者Bの題"]).toContain(stored.titleJa);
    expect(await db.section.count({ where: { revisionId: revision.id } })).toBe(1);
  });
});

describe("publishing", () => {
  it("of two approvers publishing the same revision at once, one wins and the other is told it is already published", async () => {
    const { revision } = await draftNotice();
    const { approver } = await submitAndApprove(revision.id);
    const second = await createStaff(["APPROVER"]);
    const version = await versionOf(revision.id);
    const results = await Promise.allSettled([approver, second].map((user) => as(user, (c) => publishRevision(c, { revisionId: revision.id, version }))));
    const lost = results.flatMap((r) => (r.status === "rejected" ? [r.reason] : []));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]).toBeInstanceOf(WorkflowError);
    expect(lost[0].message).toBe(m.alreadyPublished);
    expect(await db.revision.findUniqueOrThrow({ where: { id: revision.id } })).toMatchObject({ status: "PUBLISHED", number: 1 });
    expect(await db.auditEvent.count({ where: { revisionId: revision.id, action: "revision.publish" } })).toBe(1);
  });

  it("refuses to publish an unapproved revision unless break glass (an emergency)", async () => {
    const { approver } = await staffIds();
    const { revision } = await draftNotice(minimalContent(), "EMERGENCY");
    const error = await as(approver, async (c) => publishRevision(c, await ref(revision.id))).catch((e) => e);
    expect(error).toBeInstanceOf(WorkflowError);
    expect(error.message).toBe(m.wrongStatus(m.publishable, "DRAFT"));
    expect((await db.revision.findUniqueOrThrow({ where: { id: revision.id } })).status).toBe("DRAFT");
    await as(approver, async (c) => publishRevision(c, { ...(await ref(revision.id)), breakGlass: true }));
    expect(await db.revision.findUniqueOrThrow({ where: { id: revision.id } })).toMatchObject({ status: "PUBLISHED", breakGlass: true, approvedById: null });
    const events = await db.auditEvent.findMany({ where: { revisionId: revision.id, action: "revision.publish" } });
    expect(events).toHaveLength(1);
    expect(events[0]!.breakGlass).toBe(true);
  });

  it.each(["SCHEDULED", "EXTRAORDINARY", "INFORMATION"] as const)("refuses break glass for a notice of kind %s: only 緊急 and 障害 may skip approval", async (kind) => {
    const { approver } = await staffIds();
    // approved or not, a non-emergency notice never publishes by break glass
    const draft = await draftNotice(minimalContent(), kind);
    const approved = await draftNotice(minimalContent(), kind);
    await submitAndApprove(approved.revision.id);
    for (const { revision } of [draft, approved]) {
      const error = await as(approver, async (c) => publishRevision(c, { ...(await ref(revision.id)), breakGlass: true })).catch((e) => e);
      expect(error).toBeInstanceOf(WorkflowError);
      expect(error).toMatchObject({ field: "breakGlass", message: m.breakGlassKind(kind) });
      expect((await db.revision.findUniqueOrThrow({ where: { id: revision.id } })).number).toBeNull();
      expect(await db.auditEvent.count({ where: { revisionId: revision.id, action: "revision.publish" } })).toBe(0);
    }
  });

  it("needs the backfill confirmation for a first publication whose windows have all ended, and then tells nobody", async () => {
    const { revision } = await draftNotice(minimalContent(-48));
    const { approver } = await submitAndApprove(revision.id);
    await expect(as(approver, async (c) => publishRevision(c, await ref(revision.id)))).rejects.toMatchObject({ field: "backfill", message: m.backfillRequired });
    expect((await db.revision.findUniqueOrThrow({ where: { id: revision.id } })).status).toBe("APPROVED");
    await as(approver, async (c) => publishRevision(c, { ...(await ref(revision.id)), backfill: true, publishedAtUnknown: true }));
    expect(await db.sendLog.findMany({ where: { revisionId: revision.id } })).toMatchObject([{ status: "SKIPPED", reason: "backfill" }]);
  });

  it("refuses a backfill while a window has not ended", async () => {
    const { revision } = await draftNotice(minimalContent(48));
    const { approver } = await submitAndApprove(revision.id);
    await expect(as(approver, async (c) => publishRevision(c, { ...(await ref(revision.id)), backfill: true, publishedAtUnknown: true }))).rejects.toMatchObject({
      field: "backfill",
      message: m.backfillNotEnded,
    });
    expect((await db.revision.findUniqueOrThrow({ where: { id: revision.id } })).status).toBe("APPROVED");
  });

  it("publishes a first notice with one window over and one to come without backfill (it is news)", async () => {
    const content = minimalContent(-48);
    content.windows = [...content.windows!, { key: "second", startsAt: new Date(Date.now() + 86_400_000).toISOString(), endsAt: new Date(Date.now() + 90_000_000).toISOString() }];
    const { revision } = await draftNotice(content);
    await publishThroughApproval(revision.id);
    expect(await db.revision.findUniqueOrThrow({ where: { id: revision.id } })).toMatchObject({ status: "PUBLISHED", backfill: false });
    // it notifies: the outbox wrote its rows (recipients, or "no-recipients"), none of them a backfill's silence
    const rows = await db.sendLog.findMany({ where: { revisionId: revision.id }, select: { reason: true } });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.reason)).not.toContain("backfill");
  });
});

describe("content", () => {
  it("rejects bad content with field-level errors and writes nothing", async () => {
    const { editor } = await staffIds();
    const badWindow = minimalContent();
    badWindow.windows = [{ key: "main", startsAt: "2030-01-01T03:00:00Z", endsAt: "2030-01-01T02:00:00Z" }];
    // an empty title, which the database itself would store: only the up-front validation keeps it out
    const emptyTitle = minimalContent(24, { title: { ja: " " } });
    for (const [content, path] of [
      [badWindow, ["windows", 0, "endsAt"]],
      [emptyTitle, ["title", "ja"]],
    ] as const) {
      const slug = uniqueSlug();
      const error = await as(editor, (c) => createNotice(c, { kind: "SCHEDULED", slug, content })).catch((e) => e);
      expect(error.issues?.map((i: { path: unknown }) => i.path)).toEqual([path]);
      expect(await db.notice.count({ where: { slug } })).toBe(0);
    }
  });

  it("rejects unknown catalog keys and rolls the whole notice back", async () => {
    const { editor } = await staffIds();
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
    const slug = uniqueSlug();
    const error = await as(editor, (c) => createNotice(c, { kind: "SCHEDULED", slug, content })).catch((e) => e);
    expect(error).toBeInstanceOf(UnknownCatalogKeyError);
    expect(error).toMatchObject({ role: "CHANNEL", key: "no-such-channel" });
    expect(await db.section.count()).toBe(before);
    expect(await db.notice.count({ where: { slug } })).toBe(0);
  });
});

describe("through the console's write path", () => {
  const sessionUser = async (id: string) => {
    const user = await db.user.findUniqueOrThrow({ where: { id } });
    return { id: user.id, email: user.email, name: user.name, roles: user.roles, sessionVersion: user.sessionVersion, locale: user.locale };
  };
  const submission = (revisionId: string, version: number) => {
    const form = new FormData();
    form.set("revisionId", revisionId);
    form.set("version", String(version));
    const parsed = parseWithZod(form, { schema: revisionRefSchema });
    if (parsed.status !== "success") throw new Error("the test's form should parse");
    return parsed;
  };

  it("gives the form a stale save's conflict on its version field, with the stored text to show beside the typed one", async () => {
    const { editor } = await staffIds();
    const { revision } = await draftNotice();
    await as(editor, (c) => saveDraft(c, { revisionId: revision.id, version: 1, content: minimalContent(24, { title: { ja: "保存済みの題" } }) }));
    const input = { revisionId: revision.id, version: 1, content: minimalContent(24, { title: { ja: "手元で書いた題" } }) };
    const result = await executeWrite((i: typeof input, c) => saveDraft(c, i).then(() => undefined), input, await sessionUser(editor), formReply(submission(revision.id, 1)));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reply.error).toEqual({ version: [m.staleVersion] });
    expect(result.reply.conflict).toMatchObject({ version: 2, content: { title: { ja: "保存済みの題" } } });
    expect((await db.revision.findUniqueOrThrow({ where: { id: revision.id } })).titleJa).toBe("保存済みの題");
  });

  it("gives the form an unknown catalog key as an error on the content, writing nothing", async () => {
    const { editor } = await staffIds();
    const { revision } = await draftNotice();
    const content = minimalContent(24, { contactKey: "no-such-contact" });
    const input = { revisionId: revision.id, version: 1, content };
    const result = await executeWrite((i: typeof input, c) => saveDraft(c, i).then(() => undefined), input, await sessionUser(editor), formReply(submission(revision.id, 1)));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reply.error).toEqual({ "content.contactKey": ["問い合わせ先「no-such-contact」はありません。"] });
    expect(await db.revision.findUniqueOrThrow({ where: { id: revision.id } })).toMatchObject({ version: 1, titleJa: "テストメンテナンスのお知らせ" });
  });
});
