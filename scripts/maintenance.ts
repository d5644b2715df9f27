// `npm run maintenance -- …`: the maintenance controls from the command line, also while
// the database is down (lib/maintenance/outage/cli.ts says how).
import { db } from "@/lib/db";
import { runMaintenanceCli } from "@/lib/maintenance/outage/cli";

async function main() {
  const code = await runMaintenanceCli(process.argv.slice(2), { out: (l) => console.log(l), err: (l) => console.error(l) });
  await db.$disconnect().catch(() => {});
  process.exit(code);
}
void main();
