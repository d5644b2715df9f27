// A short text a merchant can paste on its own shop page to tell its customers
// which payment methods stop when (ja/en, plain text and HTML).
import type { Locale } from "./derive";
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

export function shopText(view: NoticeView): { text: string; html: string; locale: Locale } {
  const windows = view.windows.filter((w) => !w.cancelled).map((w) => w.text);
  const methods = unavailableMethods(view);
  const service = view.locale === "en" ? (view.issuer.serviceNameEn ?? view.issuer.serviceNameJa) : view.issuer.serviceNameJa;
  if (view.locale === "ja") {
    const lines = [
      "【決済サービス一時停止のお知らせ】",
      `決済システムのメンテナンスのため、下記の日時は${methods.length ? "次のお支払い方法" : `「${service}」でのお支払い手続き`}がご利用いただけません。`,
      ...windows.map((w) => `日時: ${w}`),
      ...methods.map((m) => `・${m}`),
      "お客様にはご不便をおかけしますが、ご理解のほどよろしくお願いいたします。",
    ];
    const html = [
      `<p><strong>${escape(lines[0]!)}</strong></p>`,
      `<p>${escape(lines[1]!)}</p>`,
      ...windows.map((w) => `<p>日時: ${escape(w)}</p>`),
      methods.length ? `<ul>${methods.map((m) => `<li>${escape(m)}</li>`).join("")}</ul>` : "",
      `<p>${escape(lines.at(-1)!)}</p>`,
    ].join("\n");
    return { text: lines.join("\n"), html, locale: "ja" };
  }
  const lines = [
    "Payment service maintenance",
    `Because of payment system maintenance, ${methods.length ? "the following payment methods are" : `payments through ${service} are`} unavailable at the time below.`,
    ...windows.map((w) => `When: ${w}`),
    ...methods.map((m) => `- ${m}`),
    "We apologise for the inconvenience.",
  ];
  const html = [
    `<p><strong>${escape(lines[0]!)}</strong></p>`,
    `<p>${escape(lines[1]!)}</p>`,
    ...windows.map((w) => `<p>When: ${escape(w)}</p>`),
    methods.length ? `<ul>${methods.map((m) => `<li>${escape(m)}</li>`).join("")}</ul>` : "",
    `<p>${escape(lines.at(-1)!)}</p>`,
  ].join("\n");
  return { text: lines.join("\n"), html, locale: "en" };
}
