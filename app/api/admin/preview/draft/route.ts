import { draftMode } from "next/headers";
import { requireUser } from "@/lib/auth/session";
import { draftTarget, draftTargetQuery } from "@/lib/notices/preview/draft-target";

// Turns on Next's draft mode for a signed-in staff user and sends them to the public
// page of the revision (lib/notices/preview/draft-preview.ts renders it). It writes
// nothing but the draft-mode cookie; the page checks the staff session again on every
// request, so the cookie alone shows nobody a draft.
const noStore = { "Cache-Control": "no-store" };

export async function GET(request: Request): Promise<Response> {
  await requireUser();
  const parsed = draftTargetQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return Response.json({ error: parsed.error.issues[0]!.message }, { status: 400, headers: noStore });
  const target = await draftTarget(parsed.data.revision, parsed.data.locale);
  if (!target) return Response.json({ error: "プレビューできる版がありません。" }, { status: 404, headers: noStore });
  (await draftMode()).enable();
  return new Response(null, { status: 303, headers: { ...noStore, Location: target } });
}
