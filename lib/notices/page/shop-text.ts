// A short text a merchant can paste on its own shop page to tell its customers
// which payment methods stop when (ja/en, plain text and HTML).
import type { Locale } from "@/lib/notices/derive";
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
  const windows = view.windows.filter((w) => !w.cancelled).map((w) => w.text);
  const methods = unavailableMethods(view);
  if (view.locale === "ja") {
    const service = view.issuer.serviceNameJa;
    return {
      heading: "【決済サービス一時停止のお知らせ】",
      intro: `決済システムのメンテナンスのため、下記の日時は${methods.length ? "次のお支払い方法" : `「${service}」でのお支払い手続き`}がご利用いただけません。`,
      windows: windows.map((w) => `日時: ${w}`),
      methods,
      closing: "お客様にはご不便をおかけしますが、ご理解のほどよろしくお願いいたします。",
    };
  }
  const service = view.issuer.serviceNameEn ?? view.issuer.serviceNameJa;
  return {
    heading: "Payment service maintenance",
    intro: `Because of payment system maintenance, ${methods.length ? "the following payment methods are" : `payments through ${service} are`} unavailable at the time below.`,
    windows: windows.map((w) => `When: ${w}`),
    methods,
    closing: "We apologise for the inconvenience.",
  };
}

export function shopText(view: NoticeView): { text: string; html: string; locale: Locale } {
  const p = parts(view);
  const bullet = view.locale === "ja" ? "・" : "- ";
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
