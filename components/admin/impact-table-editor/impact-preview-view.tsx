import { ImpactTable } from "@/components/notices/notice-page/impact-table";
import { FootnoteList } from "@/components/notices/notice-page/footnote-list";
import { WhatStops } from "@/components/notices/notice-page/what-stops";
import type { RevisionImpact } from "@/lib/affected/types";
import type { Locale } from "@/lib/i18n/locale";
import { newRenderContext } from "@/lib/notices/page/markdown";
import type { ImpactTableBlock } from "@/lib/notices/preview/impact-preview";
import { impactEditorMessagesIn } from "./messages";
import { consoleLocale } from "@/lib/i18n/console/server";

/**
 * The table and the "what stops" rows exactly as the public notice page draws them
 * (its own components and class names), rendered on the server by the preview action.
 */
export async function ImpactPreviewView({
  table,
  impact,
  locale,
  errorCode,
  anchor,
}: {
  table: ImpactTableBlock;
  impact: RevisionImpact;
  locale: Locale;
  errorCode: string | null;
  anchor: string;
}) {
  // `locale` is the public page's language shown; the table's label is console text
  const impactEditorMessages = impactEditorMessagesIn[await consoleLocale()];
  const ctx = newRenderContext(anchor, table.footnotes.map((f) => f.key), errorCode);
  return (
    <div className="notice-preview" lang={locale}>
      {/* the page's facts box, as a div: an aside inside the console's main would be a nested landmark */}
      <div className="facts">
        <dl>
          <WhatStops view={{ locale, impact }} />
        </dl>
      </div>
      <ImpactTable table={table} ctx={ctx} locale={locale} label={impactEditorMessages.editor} />
      <FootnoteList footnotes={table.footnotes} ctx={ctx} locale={locale} />
    </div>
  );
}
