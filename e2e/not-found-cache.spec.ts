import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

// An unknown slug or revision number answers 404 and leaves nothing behind: no page in
// Next's page cache, no entry in its data cache (lib/notices/published/directory.ts,
// lib/freshness/page-cache.cjs). Before, 100 made-up slugs added 5.2 MB on disk.

const distDir = path.resolve(process.env.NEXT_DIST_DIR ?? ".next-test");

/** Every file under the server's build folder with its size. */
function files(dir: string, out = new Map<string, number>()): Map<string, number> {
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files(full, out);
    else out.set(full, fs.statSync(full).size);
  }
  return out;
}

test("made-up notice addresses answer 404 without writing to disk", async ({ request }) => {
  const seeded = "2019-07-29-webcollect-scheduled-maintenance";
  // warm what a real visitor would have cached already (the directory of slugs, the index)
  expect((await request.get(`/notices/${seeded}`)).status()).toBe(200);
  const before = files(distDir);

  const made = `made-up-${Date.now().toString(36)}`;
  const addresses = Array.from({ length: 20 }, (_, i) => [
    `/notices/${made}-${i}`,
    `/en/notices/${made}-${i}`,
    `/notices/${made}-${i}/history`,
    `/en/notices/${made}-${i}/revisions/1`,
  ]).flat();
  // a real notice with a revision it does not have, and addresses no route serves
  addresses.push(`/notices/${seeded}/revisions/3`, `/en/notices/${seeded}/revisions/999`, `/${made}/x/y`, `/en/${made}`);
  for (const address of addresses) expect((await request.get(address)).status(), address).toBe(404);

  const after = files(distDir);
  const added = [...after.keys()].filter((f) => !before.has(f));
  const grown = [...after].filter(([f, size]) => before.has(f) && size > before.get(f)!).map(([f]) => f);
  expect(added, "new files in the build folder").toEqual([]);
  expect(grown.filter((f) => f.includes(made)), "grown files naming the made-up slugs").toEqual([]);
});

test("a known notice page is still cached after a 404 elsewhere", async ({ request }) => {
  const slug = "2020-04-20-webcollect-extraordinary-maintenance";
  expect((await request.get(`/en/notices/${slug}`)).status()).toBe(200);
  // Next writes the page after answering: wait for it
  await expect
    .poll(() => [...files(distDir).keys()].filter((f) => f.includes(`/en/notices/${slug}`) && f.endsWith(".html")).length, {
      message: "the page cache keeps the real page",
    })
    .toBeGreaterThan(0);
});
