import { manageTokenLocale, unsubscribe } from "@/lib/notifications/subscriptions/commands";
import { bodyLocale, problem, readBody, seeOther } from "@/lib/notifications/subscriptions/http";

// The address of List-Unsubscribe in a subscriber's mails.
// GET (a person following the link, or a mail scanner): the page with the button; nothing changes.
// POST with "List-Unsubscribe=One-Click" (RFC 8058: the mail client's one-click, or the page's button): unsubscribes.

const tokenOf = (request: Request, body: Record<string, unknown> | null) => new URL(request.url).searchParams.get("token") ?? (typeof body?.token === "string" ? body.token : "");

export async function GET(request: Request) {
  const token = tokenOf(request, null);
  return seeOther((await manageTokenLocale(token)) ?? "ja", `/unsubscribe?token=${encodeURIComponent(token)}`);
}

export async function POST(request: Request) {
  const body = await readBody(request);
  const locale = bodyLocale(body);
  if (body?.["List-Unsubscribe"] !== "One-Click") return problem(request, locale, 400);
  const outcome = await unsubscribe(tokenOf(request, body));
  if (outcome.status !== 200) return problem(request, locale, 404);
  // the page's own button goes on to the page that says so; a mail client needs only the status
  if (body.from === "page") return seeOther(outcome.locale, "/unsubscribe/done");
  return new Response("unsubscribed\n", { status: 200, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}
