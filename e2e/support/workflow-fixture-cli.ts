// The workflow specs' fixtures (e2e/support/workflow-fixtures.ts), run with tsx:
//   tsx --conditions=react-server e2e/support/workflow-fixture-cli.ts <command> <json>
// Each writes through the notice commands in one transaction, as the console would,
// and prints one line of JSON.
import { db } from "@/lib/db";
import { approveRevision, contextFor, createNotice, publishRevision, saveDraft, startAmendment, submitRevision } from "@/lib/notices/commands";
import { revisionContent } from "@/lib/notices/content/read";
import { revisionInclude } from "@/lib/notices/published/queries";
import * as notice000 from "@/prisma/seed/notice-000";

const [command, json] = process.argv.slice(2);
const input = JSON.parse(json ?? "{}");

const commands: Record<string, () => Promise<unknown>> = {
  async draft() {
    const start = new Date(Date.now() + input.startsInSeconds * 1000);
    const end = new Date(start.getTime() + input.lastsSeconds * 1000);
    return db.$transaction(async (tx) => {
      const { noticeId, revisionId } = await createNotice(await contextFor(tx, input.authorId), {
        kind: "SCHEDULED",
        slug: input.slug,
        content: {
          title: { ja: input.title },
          lead: { ja: "平素は格別のご高配を賜り、厚く御礼申し上げます。" },
          merchantAction: { level: "NONE" },
          contactKey: "customer-service",
          windows: [{ key: "main", startsAt: start, endsAt: end }],
          sections: [{ key: "content", heading: { ja: "メンテナンス実施内容" }, blocks: [{ type: "PROSE", body: { ja: "システムメンテナンスを行います。" } }] }],
        },
      });
      return { noticeId, revisionId, slug: input.slug };
    });
  },
  async "add-paragraph"() {
    return db.$transaction(async (tx) => {
      const revision = await tx.revision.findUniqueOrThrow({ where: { id: input.revisionId }, include: revisionInclude });
      const content = revisionContent(revision);
      const [first, ...rest] = content.sections;
      const body = input.en ? { ja: input.ja, en: input.en } : { ja: input.ja };
      const sections = [{ ...first!, blocks: [...first!.blocks, { type: "PROSE" as const, numbered: false, body, footnotes: [] }] }, ...rest];
      return saveDraft(await contextFor(tx, input.editorId), { revisionId: revision.id, version: revision.version, content: { ...content, sections } });
    });
  },
  // A copy of the first reference notice under a new slug and title, its first revision
  // published as the seed does (a confirmed backfill), and its real 7/23 addendum as an
  // amendment draft: an amendment page with a long diff, without touching the seeded notice.
  async "reference-amendment"() {
    return db.$transaction(async (tx) => {
      const editor = await contextFor(tx, (await tx.user.findUniqueOrThrow({ where: { email: "editor@example.com" } })).id);
      const approver = await contextFor(tx, (await tx.user.findUniqueOrThrow({ where: { email: "approver@example.com" } })).id);
      const title = { ...notice000.revision1.title, ja: `${input.titlePrefix}${notice000.revision1.title.ja}` };
      const created = await createNotice(editor, { kind: "SCHEDULED", slug: input.slug, content: { ...notice000.revision1, title } });
      const submitted = await submitRevision(editor, { revisionId: created.revisionId, version: created.version });
      const approved = await approveRevision(approver, { revisionId: created.revisionId, version: submitted.version });
      await publishRevision(approver, { revisionId: created.revisionId, version: approved.version, backfill: true, publishedAt: notice000.firstPublishedAt });
      const draft = await startAmendment(editor, { noticeId: created.noticeId });
      await saveDraft(editor, { revisionId: draft.revisionId, version: draft.version, content: { ...notice000.revision2, title } });
      return { noticeId: created.noticeId };
    }, { timeout: 60_000 }); // four commands over a long notice on a busy machine: Prisma's default is 5 s
  },
  async find() {
    const notice = await db.notice.findUniqueOrThrow({ where: { slug: input.slug } });
    const working = await db.revision.findFirst({
      where: { noticeId: notice.id, status: { in: ["DRAFT", "SUBMITTED", "APPROVED", "REJECTED"] } },
      orderBy: { createdAt: "desc" },
    });
    return { noticeId: notice.id, working: working && { revisionId: working.id, version: working.version } };
  },
};

async function main() {
  const run = commands[command ?? ""];
  if (!run) throw new Error(`unknown command ${command}`);
  console.log(JSON.stringify(await run()));
  await db.$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
