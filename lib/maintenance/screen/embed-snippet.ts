// The <iframe> a merchant pastes into a card form to show the maintenance modal
// (issue 10), for one channel and language. Pure: the brand page shows it.
import type { Locale } from "@/lib/i18n/locale";

const attribute = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** `baseUrl`: the public site's origin (siteUrl); the address is /maintenance/modal, a contract. */
export function embedSnippet(baseUrl: string, channel: string, lang: Locale, title: string): string {
  const src = `${baseUrl.replace(/\/+$/, "")}/maintenance/modal?channel=${encodeURIComponent(channel)}&lang=${lang}`;
  // no style attribute: a merchant's CSP may forbid inline styles; width and height are presentational attributes
  return `<iframe src="${attribute(src)}" title="${attribute(title)}" width="100%" height="120" loading="lazy" referrerpolicy="no-referrer"></iframe>`;
}
