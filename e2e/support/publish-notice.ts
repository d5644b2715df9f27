// Publishes a notice straight through the domain code, as another instance or the
// offline command would (no request to the server under test):
//   tsx --conditions=react-server e2e/support/publish-notice.ts <slug> <startsInSeconds> <lastsSeconds>
import { db } from "@/lib/db";
import { createRevisionDraft } from "@/lib/notices/content/write";
import { publishRevision } from "@/lib/notices/workflow/workflow";

const [slug, startsIn, lasts] = process.argv.slice(2);
const start = new Date(Date.now() + Number(startsIn) * 1000);
const end = new Date(start.getTime() + Number(lasts) * 1000);

async function main() {
  await db.$transaction(async (tx) => {
  const approver = await tx.user.findUniqueOrThrow({ where: { email: "approver@example.com" } });
  const issuer = await tx.issuer.findFirstOrThrow();
  const notice = await tx.notice.create({ data: { slug: slug!, kind: "EMERGENCY", issuerId: issuer.id, createdById: approver.id } });
  const revision = await createRevisionDraft(tx, {
    noticeId: notice.id,
    authorId: approver.id,
    content: {
      title: { ja: "「クロネコwebコレクト」緊急メンテナンスのお知らせ", en: "Kuroneko Web Collect emergency maintenance" },
      lead: { ja: "緊急のメンテナンスを実施いたします。", en: "We are carrying out an emergency maintenance." },
      merchantAction: { level: "NONE" },
      contactKey: "customer-service",
      windows: [{ key: "main", startsAt: start, endsAt: end }],
      sections: [{ key: "content", heading: { ja: "メンテナンス実施内容", en: "What the maintenance does" }, blocks: [{ type: "PROSE", body: { ja: "作業を行います。", en: "Work is carried out." } }] }],
    },
  });
  await publishRevision(tx, revision.id, { actor: { userId: approver.id }, breakGlass: true });
  });
  await db.$disconnect();
  console.log(slug);
}

void main();
