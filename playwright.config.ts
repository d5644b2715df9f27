import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// Browser tests use Debian's Chromium (Playwright cannot download its own build
// here). scripts/test.mjs checks it exists before it gets this far.
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!fs.existsSync(executablePath)) {
  throw new Error(`Chromium not found at ${executablePath}: install it with "apt-get install -y chromium fonts-noto-cjk" or set CHROMIUM_PATH`);
}
const port = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  // scripts/test.mjs runs two lanes at once, each with its own JSON report
  reporter: [["list"], ["json", { outputFile: process.env.E2E_REPORT ?? "test-reports/e2e.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  // Specs that publish (freshness, feeds, search cache, …) leave upcoming notices behind,
  // so what needs the site exactly as seeded (the index with nothing upcoming) runs first.
  // The reruns in scripts/test.mjs pass --no-deps.
  projects: [
    { name: "seeded", testMatch: /[\\/]index\.spec\.ts$/, use: { ...devices["Desktop Chrome"] } },
    { name: "chromium", testIgnore: [/[\\/]index\.spec\.ts$/, /[\\/]admin-[^\\/]*\.spec\.ts$/], dependencies: ["seeded"], use: { ...devices["Desktop Chrome"] } },
    // the console's specs publish notices (XSS corpus, workflow) that the public specs above would meet: after them.
    // Their browser is a Japanese staff member's (locale ja-JP, so Accept-Language: ja): the
    // sign-in page follows Accept-Language, and Playwright's default is en-US
    { name: "console", testMatch: /[\\/]admin-[^\\/]*\.spec\.ts$/, testIgnore: /[\\/]admin-workflow-amend\.spec\.ts$/, dependencies: ["chromium"], use: { ...devices["Desktop Chrome"], locale: "ja-JP" } },
    // amends a reference notice that the specs above read as seeded: after all of them
    { name: "amends-seed", testMatch: /[\\/]admin-workflow-amend\.spec\.ts$/, dependencies: ["console"], use: { ...devices["Desktop Chrome"], locale: "ja-JP" } },
  ],
  webServer: {
    // the build was made by scripts/test.mjs into .next-test against the same scratch database
    // loopback only, as `npm start` by default (scripts/start.mjs)
    command: `node_modules/.bin/next start -H 127.0.0.1 -p ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    // FRESHNESS_TICK_MS may be raised to check that e2e/freshness.spec.ts fails without the loop
    // NEXTAUTH_URL: next-auth's own base URL (it warns without one; the console never follows its redirects)
    // MAIL_TRANSPORT: a production build with no SMTP server sends into the console's catch-all
    // (lib/notifications/transport-config.ts), as `npm start` does on the embedded database
    env: { NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next-test", NODE_ENV: "production", MAIL_TRANSPORT: "catch-all", NEXTAUTH_URL: `http://127.0.0.1:${port}`, NEXT_TELEMETRY_DISABLED: "1", FRESHNESS_TICK_MS: process.env.FRESHNESS_TICK_MS ?? "1000" },
  },
});
