import { noticeListDocument } from "@/lib/api/documents";
import { badRequest } from "@/lib/api/list-query";
import { conditionalResponse, contentTypes } from "@/lib/feeds/conditional";

// read at request time: status and windows change with publications and the clock
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const document = await noticeListDocument(new URL(request.url).searchParams);
  return "problem" in document ? badRequest(document.problem) : conditionalResponse(request, document, contentTypes.json);
}
