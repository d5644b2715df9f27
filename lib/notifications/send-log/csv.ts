import "server-only";
import { stringify } from "csv-stringify/sync";
import type { Prisma } from "@/lib/generated/prisma/client";
import { jstIsoString } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import { sendLogMessagesIn } from "./messages";
import { sendLogRowsForExport, type SendLogRow } from "./read";

// The send log as CSV: the provider's evidence, opened in Excel by Japanese staff.
// UTF-8 with a BOM (without it Excel reads UTF-8 as Shift_JIS and garbles the
// Japanese), RFC 4180 quoting by csv-stringify, and cells a spreadsheet would run as a
// formula (= + - @, tab, CR) prefixed with ' by its escape_formulas: a recipient
// address or an SMTP error is outside text and must never execute.

const columns = ["notice", "revision", "amendment", "event", "channel", "recipient", "merchant", "status", "reason", "attempts", "created", "sent", "error", "messageId"] as const;

const jst = (date: Date | null) => (date ? jstIsoString(date) : "");

function record(row: SendLogRow): Record<(typeof columns)[number], string> {
  return {
    notice: row.notice.slug,
    revision: row.revision.number === null ? "" : String(row.revision.number),
    amendment: row.revision.amendment?.type ?? "",
    event: row.event,
    channel: row.channel,
    recipient: row.recipient ?? "",
    merchant: row.merchant?.code ?? "",
    status: row.status,
    reason: row.reason ?? "",
    attempts: String(row.attempts),
    created: jst(row.createdAt),
    sent: jst(row.sentAt),
    error: row.lastError ?? "",
    messageId: row.messageId ?? "",
  };
}

function header(locale: Locale) {
  const names = sendLogMessagesIn[locale].csv;
  return columns.map((key) => ({ key, header: names[key] }));
}

/** Rows as CSV text; the first chunk carries the BOM and the header line. */
export function sendLogCsv(rows: readonly SendLogRow[], locale: Locale, first: boolean): string {
  return stringify(rows.map(record), { bom: first, header: first, columns: header(locale), escape_formulas: true, record_delimiter: "windows" });
}

/** The CSV of every row matching `where`, as a stream: one chunk per batch read, so a long log is never held whole. */
export function sendLogCsvStream(where: Prisma.SendLogWhereInput, locale: Locale): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const batches = sendLogRowsForExport(where);
  let first = true;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await batches.next();
      if (next.done) {
        // an empty log still gets its header line
        if (first) controller.enqueue(encoder.encode(sendLogCsv([], locale, true)));
        controller.close();
        return;
      }
      controller.enqueue(encoder.encode(sendLogCsv(next.value, locale, first)));
      first = false;
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
}
