// The live maintenance screens' answer, without the markup (issue 10): which page a
// request gets (the screen of the window in force, the short "no maintenance" page, or
// "no such channel"), its status and its headers. Pure: the routes, the export CLI and
// the tests share it; components/screens/render-screen.ts draws the page.
import type { Locale } from "@/lib/i18n/locale";
import { maintenanceStateAt, secondsUntilNextEdge } from "../state";
import type { MaintenanceSnapshot } from "../types";
import { fallbackScreenTexts } from "./messages";
import { screenView, type ScreenIssuer, type ScreenView } from "./screen-view";

export type ScreenKind = "full" | "modal";

/**
 * The longest a browser or CDN may keep a live answer. An "end now" or an extension is
 * published without notice, and buyers should see it within seconds; a few seconds still
 * turn a surge into one request per CDN node. Never past the next window edge either.
 */
export const SCREEN_MAX_AGE_SECONDS = 5;

export interface ScreenRequest {
  channel: string;
  lang: Locale;
  kind: ScreenKind;
  at: Date;
  /** `at` was given: the state at that instant, answered 200 and never cached */
  preview: boolean;
}

export type ScreenPlan =
  | {
      show: "screen";
      status: 200 | 503;
      view: ScreenView;
      /** the issuer the notice was published under; null for a screen with only default texts */
      issuer: ScreenIssuer | null;
      retryAfterSeconds: number;
      /** same body for the same key (the snapshot aside): what the renderer's cache is keyed on */
      cacheKey: string;
    }
  | { show: "off" | "unknown-channel"; status: 200 | 404; cacheKey: string };

export function planScreen(snapshot: MaintenanceSnapshot, request: ScreenRequest): ScreenPlan {
  const { channel, lang, kind, at, preview } = request;
  const base = `${kind}|${lang}|${channel}`;
  if (!snapshot.channels.includes(channel)) return { show: "unknown-channel", status: 404, cacheKey: `${kind}|${lang}|?` };
  const state = maintenanceStateAt(snapshot, channel, at);
  if (!state.active || !state.window) return { show: "off", status: preview ? 200 : 404, cacheKey: `${base}|off${preview ? `|${at.toISOString()}` : ""}` };
  const { window } = state;
  const notice = snapshot.notices.find((n) => n.slug === window.notice.slug);
  return {
    show: "screen",
    status: preview ? 200 : 503,
    view: screenView(state.screen ?? fallbackScreenTexts, { start: window.start, end: window.end }, lang),
    issuer: notice?.issuer ?? null,
    retryAfterSeconds: state.retryAfterSeconds ?? 0,
    cacheKey: `${base}|${window.notice.slug}|${window.key}`,
  };
}

/** Whole seconds a cache may keep the live answer at `at`: never past the next window edge, nor SCREEN_MAX_AGE_SECONDS. */
export function screenMaxAge(snapshot: Pick<MaintenanceSnapshot, "notices">, at: Date): number {
  return secondsUntilNextEdge(snapshot, at, SCREEN_MAX_AGE_SECONDS);
}

/** The https origins the admin allows to frame the modal, as a CSP source list. */
export function frameAncestorsOf(snapshot: Pick<MaintenanceSnapshot, "defaults">): string {
  const origins = snapshot.defaults?.frameAncestors ?? [];
  return origins.length ? origins.join(" ") : "'none'";
}

/**
 * The policy of every screen document: no script at all (PCI DSS 4.0.1 req. 6.4.3 then
 * holds trivially), the one inline <style> by its hash, images only as data: URIs, and
 * framing only for the modal, only by the configured origins.
 */
export function screenContentSecurityPolicy(styleHash: string, frameAncestors: string): string {
  return `default-src 'none'; style-src '${styleHash}'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors ${frameAncestors}`;
}

export interface ScreenHeaderInput {
  status: number;
  kind: ScreenKind;
  lang: Locale;
  retryAfterSeconds: number | null;
  /** how long a cache may keep it: a preview, a bad request or "no snapshot" is asked for once, by staff or tooling, and kept never */
  maxAgeSeconds: number | "no-store";
  styleHash: string;
  frameAncestors: string;
}

/** The headers a screen document is served with, by the app and by nginx from the export alike. */
export function screenHeaders(input: ScreenHeaderInput): Record<string, string> {
  const headers: Record<string, string> = {
    "Content-Type": "text/html; charset=utf-8",
    "Content-Language": input.lang,
    "Content-Security-Policy": screenContentSecurityPolicy(input.styleHash, input.kind === "modal" ? input.frameAncestors : "'none'"),
    "Cache-Control": input.maxAgeSeconds === "no-store" ? "no-store" : `public, max-age=${input.maxAgeSeconds}`,
    "X-Robots-Tag": "noindex",
  };
  if (input.status === 503 && input.retryAfterSeconds !== null) headers["Retry-After"] = String(input.retryAfterSeconds);
  // the full page is never framed; browsers that predate frame-ancestors read this instead
  if (input.kind === "full") headers["X-Frame-Options"] = "DENY";
  return headers;
}
