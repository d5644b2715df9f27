"use server";
import { defineQuery } from "@/lib/actions/query-client";
import { ActionError } from "@/lib/actions/errors";
import { AffectedInputError } from "@/lib/affected/derive-affected";
import { loadAffectedCatalog } from "@/lib/affected/store";
import { db } from "@/lib/db";
import { previewImpact, withCatalogLabels } from "@/lib/notices/preview/impact-preview";
import { impactPreviewInput, tablePath } from "@/lib/notices/preview/impact-preview-input";
import { ImpactPreviewView } from "./impact-preview-view";
import { impactEditorMessagesIn } from "./messages";
import { consoleLocale } from "@/lib/i18n/console/server";

// The impact-table editor's live preview: the table and "what stops" as the public page
// will show them, rendered on the server (the public components, markdown-it, lib/affected)
// and sent to the editor as React elements. Reads only.
const query = defineQuery({
  schema: impactPreviewInput,
  roles: ["EDITOR", "APPROVER"],
  async run({ table, locale, windows, screenChannelKeys, errorCode, anchor }) {
    const catalog = await loadAffectedCatalog(db);
    let impact;
    try {
      impact = previewImpact(table, catalog, { windows, screen: { channelKeys: screenChannelKeys } });
    } catch (error) {
      if (error instanceof AffectedInputError) throw new ActionError(impactEditorMessagesIn[await consoleLocale()].unknownKey(error.key), tablePath(error.path));
      throw error;
    }
    return <ImpactPreviewView table={withCatalogLabels(table, catalog)} impact={impact} locale={locale} errorCode={errorCode} anchor={anchor} />;
  },
});

export async function previewImpactTable(input: unknown) {
  return query(input);
}
