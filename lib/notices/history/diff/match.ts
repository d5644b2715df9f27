// Sections and windows carry stable keys: they are matched by key, never by
// position, so that adding section 3 does not make 3 → 4 and 4 → 5 "changes".

export interface Matched<T> {
  before: T | null;
  after: T | null;
}

/**
 * Pairs items by key in the new order; an item that is gone is placed right after
 * the item that preceded it before (or first), where a reader would look for it.
 */
export function matchByKey<T extends { key: string }>(before: T[], after: T[]): Matched<T>[] {
  const old = new Map(before.map((item) => [item.key, item]));
  const kept = new Set(after.map((item) => item.key));
  const out: Matched<T>[] = after.map((item) => ({ before: old.get(item.key) ?? null, after: item }));
  let anchor: string | null = null;
  const placed: { anchor: string | null; item: T }[] = [];
  for (const item of before) {
    if (kept.has(item.key)) anchor = item.key;
    else placed.push({ anchor, item });
  }
  for (const { anchor: at, item } of placed.reverse()) {
    const index = at === null ? 0 : out.findIndex((m) => m.after?.key === at) + 1;
    out.splice(index, 0, { before: item, after: null });
  }
  return out;
}
