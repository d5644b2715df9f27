// The live maintenance screen documents (issue 10): one whole HTML page per channel,
// language, kind and window, for the /maintenance routes and the export CLI alike.
// Tiny and self-contained: the CSS in one <style> allowed by its hash, the issuer's logo
// as a data: URI, no script, no other request. Free of Next and of "server-only" (the
// export runs it from a tsx script); it reads its CSS and logos from the project's files
// once. Bodies are kept per snapshot, so a request renders nothing and queries nothing.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { ReactNode } from "react";
import { formatDateTime } from "@/lib/format/dates";
import type { Locale } from "@/lib/i18n/locale";
import { screenMessages } from "@/lib/maintenance/screen/messages";
import {
  frameAncestorsOf,
  planScreen,
  screenHeaders,
  screenMaxAge,
  type ScreenPlan,
  type ScreenRequest,
} from "@/lib/maintenance/screen/screen-response";
import type { MaintenanceSnapshot } from "@/lib/maintenance/types";
import { FullPageScreen, InlineMessage } from "./maintenance-screen";
import { renderStaticMarkup } from "./static-markup";

export interface ScreenResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const CSS_FILES = ["components/screens/screen-document.css", "components/screens/maintenance-screen.css"];
/** The logos a screen may inline: the brand files under public/ (a snapshot's logoPath is data, never a path to follow). */
const LOGO_PATH = /^\/brand\/[a-z0-9-]+\.svg$/;

/** Comments and spaces out: the page must stay under 14 KB compressed with everything in it. */
export function minifyCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\s+/g, " ")
    .replace(/\s*([{}:;,])\s*/g, "$1")
    .replace(/;}/g, "}")
    .trim();
}

interface Assets {
  css: string;
  /** the CSP source of the one <style> */
  styleHash: string;
  logos: Map<string, string | null>;
}
const assetsByRoot = new Map<string, Assets>();

/** The project's files, read once per process. `root` is the project directory (the export may run elsewhere). */
export function screenAssets(root = process.cwd()): Assets {
  let assets = assetsByRoot.get(root);
  if (!assets) {
    const css = minifyCss(CSS_FILES.map((file) => fs.readFileSync(path.join(root, file), "utf8")).join("\n"));
    assets = { css, styleHash: `sha256-${createHash("sha256").update(css, "utf8").digest("base64")}`, logos: new Map() };
    assetsByRoot.set(root, assets);
  }
  return assets;
}

function logoDataUri(assets: Assets, root: string, logoPath: string | null): string | null {
  if (!logoPath || !LOGO_PATH.test(logoPath)) return null;
  if (!assets.logos.has(logoPath)) {
    let uri: string | null = null;
    try {
      uri = `data:image/svg+xml;base64,${fs.readFileSync(path.join(root, "public", logoPath)).toString("base64")}`;
    } catch {
      // a logo file that is gone: the screen shows the issuer's name instead
    }
    assets.logos.set(logoPath, uri);
  }
  return assets.logos.get(logoPath) ?? null;
}

function ScreenDocument({ lang, title, css, modal, children }: { lang: Locale; title: string; css: string; modal: boolean; children: ReactNode }) {
  return (
    <html lang={lang}>
      {/* eslint-disable-next-line @next/next/no-head-element -- a whole document rendered to a string, not a Next page */}
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{title}</title>
        <style dangerouslySetInnerHTML={{ __html: css }} />
      </head>
      <body className={modal ? "mdoc-body--modal" : undefined}>
        <main className={modal ? "mdoc mdoc--modal" : "mdoc"}>{children}</main>
      </body>
    </html>
  );
}

function ShortPage({ title, body }: { title: string; body: string }) {
  return (
    <div className="mdoc__short">
      <h1>{title}</h1>
      <p>{body}</p>
    </div>
  );
}

const doctype = (document: ReactNode) => `<!DOCTYPE html>${renderStaticMarkup(document)}`;

function renderPlan(plan: ScreenPlan, request: ScreenRequest, assets: Assets, root: string): string {
  const { lang, kind } = request;
  const m = screenMessages[lang];
  const modal = kind === "modal";
  if (plan.show === "screen") {
    const { view, issuer } = plan;
    const title = modal ? m.modalTitle : view.heading.text;
    return doctype(
      <ScreenDocument lang={lang} title={title} css={assets.css} modal={modal}>
        {modal ? (
          <>
            {/* the document's heading for screen readers; sighted buyers see the message in the merchant's form */}
            <h1 className="mdoc__hidden">{title}</h1>
            <InlineMessage screen={view} />
          </>
        ) : (
          <FullPageScreen
            screen={view}
            issuer={issuer ?? { nameJa: "", nameEn: null, logoPath: null, copyrightJa: null, copyrightEn: null }}
            locale={lang}
            logoSrc={issuer ? logoDataUri(assets, root, issuer.logoPath) : null}
          />
        )}
      </ScreenDocument>,
    );
  }
  const [title, body] =
    plan.show === "unknown-channel"
      ? [m.unknownTitle, m.unknownBody]
      : [m.offTitle, request.preview ? m.offPreviewBody(formatDateTime(request.at, lang)) : m.offBody];
  return doctype(
    <ScreenDocument lang={lang} title={title} css={assets.css} modal={modal}>
      <ShortPage title={title} body={body} />
    </ScreenDocument>,
  );
}

// rendered bodies, per snapshot: a new snapshot (a publication, a refresh) starts afresh
const bodies = new WeakMap<MaintenanceSnapshot, Map<string, string>>();

/** The whole answer for a screen request: status, headers and the HTML document. */
export function renderMaintenanceScreen(snapshot: MaintenanceSnapshot, request: ScreenRequest, root = process.cwd()): ScreenResponse {
  const assets = screenAssets(root);
  const plan = planScreen(snapshot, request);
  let cache = bodies.get(snapshot);
  if (!cache) bodies.set(snapshot, (cache = new Map()));
  let body = cache.get(plan.cacheKey);
  if (body === undefined) {
    body = renderPlan(plan, request, assets, root);
    // a preview of an instant with no window is keyed by that instant: not worth keeping
    if (!(request.preview && plan.show === "off")) cache.set(plan.cacheKey, body);
  }
  const headers = screenHeaders({
    status: plan.status,
    kind: request.kind,
    lang: request.lang,
    // a preview may show any instant: only the live answer is worth keeping
    retryAfterSeconds: plan.show === "screen" && !request.preview ? plan.retryAfterSeconds : null,
    maxAgeSeconds: request.preview ? "no-store" : screenMaxAge(snapshot, request.at),
    styleHash: assets.styleHash,
    frameAncestors: frameAncestorsOf(snapshot),
  });
  return { status: plan.status, headers, body };
}

function shortAnswer(status: 400 | 503, lang: Locale, title: string, message: string, root: string): ScreenResponse {
  const assets = screenAssets(root);
  const body = doctype(
    <ScreenDocument lang={lang} title={title} css={assets.css} modal={false}>
      <ShortPage title={title} body={message} />
    </ScreenDocument>,
  );
  const headers = screenHeaders({ status, kind: "full", lang, retryAfterSeconds: null, maxAgeSeconds: "no-store", styleHash: assets.styleHash, frameAncestors: "'none'" });
  return { status, headers, body };
}

/** 400 for a request the routes refuse (a missing or bad parameter): a short page saying which. */
export function renderBadRequest(lang: Locale, message: string, root = process.cwd()): ScreenResponse {
  return shortAnswer(400, lang, screenMessages[lang].badTitle, message, root);
}

/** 503 when there is no snapshot to answer from at all (no database, no file): try again shortly. */
export function renderUnavailable(lang: Locale, retryAfterSeconds: number, root = process.cwd()): ScreenResponse {
  const m = screenMessages[lang];
  const answer = shortAnswer(503, lang, m.unavailableTitle, m.unavailableBody, root);
  return { ...answer, headers: { ...answer.headers, "Retry-After": String(retryAfterSeconds) } };
}
