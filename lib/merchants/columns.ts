// The merchant master's CSV columns (ADR 0015): one row per merchant, lists separated
// by ";". The console's import page and docs/merchant-import.md show this table.

export const merchantColumns = [
  "merchant_code",
  "name_ja",
  "name_en",
  "language",
  "technical_emails",
  "business_emails",
  "services",
  "payment_methods",
  "channels",
] as const;

export type MerchantColumn = (typeof merchantColumns)[number];

/** Columns a file may leave out (empty values); the others must be in the header. */
export const optionalColumns: readonly MerchantColumn[] = ["name_en", "services", "payment_methods", "channels"];

/** The separator of a cell's list (addresses, catalog keys): not "," so a provider's export needs no quoting. */
export const listSeparator = ";";

export const exampleCsv = `merchant_code,name_ja,name_en,language,technical_emails,business_emails,services,payment_methods,channels
M0001,サンプル商店,Sample Shop,ja,tech@shop.example;dev@shop.example,sales@shop.example,webcollect,credit-card;convenience-store,link-payment-page;api
`;
