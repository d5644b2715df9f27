// The exported maintenance bundle (issue 10, ADR 0014): every file with its bytes, and
// the manifest of their SHA-256, sizes and headers (PCI DSS 11.6.1: what the payment
// pages' substitutes must be, byte for byte and header for header). Pure: the pages
// come from the one renderer of the screens, the JSON from the API's own functions;
// write.ts puts the result on disk.
import { createHash } from "node:crypto";
import { maintenanceJson } from "@/lib/api/maintenance-json";
import { maintenanceStateAt } from "../state";
import type { MaintenanceSnapshot } from "../types";
import { chooseWindow, type ExportWindow } from "./choose-window";
import { gateSnippet, pagePath, publicUrl, serverSnippet, type ServedFile } from "./nginx";
import { timeIso8601Pattern } from "./time-pattern";

export const LANGS = ["ja", "en"] as const;
export const KINDS = ["full", "modal"] as const;

/** One screen as the renderer answers it for an instant. */
export interface RenderedScreen {
  status: number;
  headers: Record<string, string>;
  body: string;
}
export type RenderScreen = (input: { snapshot: MaintenanceSnapshot; channel: string; lang: (typeof LANGS)[number]; kind: (typeof KINDS)[number]; at: Date }) => RenderedScreen;

export interface BundleFile {
  path: string;
  body: Buffer;
  served: ServedFile | null;
  status: number | null;
}

export interface SourceInfo {
  kind: "database" | "file";
  /** the snapshot file read, for kind "file" */
  file?: string;
  takenAt: string;
}

export class NothingToExportError extends Error {}

/** The static stand-ins of the live answers' per-request headers: exact with no computation in nginx. */
const httpDate = (d: Date) => new Date(Math.ceil(d.getTime() / 1000) * 1000).toUTCString();
// no cache may keep a screen: the override can end it at any second, and nginx answers revalidations in microseconds
const NO_STORE = "no-store";
const JSON_HEADERS = {
  "Content-Type": "application/json",
  "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
  "Cache-Control": NO_STORE,
  "X-Content-Type-Options": "nosniff",
};

const sha256 = (body: Buffer) => createHash("sha256").update(body).digest("hex");

export interface BuildInput {
  snapshot: MaintenanceSnapshot;
  at: Date;
  /** the bundle's absolute path as nginx will see it */
  bundle: string;
  flags: { on: string; off: string };
  render: RenderScreen;
  source: SourceInfo;
  generatedAt: Date;
}

export function buildBundle(input: BuildInput): { window: ExportWindow; files: BundleFile[] } {
  const { snapshot } = input;
  const window = chooseWindow(snapshot, input.at);
  if (!window) throw new NothingToExportError(`no window is in force at ${input.at.toISOString()} or starts later (snapshot taken at ${snapshot.takenAt}): nothing to export`);
  // the pages and the JSON as they are while the window is in force: at the instant asked for, or the window's start
  const inside = new Date(Math.max(input.at.getTime(), window.start.getTime()));
  const files: BundleFile[] = [];
  const add = (path: string, body: string, served: Omit<ServedFile, "path"> | null, status: number | null) =>
    files.push({ path, body: Buffer.from(body, "utf8"), served: served && { path, ...served }, status });

  for (const channel of window.channels)
    for (const lang of LANGS)
      for (const kind of KINDS) {
        const screen = input.render({ snapshot, channel, lang, kind, at: inside });
        if (screen.status !== 503) throw new Error(`the renderer answers ${screen.status} for ${channel}/${lang}/${kind} at ${inside.toISOString()}, inside the window: expected 503`);
        // nosniff: what next.config.ts adds to every answer of the app
        const headers = { ...screen.headers, "Retry-After": httpDate(window.end), "Cache-Control": NO_STORE, "X-Content-Type-Options": "nosniff" };
        add(pagePath(channel, lang, kind), screen.body, { kind: kind === "full" ? "page" : "modal", headers }, screen.status);
      }
  const states = snapshot.channels.map((channel) => maintenanceJson(maintenanceStateAt(snapshot, channel, inside)));
  for (const state of states) add(`api/${state.channel}.json`, JSON.stringify(state), { kind: "json", headers: JSON_HEADERS }, 200);
  add("api/maintenance.json", JSON.stringify({ channels: states }), { kind: "json", headers: JSON_HEADERS }, 200);

  const nginxInput = {
    bundle: input.bundle,
    flags: input.flags,
    window,
    pattern: timeIso8601Pattern(window.start, window.end)!,
    channels: snapshot.channels.map((key) => ({ key, covered: window.channels.includes(key) })),
    files: files.flatMap((f) => (f.served ? [f.served] : [])),
    generatedAt: input.generatedAt,
  };
  add("nginx/maintenance.conf", serverSnippet(nginxInput), null, null);
  for (const channel of nginxInput.channels) add(`nginx/gate-${channel.key}.conf`, gateSnippet(nginxInput, channel), null, null);

  const manifest = {
    generatedAt: input.generatedAt.toISOString(),
    at: input.at.toISOString(),
    renderedAt: inside.toISOString(),
    source: input.source,
    window: { slug: window.slug, key: window.key, start: window.start.toISOString(), end: window.end.toISOString(), channels: window.channels },
    nginx: { timeZone: "UTC", timePattern: nginxInput.pattern, flags: input.flags, server: "nginx/maintenance.conf", gates: Object.fromEntries(nginxInput.channels.map((c) => [c.key, `nginx/gate-${c.key}.conf`])) },
    files: files.map((f) => ({
      path: f.path,
      url: f.served ? publicUrl(f.served) : null,
      // full pages are reached through a gate: the payment pages' own URLs answer with them
      servedAs: f.served?.kind === "page" ? "the payment pages of the channel, through its gate" : f.served ? "at url while the screens are on (404 otherwise)" : "nginx configuration, not served",
      status: f.status,
      size: f.body.length,
      sha256: sha256(f.body),
      headers: f.served?.headers ?? null,
    })),
  };
  add("manifest.json", `${JSON.stringify(manifest, null, 2)}\n`, null, null);
  return { window, files };
}
