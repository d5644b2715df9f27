#!/usr/bin/env node
// `npm start`: everything a fresh clone needs with only the machine's Node and npm.
// Installs dependencies, continues under the pinned Node 22 (npm package `node`),
// starts the embedded PostgreSQL (or uses DATABASE_URL), migrates, seeds, builds if
// the sources changed, and serves on HOST:PORT (127.0.0.1:3000).
import fs from "node:fs";
import { spawn, execFileSync } from "node:child_process";
import { continueUnderPinnedNode, ensureBuild, ensureDependencies, root } from "./lib/setup.mjs";
import { mustRun, toolEnv } from "./lib/env.mjs";
import { authSecretEnv, localDevelopmentPassword } from "./lib/auth-secret.mjs";
import { migrateDatabase } from "./lib/migrate.mjs";

const log = (m) => console.log(`[start] ${m}`);
const port = process.env.PORT ?? "3000";
// loopback unless HOST says otherwise: in production a reverse proxy (nginx) faces the network
const host = process.env.HOST || "127.0.0.1";
const started = Date.now();

await ensureDependencies(log);
await continueUnderPinnedNode(log);
const { acquireDatabase } = await import("./lib/db.mjs");
const database = await acquireDatabase({ log });
let server;
let worker;
let stopping = false;
const stopChild = async (child) => {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  await new Promise((resolve) => child.once("exit", resolve));
};
async function shutdown(code = 0) {
  if (stopping) return;
  stopping = true;
  // the worker finishes its running deliveries before the database goes
  await Promise.all([stopChild(server), stopChild(worker)]);
  await database.release();
  log("stopped");
  process.exit(code);
}
process.on("SIGINT", () => shutdown(0));
process.on("SIGTERM", () => shutdown(0));

const staffLogins = (origin, password) => `  Staff console   ${origin}/admin  (password of these local users: ${password}, kept in .data/dev-password)
    editor@example.com     editor
    approver@example.com   editor, approver   (sets up a second factor at the first sign-in)
    admin@example.com      admin              (sets up a second factor at the first sign-in)
`;

/** The Node binary the server process really runs (Linux: /proc/<pid>/exe), and its version. */
function serverRuntime(pid) {
  try {
    const exe = fs.readlinkSync(`/proc/${pid}/exe`);
    return `Node ${execFileSync(exe, ["--version"], { encoding: "utf8" }).trim()} (${exe})`;
  } catch {
    return `Node ${process.version} on PATH`;
  }
}

try {
  // The embedded database makes this a local install: it gets a local session secret
  // and a random password for the seeded staff users, both made once into .data/ (0600).
  // With DATABASE_URL it is a deployment, which brings its own NEXTAUTH_SECRET (the
  // server refuses to start without one) and gets no development password.
  const local = !process.env.DATABASE_URL;
  const developmentPassword = local ? localDevelopmentPassword() : null;
  const seedEnv = local ? { SEED_DEVELOPMENT_PASSWORD: developmentPassword } : {};
  const env = toolEnv({ DATABASE_URL: database.url, NODE_ENV: "production", ...(local ? authSecretEnv() : {}) });
  // a local install's mails go to the console's catch-all unless SMTP_URL is set (lib/notifications/transport.ts)
  if (local) env.MAIL_TRANSPORT ??= "catch-all";
  // next-auth's base URL for a local install; a deployment sets its public https:// address (README: staff sign-in)
  if (local) env.NEXTAUTH_URL ??= `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  log("applying migrations …");
  await migrateDatabase(env);
  // only the seed sees the password; the server never does
  await mustRun(`${root}/node_modules/.bin/tsx`, ["--conditions=react-server", "prisma/seed.ts"], { env: { ...env, ...seedEnv }, cwd: root });
  await ensureBuild({ env, log });
  // the notification worker (issue 11) runs beside the server unless a separate one does (`npm run worker`)
  if (process.env.WORKER === "off") log("WORKER=off: no notification worker in this process (run `npm run worker`)");
  else {
    worker = spawn(`${root}/node_modules/.bin/tsx`, ["--conditions=react-server", "scripts/worker.ts"], { env, cwd: root, stdio: ["ignore", "inherit", "inherit"] });
    worker.on("exit", (code) => {
      if (!stopping) {
        log(`the notification worker exited (${code}); stopping`);
        shutdown(code || 1);
      }
    });
  }
  server = spawn(`${root}/node_modules/.bin/next`, ["start", "-H", host, "-p", port], { env, cwd: root, stdio: ["ignore", "pipe", "inherit"] });
  server.stdout.on("data", (chunk) => {
    process.stdout.write(chunk);
    if (String(chunk).includes("Ready")) {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const shown = host === "0.0.0.0" || host === "::" ? "localhost" : host.includes(":") ? `[${host}]` : host;
      console.log(`
  Maintenance notices are served on http://${shown}:${port}  (listening on ${host}; ready in ${seconds} s)
    server runtime  ${serverRuntime(server.pid)}
    public site     http://${shown}:${port}/   ·   English: http://${shown}:${port}/en
${local ? staffLogins(`http://${shown}:${port}`, developmentPassword) : ""}  Data: ${process.env.DATABASE_URL ? "DATABASE_URL" : "embedded PostgreSQL in .data/postgres (its passwords: .data/postgres.secrets.json)"}.  Stop with Ctrl+C.
`);
    }
  });
  server.on("exit", (code) => {
    if (!stopping) shutdown(code ?? 1);
  });
} catch (error) {
  console.error(error.message);
  await shutdown(1);
}
