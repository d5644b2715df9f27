import { describe, expect, it } from "vitest";
import { feedNotice } from "@/lib/feeds/test-fixtures";
import { checkSchema } from "@/test/json-schema-check";
import { noticeList } from "./notice-list";
import { apiListParams } from "./list-query";
import { openApiDocument } from "./openapi";

const document = openApiDocument();
const json = (value: unknown) => JSON.parse(JSON.stringify(value));

describe("openApiDocument", () => {
  it("is OpenAPI 3.1 and every $ref in it resolves", () => {
    expect(document.openapi).toBe("3.1.0");
    const refs = JSON.stringify(document).match(/"\$ref":"[^"]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      const name = ref.split("/").at(-1)!.replace(/"$/, "");
      expect(document.components.schemas).toHaveProperty(name);
    }
  });

  it("declares exactly the properties a list item has, all required", () => {
    const body = json(noticeList([feedNotice([{ type: "ADDENDUM", at: "2019-07-23T01:00:00Z" }]), feedNotice([], { slug: "other" })], new Date()));
    const item = document.components.schemas.NoticeListItem as { required: string[] };
    expect(item.required.sort()).toEqual(Object.keys(body.notices[0]).sort());
    expect(checkSchema(body, document.components.schemas.NoticeList, document)).toEqual([]);
  });

  it("is checked strictly: a missing property or a wrong type is reported", () => {
    const problems = checkSchema({ notices: [{ slug: 1 }] }, document.components.schemas.NoticeList, document);
    expect(problems).toContain("$.notices[0].slug: integer, expected string");
    expect(problems).toContain("$.notices[0].windows: missing (required)");
  });

  it("describes the revision content from the zod schema, dates as date-time strings", () => {
    const content = JSON.stringify(document.components.schemas.RevisionContent);
    expect(content).toContain('"format":"date-time"');
    expect(content).not.toContain("$schema");
  });

  it("declares exactly the query parameters the list takes", () => {
    const declared = document.paths["/notices"].get.parameters.filter((p) => p.in === "query").map((p) => p.name);
    expect(declared).toEqual([...apiListParams]);
  });

  it("describes the impact and the affected keys from the zod schemas the application stores them with", () => {
    const impact = document.components.schemas.Impact as { required: string[]; properties: Record<string, unknown> };
    expect(impact.required.sort()).toEqual(["channels", "paymentMethods", "services"]);
    expect(JSON.stringify(impact)).toContain('"enum":["unavailable","degraded","available"]');
  });
});
