// A short text a merchant can paste on its own shop page to tell its customers
// which payment methods stop when (ja/en, plain text and HTML).
import type { Locale } from "@/lib/i18n/locale";
import { messages } from "@/lib/i18n/messages";
import type { NoticeView } from "./view";

function unavailableMethods(view: NoticeView): string[] {
  const names = new Set<string>();
  for (const section of view.sections)
    for (const block of section.blocks) {
      if (block.type !== "IMPACT_TABLE") continue;
      const methodCol = block.columns.findIndex((c) => c.role === "PAYMENT_METHOD");
      const availCol = block.columns.findIndex((c) => c.role === "AVAILABILITY");
      if (methodCol < 0 || availCol < 0) continue;
      for (const row of block.rows) {
        if (row.cells[availCol]?.availability !== "UNAVAILABLE") continue;
        const label = row.cells[methodCol]?.label;
        const text = view.locale === "en" && label?.en ? label.en : label?.ja;
        // the first line names the method; the rest qualifies it ("(ApplePay … 含む)")
        if (text) names.add(text.split("\n")[0]!);
      }
    }
  return [...names];
}

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

interface Parts {
  heading: string;
  intro: string;
  windows: string[];
  methods: string[];
  closing: string;
}

function parts(view: NoticeView): Parts {
  const t = messages[view.locale].shopText;
  const methods = unavailableMethods(view);
  const service = view.locale === "en" && view.issuer.serviceNameEn ? view.issuer.serviceNameEn : view.issuer.serviceNameJa;
  return {
    heading: t.heading,
    intro: t.intro(methods.length ? { methods: true } : { service }),
    windows: view.windows.filter((w) => !w.cancelled).map((w) => t.when(w.text)),
    methods,
    closing: t.closing,
  };
}

export function shopText(view: NoticeView): { text: string; html: string; locale: Locale } {
  const p = parts(view);
  const bullet = messages[view.locale].shopText.bullet;
  const text = [p.heading, p.intro, ...p.windows, ...p.methods.map((m) => `${bullet}${m}`), p.closing].join("\n");
  const html = [
    `<p><strong>${escape(p.heading)}</strong></p>`,
    `<p>${escape(p.intro)}</p>`,
    ...p.windows.map((w) => `<p>${escape(w)}</p>`),
    p.methods.length ? `<ul>${p.methods.map((m) => `<li>${escape(m)}</li>`).join("")}</ul>` : "",
    `<p>${escape(p.closing)}</p>`,
  ].join("\n");
  return { text, html, locale: view.locale };
}
