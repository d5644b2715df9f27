import { updateSubscription } from "@/lib/notifications/subscriptions/commands";
import { bodyLocale, problem, readBody, seeOther } from "@/lib/notifications/subscriptions/http";

// The manage page's form: the language and the filter, by the subscriber's token.
export async function POST(request: Request) {
  const body = await readBody(request);
  const locale = bodyLocale(body);
  if (!body) return problem(request, locale, 400);
  const outcome = await updateSubscription(body);
  if (outcome.status === 200) return seeOther(outcome.locale, `/subscribe/manage?token=${String(body.token)}&saved=1`);
  return problem(request, locale, outcome.status, outcome);
}
