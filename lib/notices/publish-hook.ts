import "server-only";
import { onPublicationCommitted } from "@/lib/freshness/revalidate";

/** A notice whose public revision changed (published, amended, withdrawn). */
export interface Publication {
  slug: string;
}

/**
 * Every side effect of a publication hangs here, run once after its transaction
 * committed (DESIGN.md Decision 11; nothing else triggers them): this instance's
 * cached pages are refreshed and other instances hear the NOTIFY the database sent at
 * commit. The maintenance snapshot and export (issue 10) and notifications (issue 11,
 * recorded in the transaction itself, sent by the worker) join here.
 */
export async function runPublishHook(publications: readonly Publication[]): Promise<void> {
  for (const { slug } of new Map(publications.map((p) => [p.slug, p])).values()) await onPublicationCommitted(slug);
}
