import { openApiJsonDocument } from "@/lib/api/documents";
import { conditionalResponse, contentTypes } from "@/lib/feeds/conditional";

// the servers entry follows PUBLIC_BASE_URL, which is read at run time, not build time
export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return conditionalResponse(request, openApiJsonDocument(), contentTypes.json);
}
