import { shopText } from "@/lib/notices/page/shop-text";
import type { NoticeView } from "@/lib/notices/page/view";
import { CopyButton } from "./copy-button";
import { messages } from "@/lib/i18n/messages";

function Variant({ id, label, text, copy, copied }: { id: string; label: string; text: string; copy: string; copied: string }) {
  return (
    <div className="shop-text__variant">
      <div className="shop-text__head">
        <span>{label}</span>
        <CopyButton targetId={id} label={copy} doneLabel={copied} />
      </div>
      <pre id={id} className="shop-text__box">
        {text}
      </pre>
    </div>
  );
}

/** Ready-to-paste text for shop owners; <details> keeps it out of the way (and out of print). */
export function ShopTextPanel({ view }: { view: NoticeView }) {
  const t = messages[view.locale].notice;
  const { text, html } = shopText(view);
  return (
    <details className="shop-text no-print">
      <summary>{t.shopText}</summary>
      <p>{t.shopTextLead}</p>
      <Variant id="shop-text-plain" label={t.plainText} text={text} copy={t.copy} copied={t.copied} />
      <Variant id="shop-text-html" label={t.html} text={html} copy={t.copy} copied={t.copied} />
    </details>
  );
}
