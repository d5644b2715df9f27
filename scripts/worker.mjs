#!/usr/bin/env node
// `npm run worker`: the notification worker as its own process (scripts/worker.ts). With
// DATABASE_URL (a deployment) it uses that database; without, the embedded development
// database is started and migrated as `npm start` does (scripts/with-db.mjs).
import { bin, run } from "./lib/env.mjs";

const args = ["--conditions=react-server", "scripts/worker.ts"];
const { code } = process.env.DATABASE_URL ? await run(bin("tsx"), args) : await run(process.execPath, ["scripts/with-db.mjs", "tsx", ...args]);
process.exit(code);
