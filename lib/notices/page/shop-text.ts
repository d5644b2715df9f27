// A short text a merchant can paste on its own shop page to tell its customers
// which payment methods stop when (ja/en, plain text and HTML).
import { frozenName } from "@/lib/affected/labels";
import type { Locale } from "@/lib/i18n/locale";
import { messages } from "@/lib/i18n/messages";
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
