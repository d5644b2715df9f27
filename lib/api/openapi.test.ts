import { describe, expect, it } from "vitest";
import { feedNotice } from "@/lib/feeds/test-fixtures";
import { checkSchema } from "@/test/json-schema-check";
import { noticeList } from "./notice-list";
import { apiListParams } from "./list-query";
import { openApiDocument } from "./openapi";
import { maintenanceJson, maintenanceParams } from "./maintenance-json";
import { maintenanceStatesAt } from "@/lib/maintenance/state";
import { snapshotNotice, snapshotOf } from "@/lib/maintenance/test-fixtures";
import * as notice000 from "@/prisma/seed/notice-000";

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

  it("declares exactly the properties a maintenance state has, active or not, and the parameters the endpoint takes", () => {
    // 000's window, during it: some channels active (with a notice), test-environment too, none idle; then after it
    const snapshot = snapshotOf([snapshotNotice(notice000.slug, notice000.revision2)]);
    for (const at of ["2019-07-28T18:00:00Z", "2019-07-28T12:00:00Z", "2019-07-29T00:00:00Z"]) {
      const body = json({ channels: maintenanceStatesAt(snapshot, new Date(at)).map(maintenanceJson) });
      const state = document.components.schemas.MaintenanceState as { required: string[] };
      expect(state.required.sort()).toEqual(Object.keys(body.channels[0]).sort());
      expect(checkSchema(body, document.components.schemas.MaintenanceList, document), at).toEqual([]);
    }
    const declared = document.paths["/maintenance"].get.parameters.filter((p) => p.in === "query").map((p) => p.name);
    expect(declared).toEqual([...maintenanceParams]);
  });
});
