// First-run preparation shared by `npm start` and `npm test`: install the npm
// dependencies when they are missing or older than package-lock.json, and
// generate the Prisma client. Uses only Node built-ins (it runs before install).
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { spawn } from "node:child_process";
import { mustRun, toolEnv } from "./env.mjs";

export const root = path.resolve(new URL("../..", import.meta.url).pathname);
const p = (...parts) => path.join(root, ...parts);

export async function ensureDependencies(log) {
  const marker = p("node_modules", ".package-lock.json");
  const stale = !fs.existsSync(marker) || fs.statSync(marker).mtimeMs < fs.statSync(p("package-lock.json")).mtimeMs;
  if (stale) {
    // `npm install`, not `npm ci`: a registry mirror that serves only this platform's
    // optional packages (no darwin/win32 builds of SWC and friends) writes a lock
    // without them, and `npm ci` then refuses the lock as out of sync. `npm install`
    // installs exactly the locked versions and leaves the lock unchanged.
    log("installing npm dependencies …");
    await mustRun("npm", ["install", "--no-audit", "--no-fund"], { env: toolEnv(), cwd: root });
  }
  if (!fs.existsSync(p("lib", "generated", "prisma", "client.ts"))) {
    await mustRun(p("node_modules", ".bin", "prisma"), ["generate"], { env: toolEnv(), cwd: root, quiet: true });
  }
}

/**
 * The project runs on the Node of the npm package `node` (22 LTS), not on the
 * machine's: once the dependencies are installed, a script started by another Node
 * (the very first `npm start` of a fresh clone, or `node scripts/…` by hand) runs
 * itself again under node_modules/.bin/node and exits with its exit code. Ctrl+C
 * reaches both processes (same process group); the parent waits for the child.
 */
export async function continueUnderPinnedNode(log) {
  const pinned = p("node_modules", ".bin", "node");
  if (!fs.existsSync(pinned)) throw new Error(`${pinned} is missing: run npm install`);
  if (fs.realpathSync(process.execPath) === fs.realpathSync(pinned)) {
    log(`Node ${process.version} (${path.relative(root, fs.realpathSync(process.execPath)) || process.execPath})`);
    return;
  }
  log(`started by Node ${process.version} (${process.execPath}); continuing under node_modules/.bin/node`);
  const child = spawn(pinned, [...process.execArgv, ...process.argv.slice(1)], { stdio: "inherit", env: toolEnv() });
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => child.kill(signal));
  const code = await new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (c, signal) => resolve(c ?? (signal ? 1 : 0)));
  });
  process.exit(code);
}

const sourceRoots = ["app", "components", "lib", "public", "prisma/schema.prisma", "next.config.ts", "package-lock.json", "tsconfig.json"];

function* files(entry) {
  const full = p(entry);
  if (!fs.existsSync(full)) return;
  const stat = fs.statSync(full);
  if (stat.isFile()) {
    yield entry;
    return;
  }
  for (const name of fs.readdirSync(full).sort()) {
    if (name === "generated" || name.endsWith(".test.ts")) continue;
    yield* files(path.join(entry, name));
  }
}

/** A hash of everything the production build depends on. */
export function sourceHash() {
  const hash = crypto.createHash("sha256");
  for (const root of sourceRoots) for (const file of files(root)) hash.update(file).update(fs.readFileSync(p(file)));
  return hash.digest("hex");
}

/** Builds unless distDir already holds a build of exactly these sources. */
export async function ensureBuild({ env, distDir = ".next", log }) {
  const stamp = p(distDir, "source-hash");
  const hash = sourceHash();
  if (fs.existsSync(p(distDir, "BUILD_ID")) && fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === hash) {
    log(`production build is up to date (${distDir})`);
    return;
  }
  log(`building the production bundle (${distDir}) …`);
  await mustRun(p("node_modules", ".bin", "next"), ["build"], { env: { ...env, NEXT_DIST_DIR: distDir }, cwd: root });
  fs.writeFileSync(stamp, hash);
}
