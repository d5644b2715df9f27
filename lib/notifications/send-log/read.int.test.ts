import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seed } from "@/prisma/seed";
import * as notice000 from "@/prisma/seed/notice-000";
import { sendLogCsv, sendLogCsvStream } from "./csv";
import { sendLogFilterSchema, sendLogQuerySchema, writeCursor } from "./query";
import { readSendLogPage, sendLogWhere } from "./read";

// The send log's reading against a real database: the seeded reference notice and rows
// written here (as the outbox and the worker would leave them). Every row of this file
// carries `tag` in its address, so other files' rows never count.
const tag = `sl${Date.now().toString(36)}`;
const merchantCode = `M-${tag}`;
let noticeId = "";
let revisions: { id: string; number: number | null }[] = [];

/** rows 3 and 4 were recorded at the same instant: the list orders them by id, descending */
const sameInstant = async () =>
  (await db.sendLog.findMany({ where: { messageId: { in: [`${tag}-3`, `${tag}-4`] } }, orderBy: { id: "desc" }, select: { messageId: true } })).map((row) => row.messageId);

const page = async (input: Record<string, string>, size?: number) => {
  const result = await readSendLogPage(sendLogQuerySchema.parse({ recipient: tag, ...input }), size);
  if ("error" in result) throw new Error(`refused: ${JSON.stringify(result.error)}`);
  return result;
};

async function csvOf(input: Record<string, string>): Promise<string> {
  const built = await sendLogWhere(sendLogFilterSchema.parse({ recipient: tag, ...input }));
  if ("error" in built) throw new Error("refused");
  // bytes as sent: Response.text() would drop the BOM this checks for
  const bytes = new Uint8Array(await new Response(sendLogCsvStream(built.where, "ja")).arrayBuffer());
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
}

beforeAll(async () => {
  await seed();
  const notice = await db.notice.findUniqueOrThrow({ where: { slug: notice000.slug }, include: { revisions: { where: { number: { not: null } }, orderBy: { number: "asc" } } } });
  noticeId = notice.id;
  revisions = notice.revisions;
  const merchant = await db.merchant.create({ data: { code: merchantCode, nameJa: "証跡商店" } });
  const [first, second] = [revisions[0]!, revisions[1] ?? revisions[0]!];
  const at = (iso: string) => new Date(iso);
  await db.sendLog.createMany({
    data: [
      // 2026-03-01 23:59 JST and 2026-03-02 00:00 JST: either side of a JST midnight
      { noticeId, revisionId: first.id, channel: "EMAIL", recipient: `a-${tag}@shop.test`, merchantId: merchant.id, status: "SENT", attempts: 1, createdAt: at("2026-03-01T14:59:00Z"), sentAt: at("2026-03-01T14:59:30Z"), messageId: `${tag}-1` },
      { noticeId, revisionId: first.id, channel: "WEBHOOK", recipient: `https://hooks.test/${tag}`, merchantId: merchant.id, status: "FAILED", attempts: 3, lastError: '=HYPERLINK("http://evil.test","x"), 550 "no", line\nbreak', createdAt: at("2026-03-01T15:00:00Z"), messageId: `${tag}-2` },
      { noticeId, revisionId: second.id, event: "REMINDER", channel: "EMAIL", recipient: `+b-${tag}@shop.test`, status: "QUEUED", createdAt: at("2026-03-02T01:00:00Z"), messageId: `${tag}-3` },
      { noticeId, revisionId: second.id, channel: "EMAIL", recipient: `@c-${tag}@shop.test`, status: "SUPPRESSED", createdAt: at("2026-03-02T01:00:00Z"), messageId: `${tag}-4` },
      { noticeId, revisionId: second.id, channel: "EMAIL", recipient: `-d-${tag}@shop.test`, status: "SENT", attempts: 2, createdAt: at("2026-03-03T01:00:00Z"), sentAt: at("2026-03-03T01:05:00Z"), messageId: `${tag}-5` },
    ],
  });
});

describe("the send log's filters", () => {
  it("lists newest first, with equal instants ordered by id, and counts each status", async () => {
    const result = await page({});
    expect(result.rows.map((row) => row.messageId)).toEqual([`${tag}-5`, ...(await sameInstant()), `${tag}-2`, `${tag}-1`]);
    expect(result.total).toBe(5);
    expect(result.counts).toEqual({ QUEUED: 1, SENT: 2, FAILED: 1, SKIPPED: 0, SUPPRESSED: 1 });
  });

  it("by status: the rows of that status, while the counts still show every status", async () => {
    const result = await page({ status: "SENT" });
    expect(result.rows.map((row) => row.messageId)).toEqual([`${tag}-5`, `${tag}-1`]);
    expect(result.total).toBe(2);
    expect(result.counts.FAILED).toBe(1);
  });

  it("by event, channel and merchant code", async () => {
    expect((await page({ event: "REMINDER" })).rows.map((row) => row.messageId)).toEqual([`${tag}-3`]);
    expect((await page({ channel: "WEBHOOK" })).rows.map((row) => row.messageId)).toEqual([`${tag}-2`]);
    expect((await page({ merchant: merchantCode })).rows.map((row) => row.messageId)).toEqual([`${tag}-2`, `${tag}-1`]);
  });

  it("by JST days: 23:59 belongs to the first day, 00:00 to the next", async () => {
    expect((await page({ from: "2026-03-01", to: "2026-03-01" })).rows.map((row) => row.messageId)).toEqual([`${tag}-1`]);
    expect((await page({ from: "2026-03-02", to: "2026-03-02" })).rows.map((row) => row.messageId)).toEqual([...(await sameInstant()), `${tag}-2`]);
    expect((await page({ from: "2026-03-03" })).rows.map((row) => row.messageId)).toEqual([`${tag}-5`]);
  });

  it("by notice and revision number", async () => {
    if (revisions.length < 2) throw new Error("the reference notice has two published revisions");
    const second = await page({ notice: notice000.slug, revision: String(revisions[1]!.number) });
    expect(second.rows.map((row) => row.messageId).sort()).toEqual([`${tag}-3`, `${tag}-4`, `${tag}-5`]);
    expect(second.rows.every((row) => row.revision.number === revisions[1]!.number && row.notice.slug === notice000.slug)).toBe(true);
  });

  it("says which name is unknown, at its field, and refuses a revision without its notice", async () => {
    expect(await readSendLogPage(sendLogQuerySchema.parse({ notice: "no-such-notice" }))).toEqual({ error: { field: "notice", message: "notice" } });
    expect(await readSendLogPage(sendLogQuerySchema.parse({ notice: notice000.slug, revision: "99" }))).toEqual({ error: { field: "revision", message: "revision" } });
    expect(await readSendLogPage(sendLogQuerySchema.parse({ merchant: "NO-SUCH" }))).toEqual({ error: { field: "merchant", message: "merchant" } });
    const issues = (input: Record<string, string>) => sendLogQuerySchema.safeParse(input).error?.issues.map((issue) => [issue.path.join("."), issue.message]);
    expect(issues({ revision: "2" })).toEqual([["revision", "版の番号はお知らせと一緒に指定してください。"]]);
    expect(issues({ notice: "x", revision: "0" })).toEqual([["revision", "版の番号は 1 以上の整数で入力してください。"]]);
    expect(issues({ status: "LOST", after: "yesterday" })).toEqual([
      ["status", "選択肢にない値です。"],
      ["after", "ページの指定が正しくありません。"],
    ]);
  });
});

describe("keyset pages", () => {
  it("walks forward and back by cursors, each row once, across rows of the same instant", async () => {
    const all = (await page({})).rows.map((row) => row.messageId);
    const first = await page({}, 2);
    expect(first.rows.map((row) => row.messageId)).toEqual(all.slice(0, 2));
    expect(first.previous).toBeNull();
    const second = await page({ after: first.next! }, 2);
    expect(second.rows.map((row) => row.messageId)).toEqual(all.slice(2, 4));
    const third = await page({ after: second.next! }, 2);
    expect(third.rows.map((row) => row.messageId)).toEqual(all.slice(4));
    expect(third.next).toBeNull();
    const back = await page({ before: third.previous! }, 2);
    expect(back.rows.map((row) => row.messageId)).toEqual(all.slice(2, 4));
    const start = await page({ before: back.previous! }, 2);
    expect(start.rows.map((row) => row.messageId)).toEqual(all.slice(0, 2));
    expect(start.previous).toBeNull();
    expect(writeCursor(second.rows[0]!)).toBe(second.previous);
  });
});

describe("the CSV export", () => {
  it("holds exactly the filtered rows, with a BOM, a header, JST times and the stored values back when parsed", async () => {
    const text = await csvOf({ merchant: merchantCode });
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const records: string[][] = parse(text.slice(1), { relax_column_count: false });
    expect(records[0]).toEqual(["お知らせ", "版", "訂正・追記の種類", "種類", "経路", "宛先", "加盟店コード", "状態", "理由", "試行回数", "記録日時", "送信日時", "最後のエラー", "メッセージID"]);
    expect(records.length).toBe(3);
    const [failed, sent] = [records[1]!, records[2]!];
    expect(sent).toEqual([notice000.slug, String(revisions[0]!.number), "", "PUBLICATION", "EMAIL", `a-${tag}@shop.test`, merchantCode, "SENT", "", "1", "2026-03-01T23:59:00+09:00", "2026-03-01T23:59:30+09:00", "", `${tag}-1`]);
    // a comma, quotes and a line break survive quoting; a formula is defused with '
    expect(failed[12]).toBe(`'=HYPERLINK("http://evil.test","x"), 550 "no", line\nbreak`);
    expect(failed[10]).toBe("2026-03-02T00:00:00+09:00");
  });

  it("prefixes every cell a spreadsheet would run (= + - @) and leaves others alone", async () => {
    const records: string[][] = parse((await csvOf({ channel: "EMAIL" })).slice(1));
    const recipients = records.slice(1).map((record) => record[5]);
    expect(recipients.sort()).toEqual([`'+b-${tag}@shop.test`, `'-d-${tag}@shop.test`, `'@c-${tag}@shop.test`, `a-${tag}@shop.test`].sort());
  });

  it("an empty result is still a header line; records end with CRLF", async () => {
    const text = await csvOf({ status: "SKIPPED" });
    expect(text).toBe(sendLogCsv([], "ja", true));
    expect(text.startsWith("\ufeffお知らせ,版,")).toBe(true);
    expect(text.endsWith("メッセージID\r\n")).toBe(true);
  });

  it("streams a log longer than one batch whole, in order", async () => {
    const many = Array.from({ length: 1_203 }, (_, i) => ({
      noticeId,
      revisionId: revisions[0]!.id,
      channel: "EMAIL" as const,
      recipient: `bulk${i}-${tag}@shop.test`,
      status: "SENT" as const,
      createdAt: new Date(Date.UTC(2026, 4, 1) + i * 1000),
    }));
    await db.sendLog.createMany({ data: many });
    const records: string[][] = parse((await csvOf({ recipient: `-${tag}@shop.test`, from: "2026-05-01" })).slice(1));
    expect(records.length).toBe(1 + 1_203);
    expect(records[1]![5]).toBe(`bulk1202-${tag}@shop.test`);
    expect(records.at(-1)![5]).toBe(`bulk0-${tag}@shop.test`);
  });
});
