import { describe, expect, it } from "vitest";
import { readMerchantCsv } from "./csv";
import { merchantMessages } from "./messages";

const m = merchantMessages.errors;
const header = "merchant_code,name_ja,name_en,language,technical_emails,business_emails,services,payment_methods,channels";
const bytes = (text: string) => new TextEncoder().encode(text);

describe("readMerchantCsv", () => {
  it("reads one merchant per line: lists split on ';', addresses lower-cased, contacts by purpose", () => {
    const { rows, issues, keys } = readMerchantCsv(bytes(`${header}\nM001,テスト商店,Test Shop,en,Tech@Shop.example; ops@shop.example,biz@shop.example,webcollect,credit-card;carrier,api\n`));
    expect(issues).toEqual([]);
    expect(keys).toEqual([{ line: 2, services: ["webcollect"], paymentMethods: ["credit-card", "carrier"], channels: ["api"] }]);
    expect(rows).toEqual([
      {
        line: 2,
        row: {
          code: "M001",
          nameJa: "テスト商店",
          nameEn: "Test Shop",
          locale: "en",
          contacts: [
            { email: "tech@shop.example", purpose: "TECHNICAL" },
            { email: "ops@shop.example", purpose: "TECHNICAL" },
            { email: "biz@shop.example", purpose: "BUSINESS" },
          ],
          services: ["webcollect"],
          paymentMethods: ["credit-card", "carrier"],
          channels: ["api"],
        },
      },
    ]);
  });

  it("accepts a UTF-8 BOM and CRLF, and leaves optional columns out", () => {
    const { rows, issues } = readMerchantCsv(bytes(`\uFEFFmerchant_code,name_ja,language,technical_emails,business_emails\r\nM1,商店,ja,a@b.example,\r\n`));
    expect(issues).toEqual([]);
    expect(rows.map((r) => [r.line, r.row.code, r.row.nameEn, r.row.services])).toEqual([[2, "M1", null, []]]);
  });

  it("refuses a file that is not UTF-8 (Shift_JIS) as a whole", () => {
    // "商店" in Shift_JIS
    const sjis = new Uint8Array([...bytes(`${header}\nM1,`), 0x8f, 0xa4, 0x93, 0x58, ...bytes(",,ja,a@b.example,,,,\n")]);
    expect(readMerchantCsv(sjis)).toEqual({ rows: [], keys: [], issues: [{ line: 0, column: null, value: null, message: m.notUtf8 }] });
  });

  it("reports every bad cell at its line and column, with the value", () => {
    const file = [
      header,
      "M1,商店,,ja,a@b.example,,,,",
      "M 2,商店,,fr,not-an-address;ok@b.example,,,Credit_Card,",
      '"M3","複数行の',
      '名前",,ja,,,,,',
      "M1,重複,,ja,c@d.example,,,,",
    ].join("\n");
    const { issues, keys } = readMerchantCsv(bytes(file));
    // the keys of every line (a bad one too) go to the catalog check; malformed keys are already issues
    expect(keys[1]).toEqual({ line: 3, services: [], paymentMethods: [], channels: [] });
    expect(issues).toEqual([
      { line: 3, column: "merchant_code", value: "M 2", message: m.code },
      { line: 3, column: "language", value: "fr", message: m.language },
      { line: 3, column: "technical_emails", value: "not-an-address", message: m.email },
      { line: 3, column: "payment_methods", value: "Credit_Card", message: m.keyFormat },
      // a quoted name over two lines: reported at the line the record starts on
      { line: 4, column: "technical_emails", value: "", message: m.noContact },
      { line: 6, column: "merchant_code", value: "M1", message: m.duplicateCode(2) },
    ]);
  });

  it("checks the header: missing, unknown and repeated columns", () => {
    const { issues } = readMerchantCsv(bytes("merchant_code,name_ja,name_ja,colour\nM1,a,b,c\n"));
    expect(issues).toEqual([
      { line: 1, column: "name_ja", value: "name_ja", message: m.duplicateColumn("name_ja") },
      { line: 1, column: null, value: "colour", message: m.unknownColumn("colour") },
      { line: 1, column: "language", value: null, message: m.missingColumn("language") },
      { line: 1, column: "technical_emails", value: null, message: m.missingColumn("technical_emails") },
      { line: 1, column: "business_emails", value: null, message: m.missingColumn("business_emails") },
    ]);
  });

  it("reports a line with the wrong number of cells, and broken quoting, by line", () => {
    expect(readMerchantCsv(bytes(`${header}\nM1,a,b\n`)).issues).toEqual([{ line: 2, column: null, value: null, message: m.columnCount(9, 3) }]);
    const broken = readMerchantCsv(bytes(`${header}\nM1,"unclosed,,ja,a@b.example,,,,\n`));
    expect(broken.rows).toEqual([]);
    expect(broken.issues).toHaveLength(1);
    expect(broken.issues[0]?.message).toMatch(/^CSV として読めません: Quote Not Closed/);
  });

  it("refuses an empty file and a header without merchants", () => {
    expect(readMerchantCsv(bytes("")).issues).toEqual([{ line: 0, column: null, value: null, message: m.emptyFile }]);
    expect(readMerchantCsv(bytes(`${header}\n`)).issues).toEqual([{ line: 0, column: null, value: null, message: m.emptyFile }]);
  });
});
