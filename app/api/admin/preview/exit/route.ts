import { draftMode } from "next/headers";

// Ends draft mode (anyone may: it only removes the cookie) and returns to the console.
export async function GET(): Promise<Response> {
  (await draftMode()).disable();
  return new Response(null, { status: 303, headers: { "Cache-Control": "no-store", Location: "/admin" } });
}
