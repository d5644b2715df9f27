import type { Metadata } from "next";
import { SubscribePage } from "@/components/subscriptions/subscription-pages";
import { db } from "@/lib/db";
import { routeLocale } from "@/lib/i18n/route-locale";
import { filterOptions } from "@/lib/notifications/subscriptions/catalog";
import { subscriptionMessages } from "@/lib/notifications/subscriptions/messages";

// the catalog's current entries, read per request (an archived entry must not be offered)
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: subscriptionMessages[await routeLocale(params)].subscribe.title };
}

export default async function Page({ params }: Props) {
  const locale = await routeLocale(params);
  return <SubscribePage locale={locale} options={await filterOptions(db, locale)} />;
}
