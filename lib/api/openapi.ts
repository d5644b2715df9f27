// The OpenAPI 3.1 description of the public JSON API. The envelopes are written by
// hand; the revision content is generated from the zod schema the application
// itself validates content with, so the two cannot drift apart. An integration
// test checks real responses against the required properties declared here.
import { z } from "zod";
import { amendmentTypes, noticeKinds, revisionContentSchema } from "@/lib/notices/content/schema";
import { siteUrl } from "@/lib/site-url";

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
  AffectedKeys: object(
    {
      services: keys("service keys, including the services of the channels named"),
      paymentMethods: keys("payment method keys"),
      channels: keys("channel (integration method or screen) keys"),
      audiences: keys("audience keys"),
    },
    "Catalog keys named by the notice's impact tables, in catalog order.",
  ),
  Amendment: object(
    { type: { type: "string", enum: [...amendmentTypes] }, publishedAt: instant, summary: ref("Text") },
    "The latest amendment readers were told about (never EDITORIAL).",
  ),
  NoticeListItem: object({
    slug: string,
    kind: { type: "string", enum: [...noticeKinds] },
    title: ref("Text"),
    status: { type: "string", enum: ["upcoming", "in-progress", "past"], description: "derived from the windows and the current time" },
    windows: { type: "array", items: ref("Window") },
    affected: ref("AffectedKeys"),
    amendment: nullable(ref("Amendment")),
    firstPublishedAt: instant,
    updatedAt: { ...instant, description: "the latest visible amendment, else the first publication" },
    url: ref("BothTexts"),
  }),
  NoticeList: object({ notices: { type: "array", items: ref("NoticeListItem") } }),
  HistoryEntry: object({
    number: { type: "integer", minimum: 1 },
    publishedAt: instant,
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
    Object.fromEntries(
      ["organizationJa", "organizationEn", "departmentJa", "departmentEn", "freeDial", "phone", "hoursLabelJa", "hoursLabelEn", "hours", "email"].map((k) => [
        k,
        k.endsWith("Ja") ? string : nullable(string),
      ]),
    ),
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
        publishedAt: instant,
        content: ref("RevisionContent"),
        contact: nullable(ref("ContactSnapshot")),
        issuer: nullable(ref("IssuerSnapshot")),
        history: { type: "array", items: ref("HistoryEntry"), description: "every published revision, oldest first, EDITORIAL included" },
        derived: ref("Derived"),
      }),
    ],
  },
  Error: object({ error: { type: "string", enum: ["not_found"] } }),
};

const conditionalParameters = [
  { name: "If-None-Match", in: "header", required: false, schema: string },
  { name: "If-Modified-Since", in: "header", required: false, schema: string },
];
const validators = {
  ETag: { description: "strong: the SHA-256 of the body", schema: string },
  "Last-Modified": { description: "the last change of the data behind the body", schema: string },
  "Cache-Control": { schema: string },
};
const ok = (schema: string, description: string) => ({ description, headers: validators, content: { "application/json": { schema: ref(schema) } } });
const notModified = { description: "The copy named by If-None-Match or If-Modified-Since is current (no body).", headers: validators };

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
          summary: "Every published notice",
          parameters: conditionalParameters,
          responses: { "200": ok("NoticeList", "Published notices, newest window first."), "304": notModified },
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
    },
    components: { schemas: { ...schemas, RevisionContent: revisionContentJsonSchema() } },
  };
}
