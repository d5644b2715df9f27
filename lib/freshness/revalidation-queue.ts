// Which notices' pages this process still has to refresh, and the refreshing, one
// request at a time. A change comes from NOTIFY, from the poll, or from both (the
// poll may read a change before its notification arrives): its id is remembered so
// that it costs one refresh, not two. Slugs whose refresh failed stay queued for the
// next flush, so a change read once is never dropped.

export type RevalidationRequest = { slugs: string[] } | { all: true };

export interface QueuedChange {
  /** PublicPageChange.id, when the change came from the change log */
  id?: string;
  slug: string;
}

const REMEMBERED_IDS = 10_000;

export class RevalidationQueue {
  private pending = new Set<string>();
  private all = false;
  private handled = new Set<string>();
  private flushing: Promise<void> | null = null;
  private again = false;

  constructor(private readonly send: (request: RevalidationRequest) => Promise<void>) {}

  add(changes: Iterable<QueuedChange>): void {
    for (const change of changes) {
      if (change.id !== undefined) {
        if (this.handled.has(change.id)) continue;
        this.handled.add(change.id);
        // a Set iterates in insertion order: the first id is the oldest
        if (this.handled.size > REMEMBERED_IDS) this.handled.delete(this.handled.values().next().value!);
      }
      this.pending.add(change.slug);
    }
  }

  /** Every public page, once (a process that starts knows nothing of what changed while it was down). */
  addAll(): void {
    this.all = true;
  }

  get size(): number {
    return this.pending.size + (this.all ? 1 : 0);
  }

  /**
   * Sends what is queued; resolves when it (and whatever was added meanwhile) is
   * refreshed, rejects if a request failed (its slugs stay queued). Concurrent
   * callers share one run.
   */
  flush(): Promise<void> {
    if (this.flushing) {
      this.again = true;
      return this.flushing;
    }
    this.flushing = this.run().finally(() => (this.flushing = null));
    return this.flushing;
  }

  private async run(): Promise<void> {
    do {
      this.again = false;
      if (this.all) {
        await this.send({ all: true }); // on failure `all` stays set
        this.all = false;
      }
      const slugs = [...this.pending];
      if (!slugs.length) continue;
      this.pending = new Set();
      try {
        await this.send({ slugs });
      } catch (error) {
        for (const slug of slugs) this.pending.add(slug);
        throw error;
      }
    } while (this.again || this.pending.size);
  }
}
