import { noticeCalendarDocument } from "@/lib/feeds/documents";
import { conditionalResponse, contentTypes, notFound } from "@/lib/feeds/conditional";

// read at request time: an extension or a cancellation must reach calendars within the cache's minute
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const document = await noticeCalendarDocument((await params).slug);
  return document ? conditionalResponse(request, document, contentTypes.calendar) : notFound("text");
}
