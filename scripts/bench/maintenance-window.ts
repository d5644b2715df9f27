// A maintenance window in force for the benchmark's maintenance part (issue 10): one
// notice published through the console's commands (editor writes, approver approves and
// publishes), whose window starts a few seconds from now and lasts two hours on the
// channel given. Prints {"slug","start","end"} as its last line. Run by bench.mjs:
//   tsx --conditions=react-server scripts/bench/maintenance-window.ts <channel>
import { db } from "@/lib/db";
import { minimalContent, publishedNotice } from "@/lib/notices/commands/test-support";

async function main() {
  const channel = process.argv[2];
  if (!channel) throw new Error("usage: maintenance-window.ts <channel>");
  const start = new Date(Math.ceil(Date.now() / 1000) * 1000 + 5_000);
  const end = new Date(start.getTime() + 2 * 3_600_000);
  const { notice } = await publishedNotice(minimalContent(1, { windows: [{ key: "main", startsAt: start.toISOString(), endsAt: end.toISOString(), channelKeys: [channel] }] }));
  console.log(JSON.stringify({ slug: notice.slug, start: start.toISOString(), end: end.toISOString() }));
  await db.$disconnect();
}

main().catch(async (error) => {
  console.error(error);
  await db.$disconnect();
  process.exit(1);
});
