// Conditional GET for the feeds and the JSON API (RFC 9110 §13). Feed readers and
// merchants' systems poll these every few minutes; a 304 saves them the body and
// saves us the rendering of it.
import { createHash } from "node:crypto";

export const contentTypes = {
  atom: "application/atom+xml; charset=utf-8",
  calendar: "text/calendar; charset=utf-8",
  json: "application/json",
} as const;

/** Short enough for a CDN to keep the database quiet, short enough for news of an extension. */
export const CACHE_CONTROL = "public, max-age=60";

/** What a URL serves: its body and the last time the data behind it changed. */
export interface Representation {
  body: string;
  lastModified: Date | null;
}

/** A strong validator: the SHA-256 of the exact bytes sent. */
export function strongEtag(body: string): string {
  return `"${createHash("sha256").update(body, "utf8").digest("base64url")}"`;
}

/** The opaque parts of an If-None-Match value ("*" stays "*"); W/ is dropped for the weak comparison it asks for. */
export function parseEtags(header: string): string[] {
  return [...header.matchAll(/\*|(?:W\/)?("[^"]*")/g)].map((m) => m[1] ?? "*");
}

/**
 * Whether the client's copy is current. If-None-Match wins over If-Modified-Since
 * (RFC 9110 §13.1.3): the date has one-second resolution, the hash has none.
 */
export function isNotModified(headers: Headers, etag: string, lastModified: Date | null): boolean {
  const ifNoneMatch = headers.get("if-none-match");
  if (ifNoneMatch !== null) return parseEtags(ifNoneMatch).some((tag) => tag === "*" || tag === etag);
  const ifModifiedSince = headers.get("if-modified-since");
  if (ifModifiedSince === null || lastModified === null) return false;
  const since = Date.parse(ifModifiedSince);
  if (Number.isNaN(since)) return false;
  // HTTP dates have whole seconds: compare what the client could have been sent
  return Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
}

/** 200 with the body, or 304 without it, both with the validators and caching headers. */
export function conditionalResponse(request: Request, representation: Representation, contentType: string): Response {
  const etag = strongEtag(representation.body);
  const headers = new Headers({ ETag: etag, "Cache-Control": CACHE_CONTROL });
  if (representation.lastModified) headers.set("Last-Modified", representation.lastModified.toUTCString());
  const safe = request.method === "GET" || request.method === "HEAD";
  if (safe && isNotModified(request.headers, etag, representation.lastModified)) return new Response(null, { status: 304, headers });
  headers.set("Content-Type", contentType);
  return new Response(representation.body, { status: 200, headers });
}

/** A 404 that no cache keeps, so that a notice published a second later is found. */
export function notFound(kind: "json" | "text"): Response {
  const headers = { "Cache-Control": "no-store" };
  if (kind === "json") return Response.json({ error: "not_found" }, { status: 404, headers });
  return new Response("Not found\n", { status: 404, headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" } });
}
