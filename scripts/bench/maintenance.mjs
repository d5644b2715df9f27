// The benchmark's maintenance part (issue 10, "Measure"): a window in force (published
// through the console's commands), the live screen and GET /api/v1/maintenance through
// the production build, and nginx serving the exported bundle (`npm run
// export:maintenance`) in the same run. Answered from memory: the database's committed
// transactions are counted over each load run (pg_stat_database.xact_commit; the
// freshness loop's poll, one a second, is all there should be).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { query } from "../lib/db.mjs";
import { bin, mustRun } from "../lib/env.mjs";
import { load } from "./load.mjs";
import { startNginx } from "./servers.mjs";

export const MAINTENANCE_CHANNEL = "link-payment-page";
export const LIVE_TARGET_P99_MS = 50;
export const LIVE_TARGET_CONNECTIONS = 16;

async function until(what, check, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what}: not within ${timeoutMs / 1000} s`);
}

async function committedTransactions(databaseUrl) {
  // statistics reach pg_stat_database within a second of a backend going idle
  await new Promise((r) => setTimeout(r, 1_500));
  const { rows } = await query(databaseUrl, "SELECT xact_commit::bigint AS n FROM pg_stat_database WHERE datname = current_database()");
  return Number(rows[0].n);
}

/** Runs the loads; returns the rows to print. `running` receives what must be stopped. */
export async function maintenanceLoads({ root, app, env, databaseUrl, nginxBinary, nginxPort, dir, connections, seconds, running, log }) {
  const channel = MAINTENANCE_CHANNEL;
  const published = await mustRun(bin("tsx"), ["--conditions=react-server", "scripts/bench/maintenance-window.ts", channel], { env, cwd: root, quiet: true });
  const window = JSON.parse(published.trim().split("\n").at(-1));
  log(`maintenance window ${window.slug} on ${channel}: ${window.start} to ${window.end}`);
  // the app hears of the publication (NOTIFY) and refreshes its snapshot; the window then starts by the clock
  await until("the app's maintenance state to turn on", async () => (await (await fetch(`${app.url}/api/v1/maintenance?channel=${channel}`)).json()).active === true);

  const bundle = path.join(dir, "bundle");
  await mustRun(bin("tsx"), ["--conditions=react-server", "scripts/export-maintenance.ts", "--out", bundle], { env, cwd: root, quiet: true });
  const manifest = JSON.parse(fs.readFileSync(path.join(bundle, "manifest.json"), "utf8"));
  if (manifest.window.slug !== window.slug) throw new Error(`the export chose ${manifest.window.slug}, not the benchmark's window ${window.slug}`);
  const nginxDir = path.join(dir, "nginx");
  fs.mkdirSync(nginxDir, { recursive: true, mode: 0o755 });
  const nginx = await startNginx({
    binary: nginxBinary,
    port: nginxPort,
    files: { "pay.html": Buffer.from("the payment page\n") },
    dir: nginxDir,
    log,
    server: `    include ${bundle}/nginx/maintenance.conf;
    location = /pay { include ${bundle}/nginx/gate-${channel}.conf; alias ${nginxDir}/www/pay.html; }`,
  });
  running.push(nginx.stop);

  const rows = [
    { name: "live /maintenance", server: "app", url: `${app.url}/maintenance?channel=${channel}&lang=ja`, expect: 503, connections },
    { name: "bundle, payment page", server: "nginx", url: `${nginx.url}/pay`, expect: 503, connections },
    { name: "live /api/v1/maintenance", server: "app", url: `${app.url}/api/v1/maintenance?channel=${channel}`, expect: 200, connections },
    { name: "bundle, JSON", server: "nginx", url: `${nginx.url}/maintenance-bundle/api/${channel}.json`, expect: 200, connections },
    { name: "live /maintenance", server: "app", url: `${app.url}/maintenance?channel=${channel}&lang=ja`, expect: 503, connections: LIVE_TARGET_CONNECTIONS },
  ];
  for (const row of rows) {
    const response = await fetch(row.url);
    row.status = response.status;
    row.bytes = (await response.arrayBuffer()).byteLength;
    if (row.status !== row.expect) log(`${row.url} answers ${row.status}, not ${row.expect}: measured as it is`);
    const before = row.server === "app" ? await committedTransactions(databaseUrl) : null;
    log(`${row.server} ${row.url} (${row.connections} connections)`);
    row.result = await load(row.url, { connections: row.connections, seconds });
    // the count's own query adds one
    row.transactions = before === null ? null : (await committedTransactions(databaseUrl)) - before - 1;
    // an answer other than the expected status is an error here (503 is the screen's success)
    row.unexpected = row.result.statuses ? row.result.requests - (row.result.statuses[row.expect] ?? 0) : row.expect === 200 ? row.result.non2xx : NaN;
  }
  await nginx.stop();
  return rows;
}

export function printMaintenance(rows, { pad, num, kb, loadTool, seconds }) {
  // other work on the machine moves every figure: print how busy it was
  const [load1] = os.loadavg();
  console.log(`\nMaintenance, a window in force (${loadTool()}, ${seconds} s each, 127.0.0.1; load average now ${load1.toFixed(2)} on ${os.cpus().length} CPUs)`);
  console.log(`  "db tx": the database's committed transactions during the run, against "requests" (the freshness loop polls once a second)`);
  console.log(`  ${pad("what", 26)}${pad("conns", 7)}${pad("status", 8)}${pad("size", 10)}${pad("req/s", 9)}${pad("p99", 10)}${pad("errors", 8)}${pad("other status", 14)}${pad("requests", 10)}${pad("db tx", 8)}app/nginx`);
  const nginxOf = (row) => rows.find((r) => r.server === "nginx" && r.expect === row.expect && r.connections === row.connections);
  for (const row of rows) {
    const peer = row.server === "app" ? nginxOf(row) : null;
    const ratio = peer ? (row.result.rps / peer.result.rps).toFixed(3) : "—";
    const target = row.server === "app" && row.connections === LIVE_TARGET_CONNECTIONS ? (row.result.p99Ms < LIVE_TARGET_P99_MS ? `  (target p99 < ${LIVE_TARGET_P99_MS} ms: met)` : `  (target p99 < ${LIVE_TARGET_P99_MS} ms: MISSED)`) : "";
    console.log(
      `  ${pad(row.name, 26)}${pad(row.connections, 7)}${pad(row.status, 8)}${pad(kb(row.bytes), 10)}${pad(num(row.result.rps), 9)}${pad(`${num(row.result.p99Ms)} ms`, 10)}` +
        `${pad(row.result.errors, 8)}${pad(num(row.unexpected), 14)}${pad(num(row.result.requests), 10)}${pad(row.transactions ?? "—", 8)}${ratio}${target}`,
    );
  }
}
