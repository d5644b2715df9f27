import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ConfirmPage } from "@/components/subscriptions/subscription-pages";
import { routeLocale } from "@/lib/i18n/route-locale";
import { peekConfirmation } from "@/lib/notifications/subscriptions/commands";
import { subscriptionMessages } from "@/lib/notifications/subscriptions/messages";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: subscriptionMessages[await routeLocale(params)].confirm.title, robots: { index: false } };
}

// Opening the link changes nothing: the button confirms (app/api/subscriptions/confirm).
export default async function Page({ params, searchParams }: Props) {
  const locale = await routeLocale(params);
  const { token } = await searchParams;
  const pending = typeof token === "string" ? await peekConfirmation(token) : null;
  if (!pending) notFound();
  return <ConfirmPage locale={locale} email={pending.email} token={token as string} />;
}
