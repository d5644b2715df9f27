import { calendarDocument } from "@/lib/feeds/documents";
import { conditionalResponse, contentTypes } from "@/lib/feeds/conditional";
import { isLocale } from "@/lib/i18n/locale";

// read at request time: an extension or a cancellation must reach calendars within the cache's minute
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response("Not found", { status: 404 });
  return conditionalResponse(request, await calendarDocument(locale), contentTypes.calendar);
}
