import { badRequest } from "@/lib/api/list-query";
import { maintenanceDocument } from "@/lib/api/maintenance";
import { conditionalResponse, contentTypes, notFound } from "@/lib/feeds/conditional";

// read at request time, from the snapshot in memory (lib/api/maintenance.ts says when the database is read)
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const answer = await maintenanceDocument(new URL(request.url).searchParams);
  if ("problem" in answer) return badRequest(answer.problem);
  if ("notFound" in answer) return notFound("json");
  if ("unavailable" in answer)
    return Response.json({ error: "unavailable" }, { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": "10" } });
  const response = conditionalResponse(request, { body: answer.body, lastModified: null }, contentTypes.json);
  response.headers.set("Cache-Control", `public, max-age=${answer.maxAgeSeconds}`);
  return response;
}
