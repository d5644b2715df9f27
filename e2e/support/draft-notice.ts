// Notices with unpublished revisions for the preview specs, made through the domain code
// (the console's editor is another helper's work):
//   tsx --conditions=react-server e2e/support/draft-notice.ts <slug>
// prints JSON: a notice published under <slug> (break glass, as publish-notice.ts) with a
// draft amendment on top, and a never-published notice <slug>-new with a first draft.
import { db } from "@/lib/db";
import { createRevisionDraft } from "@/lib/notices/content/write";
import type { RevisionContentInput } from "@/lib/notices/content/schema";
import { contextFor, publishRevision } from "@/lib/notices/commands";
import { screenTexts } from "@/prisma/seed/catalog";

const slug = process.argv[2]!;
const start = new Date(Date.now() + 7 * 24 * 3_600_000);
const end = new Date(start.getTime() + 4 * 3_600_000);

const content = (title: { ja: string; en?: string }, extra: Partial<RevisionContentInput> = {}): RevisionContentInput => ({
  title,
  lead: { ja: "平素は格別のご高配を賜り、厚く御礼申し上げます。", en: "Thank you for using our services." },
  merchantAction: { level: "NONE" },
  contactKey: "customer-service",
  windows: [{ key: "main", startsAt: start, endsAt: end, channelKeys: ["api"] }],
  sections: [
    {
      key: "content",
      heading: { ja: "メンテナンス実施内容", en: "What the maintenance does" },
      blocks: [{ type: "PROSE", body: { ja: "システムメンテナンスを行います。", en: "We carry out system maintenance." } }],
    },
  ],
  ...extra,
});

async function main() {
  const out = await db.$transaction(
    async (tx) => {
      const approver = await tx.user.findUniqueOrThrow({ where: { email: "approver@example.com" } });
      const editor = await tx.user.findUniqueOrThrow({ where: { email: "editor@example.com" } });
      const issuer = await tx.issuer.findFirstOrThrow();
      const notice = await tx.notice.create({ data: { slug, kind: "EMERGENCY", issuerId: issuer.id, createdById: approver.id } });
      const first = await createRevisionDraft(tx, { noticeId: notice.id, authorId: approver.id, content: content({ ja: "公開済み: 緊急メンテナンスのお知らせ", en: "Published: emergency maintenance" }) });
      await publishRevision(await contextFor(tx, approver.id), { revisionId: first.id, version: first.version, breakGlass: true });
      const amendment = await createRevisionDraft(tx, {
        noticeId: notice.id,
        basedOnId: first.id,
        authorId: editor.id,
        content: content(
          // no English title: the preview lists it as missing
          { ja: "下書き: 緊急メンテナンスのお知らせ" },
          {
            amendment: { type: "ADDENDUM", summary: { ja: "画面を追記しました。", en: "Added the screen." }, sectionKeys: ["screen"] },
            screen: { ...screenTexts, errorCode: "Z010000000", modalBehavior: "FULL_PAGE", channelKeys: ["link-payment-page"] },
            sections: [
              ...content({ ja: "" }).sections,
              { key: "screen", kind: "ATTACHMENT", heading: { ja: "メンテナンス画面", en: "Maintenance screen" }, blocks: [{ type: "SCREEN_PREVIEW", variant: "FULL_PAGE" }] },
            ],
          },
        ),
      });
      const fresh = await tx.notice.create({ data: { slug: `${slug}-new`, kind: "SCHEDULED", issuerId: issuer.id, createdById: editor.id } });
      const draft = await createRevisionDraft(tx, { noticeId: fresh.id, authorId: editor.id, content: content({ ja: "未公開: 定期メンテナンスのお知らせ" }) });
      return {
        published: { noticeId: notice.id, slug, revisionId: amendment.id },
        unpublished: { noticeId: fresh.id, slug: fresh.slug, revisionId: draft.id },
      };
    },
    { timeout: 30_000 },
  );
  console.log(JSON.stringify(out));
  await db.$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
