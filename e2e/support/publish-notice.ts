// Publishes a notice straight through the domain code, as another instance or the
// offline command would (no request to the server under test):
//   tsx --conditions=react-server e2e/support/publish-notice.ts <slug> <startsInSeconds> <lastsSeconds> [--title=…] [--hold-ms=N] [--channels=a,b]
// --hold-ms keeps the publishing transaction open that long after its rows are
// written (a long transaction): it prints "written" before the wait and
// "committed" once the commit has returned, so a test can watch both moments.
// --channels: catalog keys the window covers (its maintenance screen is on for them).
import { parseArgs } from "node:util";
import { db } from "@/lib/db";
import { contextFor, createNotice, publishRevision } from "@/lib/notices/commands";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { title: { type: "string" }, "hold-ms": { type: "string" }, channels: { type: "string" } },
});
const [slug, startsIn, lasts] = positionals;
const holdMs = Number(values["hold-ms"] ?? 0);
const start = new Date(Date.now() + Number(startsIn) * 1000);
const end = new Date(start.getTime() + Number(lasts) * 1000);

async function main() {
  await db.$transaction(
    async (tx) => {
      const approver = await tx.user.findUniqueOrThrow({ where: { email: "approver@example.com" } });
      // an emergency an approver publishes alone (break glass), through the console's commands
      const context = await contextFor(tx, approver.id);
      const created = await createNotice(context, {
        kind: "EMERGENCY",
        slug: slug!,
        content: {
          title: { ja: values.title ?? "「クロネコwebコレクト」緊急メンテナンスのお知らせ", en: "Kuroneko Web Collect emergency maintenance" },
          lead: { ja: "緊急のメンテナンスを実施いたします。", en: "We are carrying out an emergency maintenance." },
          merchantAction: { level: "NONE" },
          contactKey: "customer-service",
          windows: [{ key: "main", startsAt: start, endsAt: end, channelKeys: values.channels ? values.channels.split(",") : [] }],
          sections: [{ key: "content", heading: { ja: "メンテナンス実施内容", en: "What the maintenance does" }, blocks: [{ type: "PROSE", body: { ja: "作業を行います。", en: "Work is carried out." } }] }],
        },
      });
      await publishRevision(context, { revisionId: created.revisionId, version: created.version, breakGlass: true });
      if (holdMs > 0) {
        console.log("written");
        await new Promise((resolve) => setTimeout(resolve, holdMs));
      }
    },
    // Prisma ends an interactive transaction after 5 s by default
    { timeout: holdMs + 10_000 },
  );
  console.log("committed");
  await db.$disconnect();
}

void main();
