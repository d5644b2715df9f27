import "server-only";
import { listWithdrawnSlugs } from "./queries";

// Which slugs are withdrawn, for proxy.ts: their addresses answer 410 Gone. The proxy
// runs for every request of a notice's page, so it must not query the database
// each time: it keeps the (short) list per process and reloads it when a change of
// any notice is signalled here (revalidateNotice, for this instance's publications
// and, through the freshness loop, for other instances': ADR 0005), and at the
// latest after a minute, the public pages' own age.

const MAX_AGE_MS = 60_000;

// On globalThis, not in a module variable: the proxy and the app's routes are
// bundled separately, so each has its own copy of this module, but they run in one
// process and share globalThis.
const signal = Symbol.for("maintenance-notices.withdrawn-directory");
type Shared = { generation: number };
const shared = (): Shared => ((globalThis as { [signal]?: Shared })[signal] ??= { generation: 0 });

let loaded: { generation: number; at: number; slugs: Promise<Set<string>> } | null = null;

/** A notice was published, amended or withdrawn somewhere: the next lookup reloads. */
export function expireWithdrawnDirectory(): void {
  shared().generation += 1;
}

/** Whether the notice at `slug` was withdrawn (as of this process's list). */
export async function isWithdrawn(slug: string): Promise<boolean> {
  const { generation } = shared();
  if (!loaded || loaded.generation !== generation || Date.now() - loaded.at > MAX_AGE_MS) {
    const slugs = listWithdrawnSlugs().then((list) => new Set(list));
    loaded = { generation, at: Date.now(), slugs };
    // a failed read is not kept: the next request tries again
    slugs.catch(() => {
      if (loaded?.slugs === slugs) loaded = null;
    });
  }
  return (await loaded.slugs).has(slug);
}
