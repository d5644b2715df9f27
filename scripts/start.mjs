#!/usr/bin/env node
// `npm start`: everything a fresh clone needs with only Node 20 and npm.
// Installs dependencies, starts the embedded PostgreSQL (or uses DATABASE_URL),
// migrates, seeds, builds if the sources changed, and serves on PORT (3000).
import { spawn } from "node:child_process";
import { ensureBuild, ensureDependencies, root } from "./lib/setup.mjs";
import { mustRun, toolEnv } from "./lib/env.mjs";

const log = (m) => console.log(`[start] ${m}`);
const port = process.env.PORT ?? "3000";
const started = Date.now();

await ensureDependencies(log);
const { acquireDatabase } = await import("./lib/db.mjs");
const database = await acquireDatabase({ log });
let server;
let stopping = false;
async function shutdown(code = 0) {
  if (stopping) return;
  stopping = true;
  if (server && server.exitCode === null) {
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
  }
  await database.release();
  log("stopped");
  process.exit(code);
}
process.on("SIGINT", () => shutdown(0));
process.on("SIGTERM", () => shutdown(0));

try {
  const env = toolEnv({ DATABASE_URL: database.url, NODE_ENV: "production" });
  log("applying migrations …");
  await mustRun(`${root}/node_modules/.bin/prisma`, ["migrate", "deploy"], { env, quiet: true, cwd: root });
  await mustRun(`${root}/node_modules/.bin/tsx`, ["--conditions=react-server", "prisma/seed.ts"], { env, cwd: root });
  await ensureBuild({ env, log });
  server = spawn(`${root}/node_modules/.bin/next`, ["start", "-p", port], { env, cwd: root, stdio: ["ignore", "pipe", "inherit"] });
  server.stdout.on("data", (chunk) => {
    process.stdout.write(chunk);
    if (String(chunk).includes("Ready")) {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(`
  Maintenance notices are served on http://localhost:${port}  (ready in ${seconds} s)
    public site     http://localhost:${port}/   ·   English: http://localhost:${port}/en
  Staff logins (development password: notices-dev-2026)
    editor@example.com     editor
    approver@example.com   editor, approver
    admin@example.com      admin
  Data: ${process.env.DATABASE_URL ? "DATABASE_URL" : "embedded PostgreSQL in .data/postgres"}.  Stop with Ctrl+C.
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
