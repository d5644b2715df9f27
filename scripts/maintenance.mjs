#!/usr/bin/env node
// `npm run maintenance -- …` (lib/maintenance/outage/cli.ts). With DATABASE_URL (a
// deployment) it talks to that database, reachable or not: unreachable, it writes into
// the shared snapshot and the journal. Without it, the embedded development database
// is started as `npm start` does (scripts/with-db.mjs).
import { bin, run } from "./lib/env.mjs";

const args = ["--conditions=react-server", "scripts/maintenance.ts", ...process.argv.slice(2)];
const { code } = process.env.DATABASE_URL
  ? await run(bin("tsx"), args)
  : await run(process.execPath, ["scripts/with-db.mjs", "tsx", ...args]);
process.exit(code);
