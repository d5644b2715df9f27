import { beforeAll, describe, expect, it } from "vitest";
import type { ActionContext } from "@/lib/actions/action-client";
import { ActionError, ConflictError } from "@/lib/actions/errors";
import { uniqueViolationField } from "@/lib/actions/unique-violation";
import { db } from "@/lib/db";
import { storedChannelKeys, windowChannelRows } from "@/lib/maintenance/window-channels";
import { seed } from "@/prisma/seed";
import { slug as referenceSlug } from "@/prisma/seed/notice-000";
import { createNoticeFormSchema } from "./create-schema";
import { loadEditorNotice } from "./load";
import { editorSaveSchema } from "./schema";
import { createFromForm, saveFromEditor } from "./write";

// The editor's writes as its action and route run them (lib/actions): one transaction
// each, as the seeded editor, against the real database.

let editorId = "";
beforeAll(async () => {
  await seed();
  editorId = (await db.user.findUniqueOrThrow({ where: { email: "editor@example.com" } })).id;
});

async function asEditor<T>(work: (context: ActionContext) => Promise<T>): Promise<T> {
  const user = await db.user.findUniqueOrThrow({ where: { id: editorId } });
  return db.$transaction((tx) => work({ tx, user: { id: user.id, email: user.email, name: user.name, roles: user.roles, sessionVersion: user.sessionVersion, locale: user.locale }, actor: { userId: user.id } }), {
    timeout: 30_000,
  });
}

let n = 0;
const slug = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++n}`;
const create = (form: Record<string, unknown>) => asEditor((context) => createFromForm(context, createNoticeFormSchema.parse(form)));
const idFrom = (redirectTo: string) => redirectTo.replace("/admin/notices/", "");

async function draftFromTemplate() {
  const s = slug("editor");
  const to = await create({ source: "template", kind: "SCHEDULED", slug: s, titleJa: "定期メンテナンスのお知らせ", startsAt: "2030-07-29T02:00", endsAt: "2030-07-29T06:00" });
  const loaded = await loadEditorNotice(idFrom(to));
  return { slug: s, noticeId: idFrom(to), draft: loaded!.draft! };
}

const saveInput = (draft: Awaited<ReturnType<typeof draftFromTemplate>>, edit: (content: typeof draft.draft.values) => void, version = draft.draft.version) => {
  const content = structuredClone(draft.draft.values);
  edit(content);
  return editorSaveSchema.parse({ revisionId: draft.draft.id, version, slug: draft.slug, kind: "SCHEDULED", content });
};

describe("creating a notice", () => {
  it("from a template: a draft with the template's letter and the window in JST", async () => {
    const { noticeId, slug: s, draft } = await draftFromTemplate();
    const notice = await db.notice.findUniqueOrThrow({ where: { id: noticeId } });
    expect([notice.slug, notice.kind, notice.state]).toEqual([s, "SCHEDULED", "DRAFT"]);
    expect(draft.status).toBe("DRAFT");
    expect(draft.values.lead.ja).toMatch(/^平素は格別のご高配を賜り/);
    expect(draft.values.windows).toEqual([{ key: "main", startsAt: "2030-07-29T02:00", endsAt: "2030-07-29T06:00", status: "SCHEDULED", channelKeys: [] }]);
    expect(draft.values.sections.map((section) => section.key)).toEqual(["target", "content", "merchant-action", "contact"]);
  });

  it("refuses a slug already taken, at the slug field, and creates nothing", async () => {
    const { slug: taken } = await draftFromTemplate();
    const before = await db.notice.count();
    const error = await create({ source: "template", kind: "EXTRAORDINARY", slug: taken, titleJa: "t" }).catch((e: unknown) => e);
    expect(uniqueViolationField(error)).toEqual({ name: "slug", message: "このスラッグ(URL)は既に使われています。別のスラッグにしてください。" });
    expect(await db.notice.count()).toBe(before);
  });

  it("as a copy of the reference notice with a new window: its letter, moved, linked to it", async () => {
    const s = slug("copy");
    const to = await create({ source: "copy", copyFrom: referenceSlug, slug: s, titleJa: "コピーしたお知らせ", startsAt: "2030-08-05T02:00", endsAt: "2030-08-05T07:00" });
    const notice = await db.notice.findUniqueOrThrow({ where: { id: idFrom(to) }, include: { copiedFrom: true } });
    expect(notice.copiedFrom?.slug).toBe(referenceSlug);
    const { draft } = (await loadEditorNotice(notice.id))!;
    expect(draft!.values.title.ja).toBe("コピーしたお知らせ");
    expect(draft!.values.windows.map((w) => [w.startsAt, w.endsAt])).toEqual([["2030-08-05T02:00", "2030-08-05T07:00"]]);
    expect(draft!.values.sections.length).toBeGreaterThan(2);
  });

  it("a copy of a notice that does not exist is refused at its field", async () => {
    const error = await create({ source: "copy", copyFrom: "no-such-notice", slug: slug("copy"), titleJa: "t", startsAt: "2030-08-05T02:00", endsAt: "2030-08-05T07:00" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ActionError);
    expect((error as ActionError).field).toBe("copyFrom");
  });

  it("a series: one draft per month on the second Monday, 02:00–06:00 JST, in one step", async () => {
    const s = slug("monthly");
    await create({ source: "series", slug: s, titleJa: "定期メンテナンス({M/D})のお知らせ", firstMonth: "2030-01", months: "3", nth: "2", weekday: "1", startTime: "02:00", endTime: "06:00" });
    const notices = await db.notice.findMany({ where: { slug: { startsWith: `${s}-` } }, orderBy: { slug: "asc" }, include: { revisions: { include: { windows: true } } } });
    expect(notices.map((x) => [x.slug, x.kind, x.revisions[0]!.titleJa, x.revisions[0]!.windows[0]!.startsAt.toISOString()])).toEqual([
      [`${s}-2030-01`, "SCHEDULED", "定期メンテナンス(1/14)のお知らせ", "2030-01-13T17:00:00.000Z"],
      [`${s}-2030-02`, "SCHEDULED", "定期メンテナンス(2/11)のお知らせ", "2030-02-10T17:00:00.000Z"],
      [`${s}-2030-03`, "SCHEDULED", "定期メンテナンス(3/11)のお知らせ", "2030-03-10T17:00:00.000Z"],
    ]);
  });
});

describe("saving a draft", () => {
  it("saves the content with the version it edited and answers the next version", async () => {
    const draft = await draftFromTemplate();
    const { version } = await asEditor((context) => saveFromEditor(context, saveInput(draft, (c) => (c.title = { ja: "変更後のタイトル", en: "Changed" }))));
    expect(version).toBe(draft.draft.version + 1);
    const stored = await db.revision.findUniqueOrThrow({ where: { id: draft.draft.id } });
    expect([stored.titleJa, stored.titleEn, stored.version]).toEqual(["変更後のタイトル", "Changed", version]);
  });

  it("a save with a stale version is a conflict carrying the stored text, and changes nothing", async () => {
    const draft = await draftFromTemplate();
    await asEditor((context) => saveFromEditor(context, saveInput(draft, (c) => (c.title.ja = "先に保存した人のタイトル"))));
    const error = await asEditor((context) => saveFromEditor(context, saveInput(draft, (c) => (c.title.ja = "後から保存した人のタイトル")))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    const current = (error as ConflictError).current as { version: number; content: { title: { ja: string } } };
    expect(current.content.title.ja).toBe("先に保存した人のタイトル");
    expect(current.version).toBe(draft.draft.version + 1);
    const stored = await db.revision.findUniqueOrThrow({ where: { id: draft.draft.id } });
    expect(stored.titleJa).toBe("先に保存した人のタイトル");
  });

  it("an unknown catalog key is refused at its field and changes nothing", async () => {
    const draft = await draftFromTemplate();
    const error = await asEditor((context) => saveFromEditor(context, saveInput(draft, (c) => (c.windows[0]!.channelKeys = ["fax"])))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ActionError);
    expect([(error as ActionError).field, (error as ActionError).message]).toEqual(["content.windows.0.channelKeys", "チャネル「fax」はカタログにありません。"]);
    const stored = await db.revision.findUniqueOrThrow({ where: { id: draft.draft.id }, include: { windows: { include: windowChannelRows } } });
    expect([stored.version, storedChannelKeys(stored.windows[0]!)]).toEqual([draft.draft.version, []]);
  });
});
