import "server-only";
import { now } from "@/lib/clock";
import type { Document } from "@/lib/feeds/conditional";
import { lastModifiedOf } from "@/lib/feeds/feed-notice";
import { loadFeedNotices } from "@/lib/feeds/load";
import { getApiNotice } from "@/lib/notices/queries";
import { noticeDetail } from "./notice-detail";
import { noticeList, statusChangedAt } from "./notice-list";
import { openApiDocument } from "./openapi";

/** GET /api/v1/notices */
export async function noticeListDocument(): Promise<Document> {
  const at = now();
  const { notices, lastModified } = await loadFeedNotices();
  // a window starting or ending changes an item's status without any write
  const edges = notices.flatMap((n) => statusChangedAt(n.windows, at) ?? []).map((changedAt) => ({ changedAt }));
  return { body: JSON.stringify(noticeList(notices, at)), lastModified: lastModifiedOf(edges, lastModified) };
}

/** GET /api/v1/notices/{slug}; null when no such notice is public. */
export async function noticeDetailDocument(slug: string): Promise<Document | null> {
  const row = await getApiNotice(slug);
  if (!row) return null;
  const { body, lastModified } = noticeDetail(row, now());
  return { body: JSON.stringify(body), lastModified };
}

/** GET /api/v1/openapi.json: it changes only with a deployment, so no Last-Modified; the ETag suffices. */
export function openApiJsonDocument(): Document {
  return { body: JSON.stringify(openApiDocument()), lastModified: null };
}
