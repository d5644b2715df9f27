#!/usr/bin/env node
// Writes a new migration from the change to prisma/schema.prisma, offline:
//   npm run db:new-migration -- add_merchant_locale
// (run through scripts/with-db.mjs: the CLI adapter needs a reachable database)
// Prisma's `migrate dev` needs the native schema engine and a shadow database,
// neither of which works here (docs/decisions/0002-prisma-offline.md), so the
// SQL is diffed between the schema as of the last migration (kept beside the
// migrations) and the current schema. Review the SQL, add what Prisma's schema
// cannot say (CHECKs, partial indexes, triggers), then `npm run db:migrate`.
import fs from "node:fs";
import path from "node:path";
import { mustRun, toolEnv, bin } from "./lib/env.mjs";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:new-migration -- <name in snake_case>");
  process.exit(2);
}
const dir = "prisma/migrations";
const snapshot = path.join(dir, "schema-at-last-migration.prisma");
const from = fs.existsSync(snapshot) ? ["--from-schema-datamodel", snapshot] : ["--from-empty"];
const sql = await mustRun(
  bin("prisma"),
  ["migrate", "diff", ...from, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
  { env: toolEnv(), quiet: true },
);
if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
  console.log("The schema has no change since the last migration; nothing written.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const target = path.join(dir, `${stamp}_${name}`);
fs.mkdirSync(target, { recursive: true });
fs.writeFileSync(path.join(target, "migration.sql"), sql);
fs.copyFileSync("prisma/schema.prisma", snapshot);
if (!fs.existsSync(path.join(dir, "migration_lock.toml"))) {
  fs.writeFileSync(path.join(dir, "migration_lock.toml"), 'provider = "postgresql"\n');
}
console.log(`Wrote ${target}/migration.sql`);
