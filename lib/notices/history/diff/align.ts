// Lines up two ordered lists (blocks of a section, fields of a block, rows of a
// table) so that each item is compared with its counterpart: equal items by the
// longest common subsequence (jsdiff's diffArrays), and within a run of
// differences, a removed item with an added one of the same kind ("changed").
import { diffArrays } from "diff";

export type Aligned<T> = { before: T; after: T; equal: boolean } | { before: T; after: null } | { before: null; after: T };

export function align<T>(before: T[], after: T[], equal: (a: T, b: T) => boolean, sameKind: (a: T, b: T) => boolean): Aligned<T>[] {
  // diffArrays is given indices (its comparator gets the old token, then the new one)
  // so that both sides of a common run can be picked back
  const changes = diffArrays(
    before.map((_, i) => i),
    after.map((_, i) => i),
    { comparator: (a, b) => equal(before[a]!, after[b]!) },
  );
  const out: Aligned<T>[] = [];
  let i = 0;
  let j = 0;
  let removed: T[] = [];
  let added: T[] = [];
  const flush = () => {
    // pair in order; a removed item with no counterpart of its kind stays removed
    let k = 0;
    for (const b of removed) {
      const at = added.findIndex((a, n) => n >= k && sameKind(b, a));
      if (at < 0) {
        out.push({ before: b, after: null });
        continue;
      }
      for (; k < at; k++) out.push({ before: null, after: added[k]! });
      out.push({ before: b, after: added[at]!, equal: false });
      k = at + 1;
    }
    for (; k < added.length; k++) out.push({ before: null, after: added[k]! });
    removed = [];
    added = [];
  };
  for (const change of changes) {
    if (change.removed) removed.push(...before.slice(i, (i += change.count)));
    else if (change.added) added.push(...after.slice(j, (j += change.count)));
    else {
      flush();
      for (let n = 0; n < change.count; n++) out.push({ before: before[i++]!, after: after[j++]!, equal: true });
    }
  }
  flush();
  return out;
}
