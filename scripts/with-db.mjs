#!/usr/bin/env node
// Runs a command with DATABASE_URL pointing at a migrated database:
//   node scripts/with-db.mjs [--scratch] [--seed] <command> [args…]
// --scratch: a fresh database dropped afterwards (tests); --seed: seed it too.
import { acquireDatabase } from "./lib/db.mjs";
import { toolEnv, run, mustRun, bin } from "./lib/env.mjs";
import { authSecretEnv } from "./lib/auth-secret.mjs";
import { migrateDatabase } from "./lib/migrate.mjs";

const args = process.argv.slice(2);
const flags = new Set();
while (args[0]?.startsWith("--")) flags.add(args.shift());
const log = (m) => console.error(`[db] ${m}`);

const db = await acquireDatabase({ scratch: flags.has("--scratch"), log });
let code = 1;
try {
  const env = toolEnv({ DATABASE_URL: db.url, ...authSecretEnv() });
  await migrateDatabase(env);
  if (flags.has("--seed")) await mustRun(bin("tsx"), ["--conditions=react-server", "prisma/seed.ts"], { env });
  const [command, ...rest] = args;
  const resolved = ["next", "prisma", "vitest", "playwright", "tsx"].includes(command) ? bin(command) : command;
  ({ code } = await run(resolved, rest, { env }));
} finally {
  await db.release();
}
process.exit(code);
