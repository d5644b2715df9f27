#!/usr/bin/env node
// npm run test:mutations [-- <rule> …]
// A rule the database enforces is only tested if its test fails without it. For
// every CHECK, trigger and partial or expression unique index in the migrated
// schema (and the unique indexes listed below), this script migrates a scratch
// database, drops that one rule (the scratch "migration" after `migrate deploy`),
// runs the integration tests named for it and expects every one of them to FAIL.
// It exits non-zero when a test still passes without its rule, when a rule in the
// schema has no test named here, or when the tests do not pass with all rules in
// place. Each rule gets a fresh database, so it takes a few minutes: it is not a
// step of `npm test`.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { acquireDatabase, query } from "./lib/db.mjs";
import { bin, run, toolEnv } from "./lib/env.mjs";
import { migrateDatabase } from "./lib/migrate.mjs";

const root = path.resolve(new URL("..", import.meta.url).pathname);
const CONSTRAINTS = "lib/notices/workflow/constraints.int.test.ts";
const LISTING = "lib/notices/listing/listing.int.test.ts";
const AFFECTED = "lib/affected/impact.int.test.ts";
const CHANGES = "lib/freshness/change-feed.int.test.ts";
const MERCHANT_FACING = "lib/notices/published/merchant-facing.int.test.ts";
const CATALOG_ADMIN = "lib/catalog/commands.int.test.ts";
const ATTACHMENTS = "lib/notices/attachments/attachments.int.test.ts";
const contentTables = ["Section", "MaintenanceWindow", "ScreenSettings", "Amendment", "Block", "Footnote",
  "ImpactTable", "ImpactColumn", "ImpactRow", "ImpactCell", "ImpactCellRef", "ScreenChannel",
  // prisma/migrations/20261129233437_window_channel_rows
  "MaintenanceWindowChannel"];

/**
 * The one table: rule (constraint, trigger or index name) → the integration file
 * and a pattern (regular expression) of the test titles that must fail without it.
 * Every test the pattern selects must fail; a pattern that selects none is an error.
 */
const rules = [
  // prisma/migrations/20261123025631_init
  { rule: "Revision_one_published_per_notice", file: CONSTRAINTS, tests: "^Revision_one_published_per_notice:" },
  { rule: "Revision_number_iff_published", file: CONSTRAINTS, tests: "^Revision_number_iff_published:" },
  { rule: "Revision_number_positive", file: CONSTRAINTS, tests: "^Revision_number_positive:" },
  { rule: "MaintenanceWindow_end_after_start", file: CONSTRAINTS, tests: "^MaintenanceWindow_end_after_start:" },
  { rule: "ImpactCellRef_exactly_one", file: CONSTRAINTS, tests: "^ImpactCellRef_exactly_one:" },
  { rule: "Notice_slug_format", file: CONSTRAINTS, tests: "^Notice_slug_format:" },
  { rule: "Notice_slug_key", file: CONSTRAINTS, tests: "^Notice_slug_key:" },
  { rule: "Revision_immutable", file: CONSTRAINTS, tests: "^Revision_immutable:" },
  ...contentTables.map((t) => ({ rule: `${t}_immutable_when_published`, file: CONSTRAINTS, tests: `^${t}_immutable_when_published:` })),
  { rule: "AuditEvent_append_only", file: CONSTRAINTS, tests: "^AuditEvent_append_only:" },
  // prisma/migrations/20261123033916_notice_index_search
  { rule: "Revision_published_index", file: LISTING, tests: "^Revision_published_index:" },
  { rule: "Notice_listing_sync", file: LISTING, tests: "^Notice_listing_sync:" },
  // prisma/migrations/20261129102500_break_glass_kind
  { rule: "Revision_break_glass_kind", file: CONSTRAINTS, tests: "^Revision_break_glass_kind:" },
  // prisma/migrations/20261129233516_maintenance_commands
  { rule: "MaintenanceCommand_append_only", file: CONSTRAINTS, tests: "^MaintenanceCommand_append_only:" },
  // prisma/migrations/20261129102558_affected_impact
  { rule: "RevisionImpact_result_shape", file: AFFECTED, tests: "^refuses a result without the key arrays" },
  { rule: "RevisionImpact_immutable_when_published", file: AFFECTED, tests: "^refuses to change or delete the RevisionImpact" },
  // prisma/migrations/20261129102717_public_page_change
  { rule: "Revision_public_page_change", file: CHANGES, tests: "^logs a publication once" },
  { rule: "Notice_public_page_change", file: CHANGES, tests: "^logs (a withdrawal|both slugs)" },
  // prisma/migrations/20261129105716_merchant_facing_corrections
  { rule: "Revision_unknown_date_only_backfill", file: MERCHANT_FACING, tests: "^refuses an unknown date outside a backfill" },
  { rule: "NoticeListing_stated_dates", file: MERCHANT_FACING, tests: "^(gives the index no date|leaves out the date of an amendment|follows the latest amendment that changed the windows)" },
  // prisma/migrations/20261129111014_search_short_terms
  { rule: "NoticeListing_grams", file: LISTING, tests: "^(follow the current revision|払 finds exactly)" },
  // prisma/migrations/20261129165515_revision_workflow_rules
  { rule: "Revision_four_eyes", file: CONSTRAINTS, tests: "^Revision_four_eyes:" },
  { rule: "RevisionEditor_four_eyes", file: CONSTRAINTS, tests: "^RevisionEditor_four_eyes:" },
  { rule: "Notice_identity_fixed", file: CONSTRAINTS, tests: "^Notice_identity_fixed:" },
  // prisma/migrations/20261129165455_error_code_format
  { rule: "ScreenDefaults_errorCode_format", file: CATALOG_ADMIN, tests: "^ScreenDefaults_errorCode_format:" },
  { rule: "ScreenDefaults_frameAncestors_origins", file: "lib/contacts/embed.int.test.ts", tests: "ScreenDefaults_frameAncestors_origins:" },
  // prisma/migrations/20261129170854_attachments
  { rule: "Attachment_contentType_check", file: ATTACHMENTS, tests: "^Attachment_contentType_check:" },
  { rule: "Attachment_size_check", file: ATTACHMENTS, tests: "^Attachment_size_check:" },
  // prisma/migrations/20261129172200_catalog_key_frozen
  ...["Service", "PaymentMethod", "Channel", "Audience"].map((t) => ({ rule: `${t}_key_frozen`, file: CATALOG_ADMIN, tests: `^${t}_key_frozen:` })),
];

const log = (m) => console.log(`[mutations] ${m}`);
const only = process.argv.slice(2);
const selected = only.length ? rules.filter((r) => only.includes(r.rule)) : rules;
if (only.length && selected.length !== only.length) {
  console.error(`unknown rule(s): ${only.filter((o) => !rules.some((r) => r.rule === o)).join(", ")}`);
  process.exit(2);
}

// Rules in the schema, with the statement that removes each. Required: what
// prisma/schema.prisma cannot say (hand-written SQL). Plain unique indexes come
// from the schema; they are checked only when listed above.
const CATALOG = `
  SELECT c.conname AS name, t.relname AS "table", 'constraint' AS kind, true AS required
    FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
   WHERE n.nspname = 'public' AND c.contype IN ('c', 'x')
  UNION ALL
  SELECT g.tgname, t.relname, 'trigger', true
    FROM pg_trigger g JOIN pg_class t ON t.oid = g.tgrelid JOIN pg_namespace n ON n.oid = t.relnamespace
   WHERE n.nspname = 'public' AND NOT g.tgisinternal
  UNION ALL
  SELECT i.relname, t.relname, 'index', (x.indpred IS NOT NULL OR x.indexprs IS NOT NULL)
    FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
   WHERE n.nspname = 'public' AND x.indisunique AND NOT x.indisprimary
     AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)`;

const dropStatement = ({ name, table, kind }) =>
  kind === "constraint" ? `ALTER TABLE "${table}" DROP CONSTRAINT "${name}"`
  : kind === "trigger" ? `DROP TRIGGER "${name}" ON "${table}"`
  : `DROP INDEX "${name}"`;

const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), "mutations-"));
let reportCount = 0;

/** Runs the named tests of `files` against `url`; returns each selected test's title, status and first failure line. */
async function runTests(url, files, pattern) {
  const report = path.join(reportDir, `${++reportCount}.json`);
  const args = ["run", "--project", "integration", ...files, "-t", pattern, "--reporter=json", `--outputFile=${report}`];
  const { code, output, errors } = await run(bin("vitest"), args, { env: toolEnv({ DATABASE_URL: url }), quiet: true, cwd: root });
  if (!fs.existsSync(report)) throw new Error(`vitest wrote no report (exit ${code}):\n${output}${errors}`);
  const { testResults } = JSON.parse(fs.readFileSync(report, "utf8"));
  const broken = testResults.filter((f) => f.status === "failed" && f.assertionResults.length === 0);
  if (broken.length) throw new Error(`a test file did not run:\n${broken.map((f) => f.message).join("\n")}`);
  return testResults
    .flatMap((f) => f.assertionResults)
    .filter((a) => a.status === "passed" || a.status === "failed")
    .map((a) => ({ title: a.title, status: a.status, why: (a.failureMessages[0] ?? "").split("\n")[0].slice(0, 160) }));
}

const matches = (rule, title) => new RegExp(rule.tests).test(title);
// vitest -t matches the full name (describe blocks, then the title): drop the anchor
const namePattern = (list) => list.map((r) => `(${r.tests.replace(/^\^/, "")})`).join("|");

async function migratedDatabase() {
  const database = await acquireDatabase({ scratch: true, log: () => {} });
  await migrateDatabase(toolEnv({ DATABASE_URL: database.url }));
  return database;
}

const started = Date.now();
let failed = false;
// the first database holds the embedded cluster for the others (released last)
const baseline = await migratedDatabase();
try {
  const found = (await query(baseline.url, CATALOG)).rows;
  const listed = new Set(rules.map((r) => r.rule));
  const untested = found.filter((f) => f.required && !listed.has(f.name));
  const missing = rules.filter((r) => !found.some((f) => f.name === r.rule));
  for (const f of untested) log(`NO TEST   ${f.kind} ${f.name} on "${f.table}": add its test and a row to the table in scripts/check-constraint-tests.mjs`);
  for (const r of missing) log(`STALE     ${r.rule}: listed here but not in the migrated schema`);
  if (untested.length || missing.length) failed = true;

  log(`${found.filter((f) => f.required).length} rules in the schema need a test; ${selected.length} to check`);
  const files = [...new Set(selected.map((r) => r.file))];
  const intact = await runTests(baseline.url, files, namePattern(selected));
  for (const r of selected) {
    const mine = intact.filter((t) => matches(r, t.title));
    const notPassing = mine.filter((t) => t.status !== "passed");
    if (!mine.length) log(`NO MATCH  ${r.rule}: no test in ${r.file} matches /${r.tests}/`);
    for (const t of notPassing) log(`BASELINE  ${r.rule}: "${t.title}" fails with every rule in place: ${t.why}`);
    if (!mine.length || notPassing.length) failed = true;
  }
  if (failed) throw new Error("fix the problems above first: a mutation run means nothing unless the tests pass with the rules in place");
  log(`baseline: ${intact.length} named tests pass with every rule in place (${((Date.now() - started) / 1000).toFixed(0)} s)`);

  const results = [];
  for (const r of selected) {
    const t0 = Date.now();
    const target = found.find((f) => f.name === r.rule);
    const database = await migratedDatabase();
    let outcome;
    try {
      await query(database.url, dropStatement(target));
      const mine = (await runTests(database.url, [r.file], namePattern([r]))).filter((t) => matches(r, t.title));
      const survivors = mine.filter((t) => t.status === "passed");
      outcome = { ok: mine.length > 0 && survivors.length === 0, mine, survivors };
    } finally {
      await database.release();
    }
    const seconds = ((Date.now() - t0) / 1000).toFixed(0);
    results.push({ ...r, ...outcome });
    log(`${outcome.ok ? "ok       " : "SURVIVED "} ${r.rule} dropped → ${outcome.mine.length - outcome.survivors.length}/${outcome.mine.length} tests failed (${seconds} s)`);
    for (const t of outcome.mine) log(`            ${t.status === "failed" ? "failed" : "PASSED"}  ${t.title}${t.why ? `  — ${t.why}` : ""}`);
  }
  const survived = results.filter((r) => !r.ok);
  if (survived.length) failed = true;
  log(`${results.length - survived.length} of ${results.length} rules: their tests fail without them${survived.length ? `; still passing without their rule: ${survived.map((r) => r.rule).join(", ")}` : ""}`);
} catch (error) {
  failed = true;
  console.error(`[mutations] ${error.message}`);
} finally {
  await baseline.release();
  fs.rmSync(reportDir, { recursive: true, force: true });
}
log(`${failed ? "FAILED" : "passed"} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exit(failed ? 1 : 0);
