#!/usr/bin/env node
// Runs a Prisma CLI command offline: node scripts/prisma-env.mjs prisma generate
import { toolEnv, run, bin } from "./lib/env.mjs";
const [command, ...args] = process.argv.slice(2);
const { code } = await run(command === "prisma" ? bin("prisma") : command, args, { env: toolEnv() });
process.exit(code);
