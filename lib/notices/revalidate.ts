import "server-only";
import { revalidatePath, revalidateTag } from "next/cache";
import { NOTICES_TAG, noticeTag } from "./load-notice-cached";

/**
 * Call after a notice's publication changes (publish, amend, withdraw), from the
 * server action or route handler that made the change: the public pages, feeds and
 * JSON show it on their next request. `expire: 0` because a merchant reloading
 * after an amendment must not get the old version.
 */
export function revalidateNotice(slug: string): void {
  revalidateTag(noticeTag(slug), { expire: 0 });
  revalidateTag(NOTICES_TAG, { expire: 0 });
  for (const prefix of ["", "/en"]) {
    revalidatePath(`${prefix}/`);
    revalidatePath(`${prefix}/notices/${slug}`);
    revalidatePath(`${prefix}/notices/${slug}/history`);
  }
}

/**
 * Every public page and cached read: for a server instance that starts with pages
 * cached before it started (the freshness loop's first request, ADR 0005).
 */
export function revalidateAllNotices(): void {
  revalidateTag(NOTICES_TAG, { expire: 0 });
  revalidatePath("/", "layout");
}
