import "server-only";
import { onPublicationCommitted } from "@/lib/freshness/revalidate";
import { refreshMaintenanceSnapshot } from "@/lib/maintenance/snapshot-store";

/** A notice whose public revision changed (published, amended, withdrawn). */
export interface Publication {
  slug: string;
}

/**
 * Every side effect of a publication hangs here, run once after its transaction
 * committed (DESIGN.md Decision 11; nothing else triggers them): this instance's
 * cached pages and its maintenance snapshot are refreshed, and other instances hear the
 * NOTIFY the database sent at commit (their freshness loops do the same). The maintenance
 * export (issue 10) and notifications (issue 11, recorded in the transaction itself, sent
 * by the worker) join here. Never rejects: what fails is retried by the freshness loop.
 */
export async function runPublishHook(publications: readonly Publication[]): Promise<void> {
  if (!publications.length) return;
  for (const { slug } of new Map(publications.map((p) => [p.slug, p])).values()) await onPublicationCommitted(slug);
  await refreshMaintenanceSnapshot().catch((error) => console.error(`[maintenance] snapshot refresh after a publication failed (the freshness loop retries): ${error instanceof Error ? error.message : error}`));
}
