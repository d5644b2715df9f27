import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { createRevisionDraft } from "@/lib/notices/content/write";
import { loadNotice } from "@/lib/notices/published/load-notice";
import { seed } from "@/prisma/seed";
import { draftNotice, minimalContent, publishedNotice, staffIds } from "@/test/db-helpers";
import { draftTarget } from "./draft-target";
import { loadRevisionPreview } from "./load-revision-preview";

beforeAll(async () => {
  await seed();
});

async function editorSession(): Promise<SessionUser> {
  const user = await db.user.findUniqueOrThrow({ where: { email: "editor@example.com" } });
  return { id: user.id, email: user.email, name: user.name, roles: user.roles, sessionVersion: user.sessionVersion, locale: user.locale };
}

/** A published notice with a draft amendment on top whose title differs. */
async function noticeWithAmendment() {
  const { notice, revision: first } = await publishedNotice(minimalContent(48, { title: { ja: "公開済みのタイトル" } }));
  const { editor } = await staffIds();
  const draft = await db.$transaction((tx) =>
    createRevisionDraft(tx, {
      noticeId: notice.id,
      basedOnId: first.id,
      authorId: editor,
      content: minimalContent(48, {
        title: { ja: "下書きのタイトル" },
        windows: [{ key: "main", startsAt: new Date(Date.now() + 48 * 3_600_000).toISOString(), endsAt: new Date(Date.now() + 50 * 3_600_000).toISOString(), channelKeys: ["api"] }],
        amendment: { type: "ADDENDUM", summary: { ja: "追記しました。" }, sectionKeys: ["content"] },
      }),
    }),
  );
  return { notice, first, draft };
}

describe("loadRevisionPreview", () => {
  it("a draft is never readable without a staff user", async () => {
    const { notice, draft } = await noticeWithAmendment();
    expect(await loadRevisionPreview(null, notice.slug, draft.id)).toBeNull();
    const preview = await loadRevisionPreview(await editorSession(), notice.slug, draft.id);
    expect(preview?.content.title.ja).toBe("下書きのタイトル");
  });

  it("shows the draft as its publication would: the next number, its amendment in the history, the impact derived now", async () => {
    const { notice, draft } = await noticeWithAmendment();
    const preview = (await loadRevisionPreview(await editorSession(), notice.slug, draft.id))!;
    expect(preview.number).toBe(2);
    expect(preview.history.map((h) => [h.number, h.amendment?.type ?? null])).toEqual([
      [1, null],
      [2, "ADDENDUM"],
    ]);
    expect(preview.impact.result.affected.channels).toContain("api");
    expect(preview.issuer.nameJa).toBeTruthy();
    expect(preview.contact?.organizationJa).toBeTruthy();
  });

  it("the published page is unaffected by the draft on top of it", async () => {
    const { notice } = await noticeWithAmendment();
    const published = await loadNotice(notice.slug);
    expect(published?.content.title.ja).toBe("公開済みのタイトル");
    expect(published?.number).toBe(1);
  });

  it("nothing for a revision of another notice, a published one or a discarded one", async () => {
    const { notice, first, draft } = await noticeWithAmendment();
    const other = await draftNotice();
    const viewer = await editorSession();
    expect(await loadRevisionPreview(viewer, other.notice.slug, draft.id)).toBeNull();
    expect(await loadRevisionPreview(viewer, notice.slug, first.id)).toBeNull();
    await db.revision.update({ where: { id: draft.id }, data: { status: "DISCARDED" } });
    expect(await loadRevisionPreview(viewer, notice.slug, draft.id)).toBeNull();
  });
});

describe("draftTarget", () => {
  it("the public address of a revision to preview, in either language; none for a published revision", async () => {
    const { notice, first, draft } = await noticeWithAmendment();
    expect(await draftTarget(draft.id, "ja")).toBe(`/notices/${notice.slug}?revision=${draft.id}`);
    expect(await draftTarget(draft.id, "en")).toBe(`/en/notices/${notice.slug}?revision=${draft.id}`);
    expect(await draftTarget(first.id, "ja")).toBeNull();
  });
});
