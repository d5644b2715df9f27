import { confirmSubscription } from "@/lib/notifications/subscriptions/commands";
import { bodyLocale, problem, readBody, seeOther } from "@/lib/notifications/subscriptions/http";

// The confirmation page's button (the link itself only shows the page: mail scanners
// open links, and a GET must not confirm).
export async function POST(request: Request) {
  const body = await readBody(request);
  const outcome = await confirmSubscription(body?.token);
  if (outcome.status !== 200) return problem(request, bodyLocale(body), outcome.status === 400 ? 400 : 404);
  return seeOther(outcome.locale, `/subscribe/manage?token=${outcome.manageToken}&confirmed=1`);
}
