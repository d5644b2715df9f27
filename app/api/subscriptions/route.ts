import { requestSubscription } from "@/lib/notifications/subscriptions/commands";
import { bodyLocale, problem, readBody, requestClientAddress, seeOther, wantsJson } from "@/lib/notifications/subscriptions/http";

// The subscription form (app/(public)/[locale]/subscribe): a confirmation mail, or a
// link to the settings of an address already subscribed; the same answer for both.
export async function POST(request: Request) {
  const body = await readBody(request);
  const locale = bodyLocale(body);
  if (!body) return problem(request, locale, 400);
  const outcome = await requestSubscription(body, { address: requestClientAddress(request) });
  if (outcome.status === 200) return wantsJson(request) ? Response.json({ ok: true }, { status: 202, headers: { "Cache-Control": "no-store" } }) : seeOther(locale, "/subscribe/sent");
  return problem(request, locale, outcome.status, outcome);
}
