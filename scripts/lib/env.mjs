// Environment every script runs with. Prisma would otherwise try to download
// native engines at CLI start; pointing these at any existing file stops that
// (the WASM engine is used instead, see docs/decisions/0002-prisma-offline.md).
// node_modules/.bin comes first on PATH, as under `npm run`: the tools' launchers
// (`#!/usr/bin/env node`) then run under the pinned Node 22 of the npm package `node`,
// not under whatever Node the machine has.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { spawn } from "node:child_process";

const binDir = fileURLToPath(new URL("../../node_modules/.bin", import.meta.url));

export function toolEnv(extra = {}) {
  const rest = (process.env.PATH ?? "").split(path.delimiter).filter((dir) => dir && dir !== binDir);
  return {
    ...process.env,
    PATH: [binDir, ...rest].join(path.delimiter),
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? "/bin/false",
    PRISMA_QUERY_ENGINE_LIBRARY: process.env.PRISMA_QUERY_ENGINE_LIBRARY ?? "/bin/false",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
    NEXT_TELEMETRY_DISABLED: "1",
    ...extra,
  };
}

/** Runs a command with inherited stdio; resolves with its exit code. */
export function run(command, args, { env = toolEnv(), quiet = false, cwd } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit", env, cwd });
    let output = "";
    let errors = "";
    if (quiet) {
      child.stdout.on("data", (d) => (output += d));
      child.stderr.on("data", (d) => (errors += d));
    }
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output, errors }));
  });
}

/** Runs a command and throws with its output when it fails. */
export async function mustRun(command, args, options) {
  const { code, output, errors } = await run(command, args, options);
  if (code !== 0) {
    process.stderr.write(output + errors);
    throw new Error(`${command} ${args.join(" ")} exited with ${code}`);
  }
  return output;
}

export const bin = (name) => path.join(binDir, name);
