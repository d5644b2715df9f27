import "server-only";
import { now } from "@/lib/clock";
import type { Representation } from "@/lib/feeds/conditional";
import { latest } from "@/lib/feeds/feed-notice";
import { loadFeedNotices } from "@/lib/feeds/load";
import { getApiNotice } from "@/lib/notices/published/queries";
import { noticeDetail } from "./notice-detail";
import { noticeList, statusChangedAt } from "./notice-list";
import { openApiDocument } from "./openapi";

/** GET /api/v1/notices */
export async function noticeListDocument(): Promise<Representation> {
  const at = now();
  const { notices, lastModified } = await loadFeedNotices();
  // a window starting or ending changes an item's status without any write
  const edges = notices.map((n) => statusChangedAt(n.windows, at));
  return { body: JSON.stringify(noticeList(notices, at)), lastModified: latest([lastModified, ...edges]) };
}

/** GET /api/v1/notices/{slug}; null when no such notice is public. */
export async function noticeDetailDocument(slug: string): Promise<Representation | null> {
  const row = await getApiNotice(slug);
  if (!row) return null;
  const { body, lastModified } = noticeDetail(row, now());
  return { body: JSON.stringify(body), lastModified };
}

/** GET /api/v1/openapi.json: it changes only with a deployment, so no Last-Modified; the ETag suffices. */
export function openApiJsonDocument(): Representation {
  return { body: JSON.stringify(openApiDocument()), lastModified: null };
}
