#!/usr/bin/env node
// `npm test`: type check, lint, unit tests, integration tests against a fresh
// PostgreSQL database, the production build and Playwright in Chromium. The
// integration tests run beside the rest until the browser tests (ADR 0017).
// Needs Chromium (Debian's `chromium`, or CHROMIUM_PATH) and fonts-noto-cjk for
// Japanese screenshots, and Java (Debian's default-jre-headless) for the HTML
// checker; fails, never skips, when Chromium or Java is missing.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { continueUnderPinnedNode, ensureBuild, ensureDependencies, root } from "./lib/setup.mjs";
import { mustRun, run, toolEnv, bin } from "./lib/env.mjs";
import { authSecretEnv } from "./lib/auth-secret.mjs";
import { migrateDatabase } from "./lib/migrate.mjs";

const log = (m) => console.log(`\n[test] ${m}`);
const started = Date.now();
const results = [];
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!fs.existsSync(chromium)) {
  console.error(`[test] Chromium was not found at ${chromium}.
  The browser tests need it. Install it with:
    sudo apt-get install -y chromium fonts-noto-cjk     (or run: bash .ci/run)
  or point CHROMIUM_PATH at a Chromium or Chrome binary.`);
  process.exit(1);
}
// e2e/validity.spec.ts runs the Nu Html Checker (npm vnu-jar), a Java program
if (spawnSync("java", ["-version"], { stdio: "ignore" }).status !== 0) {
  console.error(`[test] Java was not found (the command "java" does not run).
  The browser tests check every page with the Nu Html Checker (vnu-jar), which runs on Java.
  Install it with:
    sudo apt-get install -y default-jre-headless     (or run: bash .ci/run)`);
  process.exit(1);
}

/**
 * Runs one step. `buffered`: for steps that run beside others, the output goes to
 * test-reports/logs/<name>.log and is printed when the step ends, in one piece (all
 * of it when it failed, its last lines when it passed), not interleaved with the rest.
 */
async function step(name, command, args, env = toolEnv(), { buffered = false } = {}) {
  const t = Date.now();
  log(`${name} …`);
  const { code, output, errors } = await run(command, args, { env, cwd: root, quiet: buffered });
  const seconds = (Date.now() - t) / 1000;
  results.push({ name, ok: code === 0, seconds });
  if (buffered) {
    const file = path.join("test-reports", "logs", `${name.replace(/[^A-Za-z0-9]+/g, "-")}.log`);
    fs.mkdirSync(path.join(root, path.dirname(file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), output + errors);
    const lines = (output + errors).trimEnd().split("\n");
    log(`${name}: ${code === 0 ? "passed" : "FAILED"} in ${seconds.toFixed(0)} s (whole output: ${file})`);
    process.stdout.write((code === 0 ? lines.slice(-12) : lines).join("\n") + "\n");
  }
  if (code !== 0) throw new Error(`${name} failed`);
}

function readJson(file) {
  const full = path.join(root, file);
  return fs.existsSync(full) ? JSON.parse(fs.readFileSync(full, "utf8")) : null;
}

await ensureDependencies(log);
// under the pinned Node 22 from here on; every tool below inherits it through PATH (toolEnv)
await continueUnderPinnedNode(log);
fs.rmSync(path.join(root, "test-reports"), { recursive: true, force: true });
const { acquireDatabase } = await import("./lib/db.mjs");
const databases = [];
let failed = false;
try {
  // A fresh, migrated database for each layer (integration tests leave rows behind).
  const freshDatabase = async (extra = {}) => {
    const database = await acquireDatabase({ scratch: true, log });
    databases.push(database);
    const env = toolEnv({ DATABASE_URL: database.url, ...authSecretEnv(), ...extra });
    await migrateDatabase(env);
    return env;
  };
  // The integration layer mostly waits (on PostgreSQL, on the servers some files start, on
  // windows a few seconds long): it runs beside the checks and the build, not before them.
  // Its database is asked for first: that call starts the embedded server the others join.
  const integrationEnv = await freshDatabase({ MAINTENANCE_SNAPSHOT_DIR: path.join(root, ".data", "maintenance-integration") });
  const integration = step("integration tests", bin("vitest"), ["run", "--project", "integration", "--reporter=default", "--reporter=json", "--outputFile.json=test-reports/integration.json"], integrationEnv, { buffered: true });
  // whatever happens below, the integration run is awaited (and its failure reported) before the databases go
  integration.catch(() => {});

  const browserLayer = async () => {
    await Promise.all([
      step("type check", bin("tsc"), ["--noEmit"], toolEnv(), { buffered: true }),
      step("lint", bin("eslint"), [".", "--max-warnings=0"], toolEnv(), { buffered: true }),
      // Dates must come out the same whatever the server's time zone (DESIGN.md, Decision 9).
      ...[["UTC", "unit-utc"], ["America/Los_Angeles", "unit-los-angeles"]].map(([tz, file]) =>
        step(`unit tests TZ=${tz}`, bin("vitest"), ["run", "--project", "unit", "--reporter=default", "--reporter=json", `--outputFile.json=test-reports/${file}.json`], toolEnv({ TZ: tz }), { buffered: true }),
      ),
    ]);
    await browserLanes();
  };

  const browserLanes = async () => {
    // The browser tests see the database as `npm start` leaves it: migrated and seeded.
    const env = await freshDatabase();
    await mustRun(bin("tsx"), ["--conditions=react-server", "prisma/seed.ts"], { env, cwd: root });
    await ensureBuild({ env: { ...env, NODE_ENV: "production" }, distDir: ".next-test", log });
    // Two lanes at once, each with its own server, database and build folder (ADR 0013):
    // the public specs (seeded → chromium) and the console's (console → amends-seed), which
    // publish notices the public specs must not meet. The console's database is a copy of the
    // seeded one, ids included (the build's prerendered pages name them), and its build
    // folder a copy of the build (a server writes regenerated pages into its own).
    const consoleDatabase = await databases.at(-1).copy("console");
    databases.push(consoleDatabase);
    const consoleDist = path.join(".data", "next-test-console");
    fs.rmSync(path.join(root, consoleDist), { recursive: true, force: true });
    fs.cpSync(path.join(root, ".next-test"), path.join(root, consoleDist), { recursive: true });
    // another checkout's test run may hold the usual ports
    const { freePort } = await import("./lib/db.mjs");
    const port = String(await freePort(Number(process.env.E2E_PORT ?? 3100)));
    const consolePort = String(await freePort(Number(port) + 1));
    const e2eEnv = { ...env, NEXT_DIST_DIR: ".next-test", CHROMIUM_PATH: chromium, E2E_PORT: port, MAINTENANCE_SNAPSHOT_DIR: path.join(root, ".data", "maintenance-e2e") };
    const consoleEnv = {
      ...e2eEnv,
      DATABASE_URL: consoleDatabase.url,
      NEXT_DIST_DIR: consoleDist,
      E2E_PORT: consolePort,
      MAINTENANCE_SNAPSHOT_DIR: path.join(root, ".data", "maintenance-e2e-console"),
    };
    const publicLane = async () => {
      await step("browser tests, public", bin("playwright"), ["test", "--project=chromium"], { ...e2eEnv, E2E_REPORT: "test-reports/e2e.json" });
      // A late commit must show with NOTIFY alone and with the poll alone (ADR 0005); the list
      // reporter keeps these runs out of the JSON reports, whose counts the summary prints;
      // their own output folder keeps the first run's screenshots (Playwright empties its output folder)
      for (const sources of ["listen", "poll"])
        await step(`browser tests, freshness by ${sources} only`, bin("playwright"), ["test", "--project=chromium", "--grep", "@late-commit", "--no-deps", "--reporter=list", `--output=test-results/freshness-${sources}`], {
          ...e2eEnv,
          FRESHNESS_SOURCES: sources,
        });
    };
    const consoleLane = async () => {
      for (const project of ["console", "amends-seed"])
        await step(`browser tests, ${project}`, bin("playwright"), ["test", `--project=${project}`, "--no-deps", `--output=test-results-${project}`], {
          ...consoleEnv,
          E2E_REPORT: `test-reports/e2e-${project}.json`,
        });
    };
    const lanes = await Promise.allSettled([publicLane(), consoleLane()]);
    const refused = lanes.find((lane) => lane.status === "rejected");
    if (refused) throw refused.reason;
  };

  const layers = await Promise.allSettled([integration, browserLayer()]);
  const refused = layers.find((layer) => layer.status === "rejected");
  if (refused) throw refused.reason;
} catch (error) {
  failed = true;
  console.error(`\n[test] ${error instanceof Error ? error.message : String(error)}`);
} finally {
  // released in reverse: the last release also stops the embedded server it started
  for (const database of databases.reverse()) await database.release();
}

const vitestCounts = (layer, file) => {
  const r = readJson(`test-reports/${file}.json`);
  return r && { layer, passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests };
};
const e2eCounts = (layer, file) => {
  const r = readJson(`test-reports/${file}.json`);
  return r && { layer, passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected, skipped: r.stats.skipped };
};
const counts = [
  vitestCounts("unit (UTC)", "unit-utc"),
  vitestCounts("unit (LA)", "unit-los-angeles"),
  vitestCounts("integration", "integration"),
  e2eCounts("browser", "e2e"),
  e2eCounts("console", "e2e-console"),
  e2eCounts("amends", "e2e-amends-seed"),
].filter(Boolean);
console.log(`\n[test] summary (Node ${process.version})`);
for (const r of results) console.log(`  ${r.ok ? "ok  " : "FAIL"} ${r.name.padEnd(34)} ${r.seconds.toFixed(1)} s`);
for (const c of counts) console.log(`  ${c.layer.padEnd(12)} ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
const total = counts.reduce((s, c) => ({ passed: s.passed + c.passed, failed: s.failed + c.failed, skipped: s.skipped + c.skipped }), { passed: 0, failed: 0, skipped: 0 });
if (total.skipped > 0) {
  console.error("[test] some tests were skipped: the suite must not pass by skipping");
  failed = true;
}
console.log(`  total time ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`${total.passed} passed, ${total.failed + (failed && total.failed === 0 ? 1 : 0)} failed`);
process.exit(failed || total.failed > 0 ? 1 : 0);
