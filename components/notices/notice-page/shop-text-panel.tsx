import { shopText } from "@/lib/notices/shop-text";
import { noticeUi } from "@/lib/notices/ui-text";
import type { NoticeView } from "@/lib/notices/view";
import { CopyButton } from "./copy-button";

/** Ready-to-paste text for shop owners; <details> keeps it out of the way (and out of print). */
export function ShopTextPanel({ view }: { view: NoticeView }) {
  const t = noticeUi[view.locale];
  const { text, html } = shopText(view);
  return (
    <details className="shop-text no-print">
      <summary>{t.shopText}</summary>
      <p>{t.shopTextLead}</p>
      <div className="shop-text__variant">
        <div className="shop-text__head">
          <span>{t.plainText}</span>
          <CopyButton targetId="shop-text-plain" label={t.copy} doneLabel={t.copied} />
        </div>
        <pre id="shop-text-plain" className="shop-text__box">
          {text}
        </pre>
      </div>
      <div className="shop-text__variant">
        <div className="shop-text__head">
          <span>{t.html}</span>
          <CopyButton targetId="shop-text-html" label={t.copy} doneLabel={t.copied} />
        </div>
        <pre id="shop-text-html" className="shop-text__box">
          {html}
        </pre>
      </div>
    </details>
  );
}
