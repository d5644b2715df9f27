import { noticeCalendarDocument } from "@/lib/feeds/documents";
import { conditionalResponse, contentTypes, notFound } from "@/lib/feeds/conditional";
import { isLocale } from "@/lib/i18n/locale";

// read at request time: an extension or a cancellation must reach calendars within the cache's minute
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return notFound("text");
  const document = await noticeCalendarDocument(slug, locale);
  return document ? conditionalResponse(request, document, contentTypes.calendar) : notFound("text");
}
