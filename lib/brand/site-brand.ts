import "server-only";
import { unstable_cache } from "next/cache";
import { siteIssuer } from "./site-issuer";
import type { Locale } from "@/lib/i18n/locale";

// The brand of the public site (the product the notices are about, e.g.
// 「クロネコwebコレクト」) comes from the issuer record that admins edit, never from
// components. One site shows one issuer (site-issuer.ts says which).

export const BRAND_TAG = "brand";

export interface SiteBrand {
  serviceName: { ja: string; en: string | null };
  issuerName: { ja: string; en: string | null };
  logoPath: string | null;
}

/** The brand, read now (route handlers that read the database per request anyway). */
export async function readBrand(): Promise<SiteBrand> {
  const issuer = await siteIssuer();
  return {
    serviceName: { ja: issuer.serviceNameJa, en: issuer.serviceNameEn },
    issuerName: { ja: issuer.nameJa, en: issuer.nameEn },
    logoPath: issuer.logoPath,
  };
}

// an edit of the issuer record expires the tag (the console's admin action); five
// minutes bound it across instances
const cached = unstable_cache(readBrand, ["site-brand"], { tags: [BRAND_TAG], revalidate: 300 });

/** The brand through Next's data cache (pages). */
export const siteBrand = (): Promise<SiteBrand> => cached();

/** The service name in a locale, the Japanese where no English exists. */
export const brandServiceName = (brand: SiteBrand, locale: Locale): string =>
  locale === "en" && brand.serviceName.en ? brand.serviceName.en : brand.serviceName.ja;
