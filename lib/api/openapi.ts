// The OpenAPI 3.1 description of the public JSON API. The envelopes are written by
// hand; the revision content is generated from the zod schema the application
// itself validates content with, so the two cannot drift apart. An integration
// test checks real responses against the required properties declared here.
import { z } from "zod";
import { affectedKeysSchema, affectedResultSchema } from "@/lib/affected/types";
import { amendmentTypes, noticeKinds, revisionContentSchema } from "@/lib/notices/content/schema";
import { MAX_QUERY_LENGTH } from "@/lib/notices/listing/query";
import { siteUrl } from "@/lib/site-url";
import { merchantImportPaths, merchantImportSchemas, merchantImportSecuritySchemes } from "./openapi-merchants";

type Schema = Record<string, unknown>;

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const nullable = (schema: Schema): Schema => ({ anyOf: [schema, { type: "null" }] });
const string: Schema = { type: "string" };
const instant: Schema = { type: "string", format: "date-time", description: "UTC instant (ISO 8601)" };
const keys = (description: string): Schema => ({ type: "array", items: string, description });
const object = (properties: Record<string, Schema>, description?: string): Schema => ({
  type: "object",
  ...(description ? { description } : {}),
  properties,
  required: Object.keys(properties),
});

/** A zod schema the application itself uses, as JSON Schema (no dialect line: it lives in components). */
function fromZod(schema: z.ZodType, description: string): Schema {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, { io: "output" }) as Schema;
  return { ...json, description };
}

/** The content as revisionContent() returns it: dates leave JSON.stringify as ISO strings. */
function revisionContentJsonSchema(): Schema {
  const { $schema: _dialect, ...schema } = z.toJSONSchema(revisionContentSchema, {
    io: "output",
    unrepresentable: "any",
    override: (ctx) => {
      if (ctx.zodSchema._zod.def.type === "date") Object.assign(ctx.jsonSchema, instant);
    },
  }) as Schema;
  return {
    ...schema,
    description:
      "The revision's content in the application's own shape (lib/notices/content/schema.ts). Prose is Markdown; `{{errorCode}}` stands for screen.errorCode; `[^key]` cites a footnote of the same block.",
  };
}

const schemas = {
  Text: object({ ja: string, en: nullable(string) }, "A text in Japanese and, where it exists, English."),
  BothTexts: object({ ja: string, en: string }),
  Window: object(
    {
      key: { type: "string", description: "stable across revisions" },
      startsAt: instant,
      endsAt: instant,
      status: { type: "string", enum: ["SCHEDULED", "CANCELLED"] },
      channelKeys: keys("channels that stop in this window; empty: every channel of the maintenance screen"),
    },
    "A maintenance window.",
  ),
  AffectedKeys: fromZod(
    affectedKeysSchema,
    "What the notice stops or degrades (unavailable or degraded), as derived at publication from its content and the catalog (lib/affected): services, payment methods, channels (integration methods and screens) and the audiences of the rows that stop something, in catalog order. A payment method the notice says stays available is never listed.",
  ),
  Impact: fromZod(
    affectedResultSchema.pick({ channels: true, services: true, paymentMethods: true }),
    "Per channel, per service and per payment method: unavailable (everything in it stops), degraded (some stops, some stays available) or available, with the payment methods of each by state. Keys, in catalog order.",
  ),
  Amendment: object(
    { type: { type: "string", enum: [...amendmentTypes] }, publishedAt: nullable(instant), summary: ref("Text") },
    "The latest amendment readers were told about (never EDITORIAL). publishedAt is null where its date is unknown (a backfill).",
  ),
  NoticeListItem: object({
    slug: string,
    kind: { type: "string", enum: [...noticeKinds] },
    title: ref("Text"),
    status: { type: "string", enum: ["upcoming", "in-progress", "past"], description: "derived from the windows and the current time" },
    windows: { type: "array", items: ref("Window") },
    affected: ref("AffectedKeys"),
    amendment: nullable(ref("Amendment")),
    firstPublishedAt: { ...nullable(instant), description: "null where it is unknown: a notice backfilled from a letter that states no date" },
    updatedAt: { ...nullable(instant), description: "the latest visible amendment, else the first publication; null where that date is unknown" },
    url: ref("BothTexts"),
  }),
  NoticeList: object({ notices: { type: "array", items: ref("NoticeListItem") } }),
  HistoryEntry: object({
    number: { type: "integer", minimum: 1 },
    publishedAt: { ...nullable(instant), description: "null where it is unknown (a backfill)" },
    amendment: nullable(
      object({
        type: { type: "string", enum: [...amendmentTypes] },
        summary: ref("Text"),
        sectionKeys: keys("sections the amendment touched"),
        windowKeys: keys("windows the amendment touched"),
      }),
    ),
  }),
  ContactSnapshot: object(
    {
      ...Object.fromEntries(
        ["organizationJa", "organizationEn", "departmentJa", "departmentEn", "freeDial", "phone", "hoursLabelJa", "hoursLabelEn", "hours", "email"].map((k) => [
          k,
          k === "organizationJa" || k === "departmentJa" ? string : nullable(string),
        ]),
      ),
      punctuation: {
        type: "string",
        enum: ["HALF_WIDTH", "FULL_WIDTH"],
        description: "how the Japanese block writes colons and brackets: 「電話:03-…(営業時間:9:00-18:00)」 or 「電話：03-…（受付時間：9：00-18：00）」",
      },
    },
    "The contact as published with this revision (frozen).",
  ),
  IssuerSnapshot: object(
    Object.fromEntries(
      ["nameJa", "nameEn", "serviceNameJa", "serviceNameEn", "logoPath", "copyrightJa", "copyrightEn"].map((k) => [k, k === "nameJa" || k === "serviceNameJa" ? string : nullable(string)]),
    ),
    "The issuer as published with this revision (frozen).",
  ),
  Derived: object(
    {
      titleSuffix: nullable(ref("BothTexts")),
      reportLabel: nullable(ref("BothTexts")),
      sections: { type: "array", items: object({ key: string, number: string, label: ref("BothTexts") }) },
      windows: { type: "array", items: object({ key: string, text: ref("BothTexts"), screenPeriod: ref("BothTexts"), duration: ref("BothTexts") }) },
    },
    "Facts derived from the content and the history, as the notice page prints them (times in Japan time).",
  ),
  NoticeDetail: {
    allOf: [
      ref("NoticeListItem"),
      object({
        revision: { type: "integer", minimum: 1, description: "the published revision's number" },
        publishedAt: { ...nullable(instant), description: "null where it is unknown (a backfill)" },
        content: ref("RevisionContent"),
        impact: ref("Impact"),
        contact: nullable(ref("ContactSnapshot")),
        issuer: nullable(ref("IssuerSnapshot")),
        history: { type: "array", items: ref("HistoryEntry"), description: "every published revision, oldest first, EDITORIAL included" },
        derived: ref("Derived"),
      }),
    ],
  },
  MaintenanceWindow: object({ start: instant, end: instant }, "A maintenance window's start (in force from it) and end (no longer in force at it)."),
  MaintenanceNotice: object({ slug: string, url: ref("BothTexts"), title: ref("Text") }, "The published notice whose window it is."),
  MaintenanceState: object(
    {
      active: { type: "boolean", description: "whether a published window covering the channel is in force at the instant: the maintenance screen replaces the channel's pages" },
      channel: { type: "string", description: "the channel's catalog key" },
      errorCode: { ...nullable(string), description: "the error code the gateway returns during the window (the notice's screen settings); null when not active" },
      window: { ...nullable(ref("MaintenanceWindow")), description: "the window in force (where several cover the channel, the one ending last); null when not active" },
      retryAfterSeconds: { ...nullable({ type: "integer", minimum: 1 }), description: "whole seconds to the window's planned end, rounded up; null when not active" },
      notice: nullable(ref("MaintenanceNotice")),
      message: { ...nullable(ref("Text")), description: "the full-page screen's message: the notice's frozen text while active, else the admin's default; null only where no screen texts exist" },
      inlineMessage: { ...nullable(ref("Text")), description: "the card form's inline message, as message" },
      available: keys("services and payment methods the window leaves usable through this channel (lib/affected), catalog keys; empty when not active"),
      unavailable: keys("services and payment methods the window stops or degrades on this channel, catalog keys; empty when not active"),
      resendAfterWindow: { type: "boolean", description: "whether requests made during the window must be sent again after it; false when not active" },
      next: {
        ...nullable(object({ start: instant, end: instant, notice: ref("MaintenanceNotice") })),
        description: "the next window to start on this channel after the instant; null when none is published",
      },
    },
    "The maintenance state of one channel at an instant (now unless `at` is given).",
  ),
  MaintenanceList: object({ channels: { type: "array", items: ref("MaintenanceState"), description: "every channel of the catalog, catalog order" } }),
  Unavailable: object({ error: { type: "string", enum: ["unavailable"] } }, "The instant asked for is before the maintenance snapshot and the database is unreachable: try again later."),
  Error: object({ error: { type: "string", enum: ["not_found"] } }),
  BadRequest: object(
    {
      error: { type: "string", enum: ["invalid_parameter"] },
      parameter: { type: "string", description: "the query parameter refused" },
      value: string,
      reason: {
        type: "string",
        enum: ["invalid", "unknown", "unsupported", "repeated"],
        description: "invalid: does not parse; unknown: no such catalog key; unsupported: not a parameter of this endpoint; repeated: given twice",
      },
      message: string,
    },
    "A query parameter the endpoint refuses (the HTML index drops it and says so instead).",
  ),
};

const conditionalParameters = [
  { name: "If-None-Match", in: "header", required: false, schema: string },
  { name: "If-Modified-Since", in: "header", required: false, schema: string },
];
// the parameters lib/api/list-query.ts takes (a unit test keeps the two lists equal)
const catalogParameter = (name: string, what: string) => ({
  name,
  in: "query",
  required: false,
  description: `only notices that stop or degrade this ${what} (a catalog key)`,
  schema: { type: "string", pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" },
});
const listParameters = [
  { name: "q", in: "query", required: false, description: "keywords, all of which the current revision's text contains", schema: { type: "string", maxLength: MAX_QUERY_LENGTH } },
  catalogParameter("service", "service"),
  catalogParameter("paymentMethod", "payment method"),
  catalogParameter("channel", "channel (integration method or screen)"),
  { name: "kind", in: "query", required: false, schema: { type: "string", enum: [...noticeKinds] } },
  { name: "year", in: "query", required: false, description: "a year (in Japan) in which a window starts", schema: { type: "integer", minimum: 2000, maximum: 2100 } },
];

const validators = {
  ETag: { description: "strong: the SHA-256 of the body", schema: string },
  "Last-Modified": { description: "the last change of the data behind the body", schema: string },
  "Cache-Control": { schema: string },
};
const ok = (schema: string, description: string) => ({ description, headers: validators, content: { "application/json": { schema: ref(schema) } } });
const maintenanceHeaders = { ETag: validators.ETag, "Cache-Control": { description: "never longer than until the next window edge, at most 60 s", schema: string } };
const notModified = { description: "The copy named by If-None-Match or If-Modified-Since is current (no body).", headers: validators };

// ───── webhooks (lib/notifications/webhook.ts sends them) ─────

const webhookSchemas = {
  WebhookEvent: object(
    {
      id: { type: "string", description: "the event id, also in the webhook-id header: the same on every retry of this message; drop an id you have seen" },
      type: { type: "string", enum: ["notice.published", "window.reminder", "window.started", "window.ended"] },
      createdAt: { ...instant, description: "when the message became due (UTC instant)" },
      notice: object({ slug: string, url: ref("BothTexts"), title: ref("Text") }),
      revision: object({
        number: { type: "integer", minimum: 1 },
        amendment: nullable(object({ type: { type: "string", enum: [...amendmentTypes] }, summary: ref("Text") })),
      }),
      windows: { type: "array", items: object({ key: string, startsAt: instant, endsAt: instant, status: { type: "string", enum: ["SCHEDULED", "CANCELLED"] } }) },
      window: nullable({ type: "string", description: "the key of the window a reminder, start or end is about; null for a publication" }),
      affected: ref("AffectedKeys"),
    },
    "A notification for a merchant's system.",
  ),
};

const signatureHowTo = `Each request is signed the Standard Webhooks way (https://www.standardwebhooks.com):
headers \`webhook-id\` (the event id), \`webhook-timestamp\` (Unix seconds) and
\`webhook-signature\`: \`v1,\` followed by the Base64 HMAC-SHA256 of
\`{webhook-id}.{webhook-timestamp}.{body}\` (the raw body bytes), keyed with the webhook's
secret as shown once when it was registered (its UTF-8 bytes). To verify: compute it over
the raw body, compare in constant time, and refuse a timestamp more than five minutes away
from your clock. In Node.js:

    const expected = crypto.createHmac("sha256", secret).update(\`\${id}.\${timestamp}.\${rawBody}\`).digest("base64");
    const ok = crypto.timingSafeEqual(Buffer.from(\`v1,\${expected}\`), Buffer.from(signatureHeader));

Answer 2xx within 10 s once stored. Anything else (another status, a timeout, a refused
connection) is retried with exponential backoff (1 min, doubling, at most 6 h between
attempts, 12 attempts), with the same id: a receiver may get an event twice and must drop
the repeat by its id. Redirects are not followed.`;

const webhooks = {
  maintenanceNotice: {
    post: {
      operationId: "maintenanceNoticeWebhook",
      summary: "A notice was published or amended, a window is about to start, has started or has ended",
      description: signatureHowTo,
      parameters: [
        { name: "webhook-id", in: "header", required: true, description: "the event id (= body.id)", schema: string },
        { name: "webhook-timestamp", in: "header", required: true, description: "Unix seconds when this attempt was signed", schema: { type: "string", pattern: "^[0-9]+$" } },
        { name: "webhook-signature", in: "header", required: true, description: "v1,<Base64 HMAC-SHA256 of id.timestamp.body>", schema: { type: "string", pattern: "^v1,[A-Za-z0-9+/=]+$" } },
      ],
      requestBody: { required: true, content: { "application/json": { schema: ref("WebhookEvent") } } },
      responses: { "2XX": { description: "Received: not sent again." }, default: { description: "Sent again later with the same id." } },
    },
  },
};

export function openApiDocument() {
  return {
    openapi: "3.1.0",
    info: {
      title: "Maintenance notices API",
      version: "1.0.0",
      description: "Published maintenance notices for merchants' systems. Times are UTC instants; texts come in Japanese and, where written, English.",
    },
    servers: [{ url: siteUrl("/api/v1") }],
    paths: {
      "/notices": {
        get: {
          operationId: "listNotices",
          summary: "Every published notice, or those the index lists for the same filters",
          description:
            "Without parameters, every published notice. With the public index's filters (/?service=…), exactly the notices the index lists for them: a notice matches a service, payment method or channel it stops or degrades (see AffectedKeys).",
          parameters: [...listParameters, ...conditionalParameters],
          responses: {
            "200": ok("NoticeList", "Published notices, newest window first."),
            "304": notModified,
            "400": { description: "A parameter that does not parse, names nothing in the catalog, or is not one of this endpoint's.", content: { "application/json": { schema: ref("BadRequest") } } },
          },
        },
      },
      "/notices/{slug}": {
        get: {
          operationId: "getNotice",
          summary: "One published notice in full",
          parameters: [{ name: "slug", in: "path", required: true, schema: string }, ...conditionalParameters],
          responses: {
            "200": ok("NoticeDetail", "The notice's current published revision."),
            "304": notModified,
            "404": { description: "No published notice has this slug.", content: { "application/json": { schema: ref("Error") } } },
          },
        },
      },
      "/maintenance": {
        get: {
          operationId: "getMaintenanceState",
          summary: "The maintenance state of a channel, or of every channel, now or at an instant",
          description:
            "For merchants' systems and deploy tooling; nothing on the payment API's runtime path depends on it. Answered from the server's snapshot of the published windows, which survives a database outage.",
          parameters: [
            { name: "channel", in: "query", required: false, description: "a channel's catalog key; without it, every channel", schema: { type: "string", pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" } },
            { name: "at", in: "query", required: false, description: "an ISO 8601 instant with its offset (a preview of that instant); default now", schema: { type: "string", format: "date-time" } },
            { name: "If-None-Match", in: "header", required: false, schema: string },
          ],
          responses: {
            "200": {
              description: "The channel's state (with `channel`), or every channel's.",
              headers: maintenanceHeaders,
              content: { "application/json": { schema: { anyOf: [ref("MaintenanceState"), ref("MaintenanceList")] } } },
            },
            "304": { description: "The copy named by If-None-Match is current (no body).", headers: maintenanceHeaders },
            "400": { description: "`at` that is no instant, a parameter given twice, or one this endpoint does not take.", content: { "application/json": { schema: ref("BadRequest") } } },
            "404": { description: "No channel of the catalog has this key.", content: { "application/json": { schema: ref("Error") } } },
            "503": {
              description: "An instant before the snapshot was asked for while the database is unreachable, or no snapshot exists yet.",
              headers: { "Retry-After": { schema: string } },
              content: { "application/json": { schema: ref("Unavailable") } },
            },
          },
        },
      },
      ...merchantImportPaths,
    },
    webhooks,
    components: {
      schemas: { ...schemas, ...webhookSchemas, RevisionContent: revisionContentJsonSchema(), ...merchantImportSchemas },
      securitySchemes: merchantImportSecuritySchemes,
    },
  };
}
