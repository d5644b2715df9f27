import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ManagePage } from "@/components/subscriptions/subscription-pages";
import { db } from "@/lib/db";
import { routeLocale } from "@/lib/i18n/route-locale";
import { filterOptions } from "@/lib/notifications/subscriptions/catalog";
import { subscriptionByManageToken } from "@/lib/notifications/subscriptions/commands";
import { subscriptionMessages } from "@/lib/notifications/subscriptions/messages";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: subscriptionMessages[await routeLocale(params)].manage.title, robots: { index: false } };
}

export default async function Page({ params, searchParams }: Props) {
  const locale = await routeLocale(params);
  const { token, confirmed, saved } = await searchParams;
  const subscription = typeof token === "string" ? await subscriptionByManageToken(token) : null;
  if (!subscription) notFound();
  const flash = confirmed === "1" ? "confirmed" : saved === "1" ? "saved" : null;
  return <ManagePage locale={locale} token={token as string} subscription={subscription} options={await filterOptions(db, locale)} flash={flash} />;
}
