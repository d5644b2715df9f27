// A short text a merchant can paste on its own shop page to tell its customers
// which payment methods stop when (ja/en, plain text and HTML).
import { frozenName } from "@/lib/affected/labels";
import type { Locale } from "./derive";
import type { NoticeView } from "./view";

/** The payment methods the notice stops or degrades (lib/affected), by the names it was published with. */
function unavailableMethods(view: NoticeView): string[] {
  const { result, names } = view.impact;
  return result.affected.paymentMethods.map((key) => frozenName(names.paymentMethods, key, view.locale));
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
