// Keyword searches are kept in memory for a minute (lib/notices/listing/cache.ts),
// yet a publication shows in them at once: the freshness loop's revalidation clears
// them. The notice is published outside the server, as another instance would
// (e2e/freshness.spec.ts publishes the same way).
import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";

const root = path.join(__dirname, "..");
const address = `/?q=${encodeURIComponent("緊急メンテナンス")}`;

async function matches(request: APIRequestContext): Promise<number> {
  const html = await (await request.get(address)).text();
  return Number(html.match(/(\d+)件中/)?.[1] ?? 0);
}

test("a search kept in memory shows a notice published elsewhere within seconds", async ({ request }) => {
  test.setTimeout(60_000);
  const before = await matches(request);
  // asked twice: the second answer comes from memory
  expect(await matches(request)).toBe(before);
  execFileSync(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", "e2e/support/publish-notice.ts", `search-cache-${Date.now().toString(36)}`, "7200", "600"], {
    cwd: root,
    env: process.env,
    stdio: "pipe",
  });
  await expect(async () => expect(await matches(request)).toBe(before + 1)).toPass({ timeout: 20_000 });
});
