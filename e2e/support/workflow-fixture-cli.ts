// The workflow specs' fixtures (e2e/support/workflow-fixtures.ts), run with tsx:
//   tsx --conditions=react-server e2e/support/workflow-fixture-cli.ts <command> <json>
// Each writes through the notice commands in one transaction, as the console would,
// and prints one line of JSON.
import { db } from "@/lib/db";
import { contextFor, createNotice, saveDraft } from "@/lib/notices/commands";
import { revisionContent } from "@/lib/notices/content/read";
import { revisionInclude } from "@/lib/notices/published/queries";

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
