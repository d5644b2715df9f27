import "server-only";
import { revalidatePath, revalidateTag } from "next/cache";
import { clearSearchCache } from "@/lib/notices/listing/cache";
import { NOTICES_TAG, noticeTag } from "@/lib/notices/published/tags";
import { expireWithdrawnDirectory } from "@/lib/notices/withdrawn/directory";
import { logFailure, revalidationQueue } from "./loopback";

/**
 * Expires a notice's cached pages and reads, inside a request (the loopback route
 * runs it for each changed notice; a publish hook calls onPublicationCommitted,
 * below): the public pages, feeds and JSON show the change on their next request.
 * `expire: 0` because a merchant reloading after an amendment must not get the old
 * version.
 */
export function revalidateNotice(slug: string): void {
  revalidateTag(noticeTag(slug), { expire: 0 });
  revalidateTag(NOTICES_TAG, { expire: 0 });
  // keyword searches are kept in memory, not under the tag
  clearSearchCache();
  // proxy.ts answers a withdrawn notice's addresses with 410 from this list
  expireWithdrawnDirectory();
  for (const prefix of ["", "/en"]) {
    revalidatePath(`${prefix}/`);
    revalidatePath(`${prefix}/notices/${slug}`);
    revalidatePath(`${prefix}/notices/${slug}/history`);
    revalidatePath(`${prefix}/notices/${slug}/withdrawn`);
  }
}

/**
 * Every public page and cached read: for a server instance that starts with pages
 * cached before it started (the freshness loop's first request, ADR 0005).
 */
export function revalidateAllNotices(): void {
  revalidateTag(NOTICES_TAG, { expire: 0 });
  expireWithdrawnDirectory();
  revalidatePath("/", "layout");
}

/**
 * The single entry point for "a publication of this notice has committed": the
 * console's publish hook (issue 9) calls it after its transaction, in a request or
 * not. This instance's pages are refreshed before it resolves; other instances hear
 * the NOTIFY the database sent at commit (and poll, as a backstop), so the hook needs
 * nothing else. Never rejects: a failed refresh stays queued and the freshness loop
 * retries it on its next tick.
 */
export async function onPublicationCommitted(slug: string): Promise<void> {
  const queue = revalidationQueue();
  queue.add([{ slug }]);
  await queue.flush().catch((error) => logFailure(error));
}
