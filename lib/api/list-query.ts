// The query string of GET /api/v1/notices: the index's filters (`?service=`,
// `?paymentMethod=`, `?channel=`, `?kind=`, `?year=`, `?q=`), parsed by the index's own
// parser (lib/notices/index-query.ts) so that both answer the same set for the same
// query. Where the HTML index drops a bad condition and says so, an API client gets 400:
// a program that sent `paymentMethod=creditcard` must learn it, not receive every notice.
import { parseIndexQuery, type CatalogKeys, type IndexQuery, type IndexQueryKey } from "@/lib/notices/listing/query";

/** The index's parameters the API takes; `page` is not one (the API answers every match). */
export const apiListParams = ["q", "service", "paymentMethod", "channel", "kind", "year"] as const satisfies readonly IndexQueryKey[];

export interface ApiParamProblem {
  error: "invalid_parameter";
  parameter: string;
  value: string;
  /** invalid: does not parse; unknown: the catalog has no such key; unsupported: not a parameter of this endpoint; repeated: given twice */
  reason: "invalid" | "unknown" | "unsupported" | "repeated";
  message: string;
}

const messages: Record<ApiParamProblem["reason"], (param: string) => string> = {
  invalid: (p) => `"${p}" has a value this endpoint cannot read`,
  unknown: (p) => `"${p}" names no catalog entry`,
  unsupported: (p) => `"${p}" is not a parameter of this endpoint (it takes ${apiListParams.join(", ")})`,
  repeated: (p) => `"${p}" is given more than once`,
};

const problem = (parameter: string, value: string, reason: ApiParamProblem["reason"]): ApiParamProblem => ({
  error: "invalid_parameter",
  parameter,
  value,
  reason,
  message: messages[reason](parameter),
});

/** The query, or the first parameter the API refuses. */
export function parseApiListQuery(params: URLSearchParams, catalog: CatalogKeys): { query: IndexQuery } | { problem: ApiParamProblem } {
  for (const name of new Set(params.keys())) {
    if (!(apiListParams as readonly string[]).includes(name)) return { problem: problem(name, params.get(name) ?? "", "unsupported") };
    if (params.getAll(name).length > 1) return { problem: problem(name, params.getAll(name).join(","), "repeated") };
  }
  const { query, problems } = parseIndexQuery(Object.fromEntries(params), catalog);
  const first = problems[0];
  return first ? { problem: problem(first.param, first.value, first.reason) } : { query };
}

/** 400 with the problem as JSON; not cached, as a corrected request may follow at once. */
export function badRequest(body: ApiParamProblem): Response {
  return Response.json(body, { status: 400, headers: { "Cache-Control": "no-store" } });
}
