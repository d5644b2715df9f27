import type { Metadata } from "next";
import { UnsubscribedPage } from "@/components/subscriptions/subscription-pages";
import { routeLocale } from "@/lib/i18n/route-locale";
import { subscriptionMessages } from "@/lib/notifications/subscriptions/messages";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: subscriptionMessages[await routeLocale(params)].unsubscribe.doneTitle, robots: { index: false } };
}

export default async function Page({ params }: Props) {
  return <UnsubscribedPage locale={await routeLocale(params)} />;
}
