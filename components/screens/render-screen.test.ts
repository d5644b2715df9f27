import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { screenView } from "@/lib/maintenance/screen/screen-view";
import { snapshotNotice, snapshotOf } from "@/lib/maintenance/test-fixtures";
import * as notice000 from "@/prisma/seed/notice-000";
import { FullPageScreen, InlineCardScreen, InlineMessage } from "./maintenance-screen";
import { renderBadRequest, renderMaintenanceScreen } from "./render-screen";
import { renderInlineStyledMarkup, renderStaticMarkup } from "./static-markup";

// notice-000's window: 2019-07-29 02:00–07:00 JST, on link-payment-page among others
const START = new Date("2019-07-28T17:00:00.000Z");
const END = new Date("2019-07-28T22:00:00.000Z");
const notice = { ...snapshotNotice(notice000.slug, notice000.revision2) };
notice.issuer = { ...notice.issuer, nameEn: "Yamato Financial Co., Ltd.", logoPath: "/brand/logo.svg", copyrightJa: "© ヤマトフィナンシャル", copyrightEn: "© Yamato Financial" };
const snapshot = snapshotOf([notice]);
const channel = "link-payment-page";
const live = (at: Date, over: Partial<Parameters<typeof renderMaintenanceScreen>[1]> = {}) =>
  renderMaintenanceScreen(snapshot, { channel, lang: "ja", kind: "full", at, preview: false, ...over });

describe("static markup: the same HTML as react-dom/server for the screens", () => {
  const texts = notice.screen!;
  for (const lang of ["ja", "en"] as const) {
    const view = screenView(texts, { start: START, end: END }, lang);
    it(`FullPageScreen, InlineCardScreen and InlineMessage in ${lang}`, () => {
      const elements = [
        createElement(FullPageScreen, { screen: view, issuer: notice.issuer, locale: lang }),
        createElement(FullPageScreen, { screen: view, issuer: notice.issuer, locale: lang, headingLevel: "p", logoSrc: null }),
        createElement(InlineCardScreen, { screen: view, idPrefix: "x" }),
        createElement(InlineMessage, { screen: view }),
      ];
      // React 19 adds a preload hint for each <img> (resource hoisting); a document with the image inline needs none
      const react = (element: (typeof elements)[number]) => renderToStaticMarkup(element).replace(/<link rel="preload" as="image" href="[^"]*"\/>/g, "");
      for (const element of elements) expect(renderStaticMarkup(element)).toBe(react(element));
    });
  }

  it("escapes text and attributes as React does, and refuses inline styles and handlers", () => {
    const element = createElement("p", { title: `"<&'>` }, `<script>"&'</script>`, 1, false, null);
    expect(renderStaticMarkup(element)).toBe(renderToStaticMarkup(element));
    expect(() => renderStaticMarkup(createElement("p", { style: { color: "red" } }))).toThrow(/<p style> is not supported/);
    expect(() => renderStaticMarkup(createElement("button", { onClick: () => {} }))).toThrow(/<button onClick> is not supported/);
  });

  it("writes a mail's inline styles as React does (px for lengths, unitless where CSS takes a number)", () => {
    const style = { fontSize: 14, lineHeight: 1.6, margin: 0, padding: "8px 12px ", fontWeight: 700, borderCollapse: "collapse" as const, color: undefined, msTextSizeAdjust: "100%" };
    const element = createElement("table", { style, role: "presentation" }, createElement("tbody", null, createElement("tr", null, createElement("td", { style: { width: "50%" } }, `"a"`))));
    expect(renderInlineStyledMarkup(element)).toBe(renderToStaticMarkup(element));
    expect(renderInlineStyledMarkup(element)).toContain('style="font-size:14px;line-height:1.6;margin:0;padding:8px 12px;font-weight:700;border-collapse:collapse;-ms-text-size-adjust:100%"');
  });
});

describe("renderMaintenanceScreen: status and headers at the window's edges", () => {
  it("is 404 a millisecond before the start, caching no longer than the start is away", () => {
    const answer = live(new Date(START.getTime() - 3_500));
    expect(answer.status).toBe(404);
    expect(answer.headers["Retry-After"]).toBeUndefined();
    expect(answer.headers["Cache-Control"]).toBe("public, max-age=3");
    expect(live(new Date(START.getTime() - 1)).headers["Cache-Control"]).toBe("public, max-age=0");
    expect(answer.body).toContain("メンテナンスは行っていません");
  });

  it("is 503 from the start instant, Retry-After counting to the planned end", () => {
    const answer = live(START);
    expect(answer.status).toBe(503);
    expect(answer.headers["Retry-After"]).toBe(String(5 * 3600));
    expect(answer.headers["Cache-Control"]).toBe("public, max-age=5");
    expect(answer.body).toContain("7月29日(月) 2時00分～7時00分");
  });

  it("never lets a cache keep the screen past the end", () => {
    const answer = live(new Date(END.getTime() - 2_500));
    expect(answer).toMatchObject({ status: 503, headers: { "Retry-After": "3", "Cache-Control": "public, max-age=2" } });
    expect(live(new Date(END.getTime() - 1)).headers).toMatchObject({ "Retry-After": "1", "Cache-Control": "public, max-age=0" });
    expect(live(END).status).toBe(404);
  });

  it("answers a preview (at=) with 200 and no-store, whether a window is in force or not", () => {
    expect(live(START, { preview: true })).toMatchObject({ status: 200, headers: { "Cache-Control": "no-store" } });
    expect(live(START, { preview: true }).headers["Retry-After"]).toBeUndefined();
    const off = live(END, { preview: true });
    expect(off).toMatchObject({ status: 200, headers: { "Cache-Control": "no-store" } });
    expect(off.body).toContain("2019年7月29日(月) 午前7:00 に実施中のメンテナンスはありません");
  });

  it("is 404 for a channel the catalog does not have", () => {
    const answer = live(START, { channel: "no-such-channel" });
    expect(answer.status).toBe(404);
    expect(answer.body).toContain("指定されたチャネルはありません");
    expect(answer.body).not.toContain("no-such-channel");
  });

  it("answers 400 with a short page that is never cached", () => {
    const answer = renderBadRequest("en", `"lang" must be ja or en`);
    expect(answer).toMatchObject({ status: 400, headers: { "Cache-Control": "no-store" } });
    expect(answer.body).toContain("&quot;lang&quot; must be ja or en");
  });
});

describe("renderMaintenanceScreen: the document", () => {
  const styleOf = (body: string) => /<style>([\s\S]*?)<\/style>/.exec(body)?.[1] ?? "";

  for (const lang of ["ja", "en"] as const)
    for (const kind of ["full", "modal"] as const)
      it(`${kind} in ${lang}: one hashed <style>, no script, the logo inline, under 14 KB gzipped`, () => {
        const { body, headers } = live(START, { lang, kind });
        expect(body.startsWith("<!DOCTYPE html>")).toBe(true);
        expect(body).toContain(`<html lang="${lang}">`);
        expect(body).toContain(`<meta name="viewport" content="width=device-width, initial-scale=1"/>`);
        expect(body).not.toMatch(/<script|javascript:|\son[a-z]+=|\sstyle=/i);
        expect(body.match(/<style>/g)).toHaveLength(1);
        const hash = createHash("sha256").update(styleOf(body)).digest("base64");
        expect(headers["Content-Security-Policy"]).toBe(
          `default-src 'none'; style-src 'sha256-${hash}'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
        );
        // every address in the document is a data: URI: it makes no request besides itself
        for (const [, url] of body.matchAll(/(?:src|href)="([^"]*)"/g)) expect(url).toMatch(/^data:/);
        expect(gzipSync(body).length).toBeLessThanOrEqual(14 * 1024);
        expect(headers["Content-Language"]).toBe(lang);
        if (kind === "full") {
          expect(body).toContain(`src="data:image/svg+xml;base64,`);
          expect(headers["X-Frame-Options"]).toBe("DENY");
        } else {
          expect(body).toContain(lang === "ja" ? notice.screen!.inlineMessage.ja : notice.screen!.inlineMessage.en!);
          expect(headers["X-Frame-Options"]).toBeUndefined();
        }
      });

  it("lets the modal be framed by the origins the admin configured, and nobody else", () => {
    const framed = snapshotOf([notice]);
    framed.defaults = { ...framed.defaults!, frameAncestors: ["https://shop.example.jp", "https://pay.example.com"] };
    const modal = renderMaintenanceScreen(framed, { channel, lang: "ja", kind: "modal", at: START, preview: false });
    expect(modal.headers["Content-Security-Policy"]).toMatch(/; frame-ancestors https:\/\/shop\.example\.jp https:\/\/pay\.example\.com$/);
    const full = renderMaintenanceScreen(framed, { channel, lang: "ja", kind: "full", at: START, preview: false });
    expect(full.headers["Content-Security-Policy"]).toMatch(/; frame-ancestors 'none'$/);
  });

  it("shows the English texts in English, the Japanese where the revision has no English", () => {
    const { body } = live(START, { lang: "en" });
    expect(body).toContain(notice.screen!.heading.en ?? notice.screen!.heading.ja);
    expect(body).toContain("Mon, 29 July, 2:00–7:00 (JST)");
    expect(body).toContain("© Yamato Financial");
  });
});
