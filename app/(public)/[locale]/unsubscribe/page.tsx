import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { UnsubscribePage } from "@/components/subscriptions/subscription-pages";
import { routeLocale } from "@/lib/i18n/route-locale";
import { subscriptionByManageToken } from "@/lib/notifications/subscriptions/commands";
import { subscriptionMessages } from "@/lib/notifications/subscriptions/messages";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: subscriptionMessages[await routeLocale(params)].unsubscribe.title, robots: { index: false } };
}

// The List-Unsubscribe link's page: opening it changes nothing (mail scanners prefetch
// links); its button posts the one-click unsubscribe (app/api/subscriptions/unsubscribe).
export default async function Page({ params, searchParams }: Props) {
  const locale = await routeLocale(params);
  const { token } = await searchParams;
  const subscription = typeof token === "string" ? await subscriptionByManageToken(token) : null;
  if (!subscription) notFound();
  return <UnsubscribePage locale={locale} token={token as string} email={subscription.email} subscribed={subscription.subscribed} />;
}
