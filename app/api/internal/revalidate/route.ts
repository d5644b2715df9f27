import { timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { SLUG_PATTERN } from "@/lib/notices/published/directory";
import { freshnessSecret } from "@/lib/freshness/loopback";
import { revalidateAllNotices, revalidateNotice } from "@/lib/freshness/revalidate";

// Called only by this process's own freshness loop (lib/freshness/loopback.ts),
// with a secret that never leaves the process; anything else gets a 404.
const body = z.union([z.object({ slugs: z.array(z.string().regex(SLUG_PATTERN)).max(1000) }), z.object({ all: z.literal(true) })]);

export async function POST(request: Request) {
  const given = Buffer.from(request.headers.get("x-freshness-secret") ?? "");
  const expected = Buffer.from(freshnessSecret());
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return new Response(null, { status: 404 });
  const parsed = body.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: "invalid_body" }, { status: 400 });
  if ("all" in parsed.data) revalidateAllNotices();
  else for (const slug of parsed.data.slugs) revalidateNotice(slug);
  return new Response(null, { status: 204 });
}
