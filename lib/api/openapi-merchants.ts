import { merchantColumns } from "@/lib/merchants/columns";

// The merchant import API's part of the OpenAPI document (ADR 0015): the operation,
// its bearer token and its answers. Checked against real answers in
// lib/merchants/import.int.test.ts.
type Schema = Record<string, unknown>;
const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const string: Schema = { type: "string" };
const integer: Schema = { type: "integer" };
const strings: Schema = { type: "array", items: string };
const strict = (properties: Record<string, Schema>, required: string[] = Object.keys(properties), description?: string): Schema => ({
  type: "object",
  ...(description ? { description } : {}),
  properties,
  required,
  additionalProperties: false,
});
const column: Schema = { anyOf: [{ type: "string", enum: [...merchantColumns] }, { type: "null" }] };

const row = strict(
  {
    code: string,
    nameJa: string,
    nameEn: { anyOf: [string, { type: "null" }] },
    locale: { type: "string", enum: ["ja", "en"] },
    contacts: { type: "array", items: strict({ email: string, purpose: { type: "string", enum: ["TECHNICAL", "BUSINESS"] } }) },
    services: strings,
    paymentMethods: strings,
    channels: strings,
  },
  undefined,
  "A merchant as the file gives it (catalog keys).",
);

export const merchantImportSchemas: Record<string, Schema> = {
  MerchantRow: row,
  MerchantImportPlan: strict(
    {
      mode: { type: "string", enum: ["PARTIAL", "FULL"] },
      created: { type: "array", items: ref("MerchantRow"), description: "merchants the file adds" },
      changed: {
        type: "array",
        description: "merchants the file changes, field by field; lists (contacts as PURPOSE:address, catalog keys) as what is added and removed",
        items: strict({
          id: string,
          code: string,
          nameJa: string,
          changes: {
            type: "array",
            items: {
              anyOf: [
                strict({ field: { type: "string", enum: ["nameJa", "nameEn", "locale", "active"] }, before: { type: ["string", "boolean", "null"] }, after: { type: ["string", "boolean", "null"] } }),
                strict({ field: { type: "string", enum: ["contacts", "services", "paymentMethods", "channels"] }, added: strings, removed: strings }),
              ],
            },
          },
        }),
      },
      deactivated: { type: "array", description: "FULL only: active merchants missing from the file (deactivated, never deleted)", items: strict({ id: string, code: string, nameJa: string }) },
      unchanged: integer,
    },
    undefined,
    "What the import does to the directory.",
  ),
  MerchantImportResult: strict(
    {
      importId: { type: "string", description: "the stored preview" },
      dryRun: { type: "boolean" },
      plan: ref("MerchantImportPlan"),
      applied: strict({ importId: string, created: integer, changed: integer, deactivated: integer, unchanged: integer, nothingChanged: { type: "boolean", description: "true when the file matched the directory: applying it again changes nothing" } }),
    },
    ["importId", "dryRun", "plan"],
    "The preview (dryRun) or the applied import; `applied` is absent for a dry run.",
  ),
  MerchantImportIssues: strict(
    {
      error: string,
      errorEn: string,
      issues: {
        type: "array",
        items: strict({
          line: { type: "integer", description: "the file's line (1 is the header); 0 for the file as a whole" },
          column,
          value: { anyOf: [string, { type: "null" }] },
          message: { type: "string", description: "Japanese" },
          messageEn: { type: "string", description: "English" },
        }),
      },
    },
    undefined,
    "Every problem of the file; nothing was imported.",
  ),
  TokenRefusal: { type: "object", properties: { error: string, errorEn: string }, required: ["error", "errorEn"] },
};

export const merchantImportSecuritySchemes = {
  importToken: { type: "http", scheme: "bearer", description: "A token an admin created for this integration at /admin/merchants/tokens (shown once)." },
};

export const merchantImportPaths = {
  "/admin/merchants/import": {
    post: {
      operationId: "importMerchants",
      summary: "Import the merchant master (CSV)",
      description:
        "The body is the merchant master as CSV (UTF-8, with or without BOM; one merchant per line; addresses and catalog keys separated by \";\"; columns: " +
        merchantColumns.join(", ") +
        "). If any line is wrong nothing is imported and every problem is listed by line and column. With dryRun=1 the preview is stored and returned; without, it is applied in the same transaction. Idempotent: the same file again changes nothing (applied.nothingChanged). mode=FULL deactivates every active merchant missing from the file.",
      security: [{ importToken: [] }],
      parameters: [
        { name: "mode", in: "query", required: false, schema: { type: "string", enum: ["PARTIAL", "FULL"], default: "PARTIAL" }, description: "FULL deactivates merchants missing from the file" },
        { name: "dryRun", in: "query", required: false, schema: { type: "string", enum: ["0", "1", "true", "false"], default: "0" }, description: "1: preview only" },
        { name: "fileName", in: "query", required: false, schema: string, description: "recorded with the import" },
      ],
      requestBody: { required: true, content: { "text/csv": { schema: { type: "string", maxLength: 5 * 1024 * 1024 } } } },
      responses: {
        "200": { description: "The preview or the applied import.", content: { "application/json": { schema: ref("MerchantImportResult") } } },
        "400": { description: "A parameter that does not parse, or a body that is not text/csv." },
        "401": { description: "No valid, unrevoked token.", content: { "application/json": { schema: ref("TokenRefusal") } } },
        "422": { description: "The file has problems; nothing was imported.", content: { "application/json": { schema: ref("MerchantImportIssues") } } },
      },
    },
  },
};
