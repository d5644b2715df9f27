import { noticeListDocument } from "@/lib/api/documents";
import { conditionalResponse, contentTypes } from "@/lib/feeds/conditional";

// read at request time: status and windows change with publications and the clock
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return conditionalResponse(request, await noticeListDocument(), contentTypes.json);
}
