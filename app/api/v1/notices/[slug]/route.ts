import { noticeDetailDocument } from "@/lib/api/documents";
import { conditionalResponse, contentTypes, notFound } from "@/lib/feeds/conditional";

// read at request time: status and windows change with publications and the clock
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const document = await noticeDetailDocument((await params).slug);
  return document ? conditionalResponse(request, document, contentTypes.json) : notFound("json");
}
