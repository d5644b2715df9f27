// Next's page cache (ISR), with one change: a 404 is never stored. Next renders an
// unknown address once and would keep the result on disk for good (`revalidate`
// does not apply to a not-found), so a loop over made-up slugs filled the disk —
// 100 addresses, 5.2 MB. Everything else is Next's own file-system cache, pinned
// with next's exact version in package.json (an internal module: re-check it on
// every upgrade; the browser test e2e/not-found-cache.spec.ts fails if it breaks).
// Wired in next.config.ts (`cacheHandler`).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- Next loads cache handlers with require()
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache").default;

class PageCache extends FileSystemCache {
  async set(key, data, ctx) {
    if (data && (data.kind === "APP_PAGE" || data.kind === "PAGES") && data.status === 404) return;
    return super.set(key, data, ctx);
  }
}

module.exports = PageCache;
