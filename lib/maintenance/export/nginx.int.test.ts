// The exported bundle behind Debian's nginx (issue 10): a window a few seconds long is
// published in this run's database through the console's commands, exported with the
// real command (`npm run export:maintenance`'s script), and nginx, started with the
// bundle's snippet on a loopback port, is asked before, during and after the window, and
// with the manual override. Nothing is skipped: without nginx the test fails.
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@/scripts/lib/db.mjs";
import { minimalContent, publishedNotice } from "@/lib/notices/commands/test-support";
import { refreshMaintenanceSnapshot } from "@/lib/maintenance/snapshot-store";
import { seed } from "@/prisma/seed";
import { setForce } from "./write";

const exec = promisify(execFile);
const root = path.resolve(__dirname, "../../..");
const NGINX = "/usr/sbin/nginx";
const CHANNEL = "link-payment-page";
const OTHER = "api";
// time for the export and nginx's start before the window opens; the window lasts WINDOW_SECONDS
const LEAD_SECONDS = 25;
const WINDOW_SECONDS = 4;

// mode 0755: nginx's workers run as nobody when the test runs as root
const directory = fs.mkdtempSync(path.join(os.tmpdir(), "maintenance-export-"));
fs.chmodSync(directory, 0o755);
const out = path.join(directory, "bundle");
let nginx: ChildProcess | null = null;
let base: string;
let start: Date;
let end: Date;
let slug: string;
let exportLog: string;

type Manifest = {
  window: { slug: string; start: string; end: string; channels: string[] };
  source: { kind: string };
  files: { path: string; url: string | null; sha256: string; size: number; status: number | null; headers: Record<string, string> | null }[];
};
const manifest = (): Manifest => JSON.parse(fs.readFileSync(path.join(out, "manifest.json"), "utf8"));
const entry = (file: string) => manifest().files.find((f) => f.path === file)!;

function exportCommand(args: string[], env: NodeJS.ProcessEnv = process.env) {
  return exec(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/export-maintenance.ts", ...args], { cwd: root, env }).then(
    (r) => ({ code: 0, stderr: r.stderr }),
    (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
  );
}

async function get(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(base + url, { headers });
  const body = Buffer.from(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, body, sha256: createHash("sha256").update(body).digest("hex") };
}

const waitUntil = (t: Date) => new Promise((r) => setTimeout(r, Math.max(0, t.getTime() - Date.now())));

async function startNginx() {
  const port = await freePort(18180);
  const www = path.join(directory, "www");
  fs.mkdirSync(path.join(directory, "tmp"), { recursive: true });
  fs.mkdirSync(www, { mode: 0o755 });
  fs.writeFileSync(path.join(www, "pay.html"), "the payment page\n", { mode: 0o644 });
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((t) => `${t}_temp_path ${path.join(directory, "tmp", t)};`).join("\n  ");
  fs.writeFileSync(
    path.join(directory, "nginx.conf"),
    `daemon off;
worker_processes 1;
pid ${path.join(directory, "nginx.pid")};
error_log ${path.join(directory, "error.log")} warn;
events { worker_connections 64; }
http {
  access_log off;
  ${temp}
  server {
    listen 127.0.0.1:${port};
    include ${out}/nginx/maintenance.conf;
    # the operator's payment pages: one of the covered channel, one of a channel the window leaves alone
    location = /pay { include ${out}/nginx/gate-${CHANNEL}.conf; default_type "text/html; charset=utf-8"; alias ${www}/pay.html; }
    location = /api-page { include ${out}/nginx/gate-${OTHER}.conf; default_type "text/html; charset=utf-8"; alias ${www}/pay.html; }
  }
}
`,
  );
  const config = ["-p", directory, "-e", path.join(directory, "error.log"), "-c", path.join(directory, "nginx.conf")];
  // TZ=UTC: $time_iso8601 is nginx's local time, and the snippet matches UTC (ADR 0014)
  const env = { ...process.env, TZ: "UTC" };
  await exec(NGINX, ["-t", ...config], { env });
  nginx = spawn(NGINX, config, { env, stdio: ["ignore", "ignore", "pipe"] });
  base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(`${base}/maintenance-bundle/clock`);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`nginx did not answer on ${base}: ${fs.readFileSync(path.join(directory, "error.log"), "utf8")}`);
}

beforeAll(async () => {
  if (!fs.existsSync(NGINX)) throw new Error(`${NGINX} is missing: install Debian's nginx (apt-get install -y nginx; .ci/run installs it)`);
  process.env.MAINTENANCE_SNAPSHOT_DIR = path.join(directory, "snapshot");
  await seed();
  start = new Date(Math.ceil(Date.now() / 1000) * 1000 + LEAD_SECONDS * 1000);
  end = new Date(start.getTime() + WINDOW_SECONDS * 1000);
  ({ slug } = (await publishedNotice(minimalContent(1, { windows: [{ key: "main", startsAt: start.toISOString(), endsAt: end.toISOString(), channelKeys: [CHANNEL] }] }))).notice);
  // the file the app writes (the export's fallback), taken before the window ends and drops out of it
  await refreshMaintenanceSnapshot();
  const exported = await exportCommand(["--out", out, "--at", start.toISOString()]);
  exportLog = exported.stderr;
  expect(exported.code, exported.stderr).toBe(0);
  await startNginx();
}, 60_000);

afterAll(async () => {
  if (nginx && nginx.exitCode === null) {
    const exited = new Promise((r) => nginx!.once("exit", r));
    nginx.kill("SIGTERM");
    await exited;
  }
  delete process.env.MAINTENANCE_SNAPSHOT_DIR;
  // KEEP_EXPORT_TEST=1 keeps the folder (bundle, nginx.conf, error.log) to look into a failure
  if (process.env.KEEP_EXPORT_TEST) return;
  fs.rmSync(directory, { recursive: true, force: true });
});

describe("the exported maintenance bundle behind nginx", () => {
  it("was read from the database, for this window, and lists every file with its SHA-256", () => {
    expect(exportLog).toContain("source: the database");
    const m = manifest();
    expect(m.window).toMatchObject({ slug, start: start.toISOString(), end: end.toISOString(), channels: [CHANNEL] });
    for (const f of m.files) {
      const bytes = fs.readFileSync(path.join(out, f.path));
      expect({ path: f.path, sha256: createHash("sha256").update(bytes).digest("hex"), size: bytes.length }).toEqual({ path: f.path, sha256: f.sha256, size: f.size });
    }
    expect(m.files.map((f) => f.path)).toEqual(expect.arrayContaining([`pages/${CHANNEL}/ja/full.html`, `pages/${CHANNEL}/en/modal.html`, `api/${CHANNEL}.json`, `nginx/gate-${OTHER}.conf`]));
  });

  it("before, during and after the window: the payment page, then 503 with the screen, then the payment page", async () => {
    // before: nginx's clock is UTC and the window is not on
    expect(Date.now(), "the export and nginx's start took longer than the lead time").toBeLessThan(start.getTime() - 1_000);
    expect((await get("/maintenance-bundle/clock")).body.toString()).toMatch(/^\S+\+00:00 0:\n$/);
    expect(await get("/pay")).toMatchObject({ status: 200, body: Buffer.from("the payment page\n") });
    expect((await get(`/maintenance-bundle/api/${CHANNEL}.json`)).status).toBe(404);

    await waitUntil(new Date(start.getTime() + 200));
    const page = entry(`pages/${CHANNEL}/ja/full.html`);
    const during = await get("/pay");
    expect(during.status).toBe(503);
    expect(during.sha256).toBe(page.sha256);
    expect(during.headers.get("retry-after")).toBe(end.toUTCString());
    expect(during.headers.get("content-security-policy")).toBe(page.headers!["Content-Security-Policy"]);
    expect(during.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(during.headers.get("content-type")).toBe(page.headers!["Content-Type"]);
    expect(during.headers.get("cache-control")).toBe("no-store");
    expect(during.body.toString()).not.toContain("<script");
    // English for a browser that asks for it first
    expect((await get("/pay", { "Accept-Language": "en-US,en;q=0.9" })).sha256).toBe(entry(`pages/${CHANNEL}/en/full.html`).sha256);
    // the modal and the JSON are public while on
    const modalEntry = entry(`pages/${CHANNEL}/ja/modal.html`);
    expect(modalEntry.url).toBe(`/maintenance-bundle/modal/${CHANNEL}/ja.html`);
    const modal = await get(modalEntry.url!);
    expect({ status: modal.status, sha256: modal.sha256, csp: modal.headers.get("content-security-policy") }).toEqual({ status: 503, sha256: modalEntry.sha256, csp: modalEntry.headers!["Content-Security-Policy"] });
    const json = JSON.parse((await get(`/maintenance-bundle/api/${CHANNEL}.json`)).body.toString());
    expect(json).toMatchObject({ active: true, channel: CHANNEL, window: { start: start.toISOString(), end: end.toISOString() }, notice: { slug } });
    // a channel the window does not cover keeps its page; a full page is not public by its own URL
    expect((await get("/api-page")).status).toBe(200);
    expect((await get(`/maintenance-bundle/pages/${CHANNEL}/ja/full.html`)).status).toBe(404);

    // the manual override, off: the window's times no longer decide; auto: they do again
    setForce(out, "off", "test", new Date());
    expect((await get("/pay")).status).toBe(200);
    setForce(out, "auto", "test", new Date());
    expect((await get("/pay")).status).toBe(503);

    await waitUntil(new Date(end.getTime() + 200));
    expect(await get("/pay")).toMatchObject({ status: 200, body: Buffer.from("the payment page\n") });
    expect((await get(`/maintenance-bundle/modal/${CHANNEL}/ja.html`)).status).toBe(404);
  }, 60_000);

  it("the manual override on, written by the command, shows the screen after the window; auto ends it", async () => {
    expect((await exportCommand(["--out", out, "--force", "on"])).code).toBe(0);
    expect(fs.existsSync(`${out}.force-on`)).toBe(true);
    const on = await get("/pay");
    expect({ status: on.status, sha256: on.sha256 }).toEqual({ status: 503, sha256: entry(`pages/${CHANNEL}/ja/full.html`).sha256 });
    expect((await get("/api-page")).status).toBe(200);
    expect((await exportCommand(["--out", out, "--force", "auto"])).code).toBe(0);
    expect(fs.existsSync(`${out}.force-on`)).toBe(false);
    expect((await get("/pay")).status).toBe(200);
  }, 30_000);

  it("with the database unreachable, from the snapshot file the app wrote: the same pages, and it says so", async () => {
    const other = path.join(directory, "from-file");
    // a port nothing listens on
    const down = await exportCommand(["--out", other, "--at", start.toISOString()], { ...process.env, DATABASE_URL: "postgresql://nobody:x@127.0.0.1:9/none" });
    expect(down.code, down.stderr).toBe(0);
    expect(down.stderr).toMatch(/the database could not be read \(.+\): using the snapshot file/);
    expect(down.stderr).toContain(`source: the snapshot file ${path.join(directory, "snapshot", "snapshot.json")}`);
    const fromFile = JSON.parse(fs.readFileSync(path.join(other, "manifest.json"), "utf8")) as Manifest;
    expect(fromFile.source.kind).toBe("file");
    const page = `pages/${CHANNEL}/ja/full.html`;
    expect(fromFile.files.find((f) => f.path === page)!.sha256).toBe(entry(page).sha256);
  }, 30_000);

  it("bad arguments: a message, exit code 2, nothing written", async () => {
    const target = path.join(directory, "not-written");
    const bad = await exportCommand(["--out", target, "--at", "yesterday"]);
    expect(bad).toMatchObject({ code: 2 });
    expect(bad.stderr).toContain("--at yesterday: must be an ISO 8601 instant");
    expect(fs.existsSync(target)).toBe(false);
    expect(fs.existsSync(`${target}.versions`)).toBe(false);
    const taken = await exportCommand(["--out", path.join(directory, "www")]);
    expect(taken).toMatchObject({ code: 2 });
    expect(taken.stderr).toContain("exists and is not a bundle this command wrote");
  }, 30_000);
});
