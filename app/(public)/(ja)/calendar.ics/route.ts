import { calendarDocument } from "@/lib/feeds/documents";
import { conditionalResponse, contentTypes } from "@/lib/feeds/conditional";

// read at request time: an extension or a cancellation must reach calendars within the cache's minute
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return conditionalResponse(request, await calendarDocument(), contentTypes.calendar);
}
