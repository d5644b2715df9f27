import { atomFeedDocument } from "@/lib/feeds/documents";
import { conditionalResponse, contentTypes } from "@/lib/feeds/conditional";

// read at request time: the feed must show a publication within the cache's minute
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return conditionalResponse(request, await atomFeedDocument("en"), contentTypes.atom);
}
