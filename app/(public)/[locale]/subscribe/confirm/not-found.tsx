import { locale as rootLocale } from "next/root-params";
import { InvalidLinkPage } from "@/components/subscriptions/subscription-pages";
import { isLocale } from "@/lib/i18n/locale";

// A token that is unknown, expired or used: 404, with what to do next.
export default async function NotFound() {
  const value = await rootLocale();
  return <InvalidLinkPage locale={value && isLocale(value) ? value : "ja"} />;
}
