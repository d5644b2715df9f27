// Absolute URLs for what leaves the site (feeds, calendars, the JSON API): a feed
// reader or a merchant's system cannot resolve a relative link. The public origin
// is configuration, since the app may sit behind a CDN or proxy under another name.

const FALLBACK_BASE_URL = "http://localhost:3000";

/** The absolute URL of a path on the public site, e.g. siteUrl("/notices/x"). */
export function siteUrl(path: string): string {
  const base = (process.env.PUBLIC_BASE_URL || FALLBACK_BASE_URL).replace(/\/+$/, "");
  return `${base}${path.startsWith("/") ? path : `/${path}`}`;
}
