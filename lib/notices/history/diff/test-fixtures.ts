// Revision contents for the diff tests: the reference notice 000 as seeded, and
// helpers to derive variants of it.
import { revisionContentSchema, type RevisionContent } from "@/lib/notices/content/schema";
import type { ContactSnapshot, IssuerSnapshot } from "@/lib/notices/content/snapshots";
import * as catalog from "@/prisma/seed/catalog";
import * as notice000 from "@/prisma/seed/notice-000";
import type { RevisionSide } from "./project";

export const contact: ContactSnapshot = {
  organizationJa: "ヤマトフィナンシャル株式会社",
  organizationEn: "Yamato Financial Co., Ltd.",
  departmentJa: "クロネコwebコレクト カスタマーサービスセンター",
  departmentEn: "Kuroneko Web Collect Customer Service Centre",
  freeDial: "0120-00-0000",
  phone: "03-0000-0000",
  hoursLabelJa: "営業時間",
  hoursLabelEn: "Business hours",
  hours: "9:00 - 18:00",
  email: "support@example.com",
};

export const issuer: IssuerSnapshot = {
  nameJa: "ヤマトフィナンシャル株式会社",
  nameEn: "Yamato Financial Co., Ltd.",
  serviceNameJa: "クロネコwebコレクト",
  serviceNameEn: "Kuroneko Web Collect",
  logoPath: "/brand/logo.svg",
  copyrightJa: null,
  copyrightEn: null,
};

const names = new Map<string, { nameJa: string; nameEn: string }>([...catalog.services, ...catalog.paymentMethods, ...catalog.channels, ...catalog.audiences].map((e) => [e.key, e]));

/** As publication does (lib/notices/content/snapshots.ts): catalog cells without a label get the catalog's names. */
function freezeLabels(content: RevisionContent): RevisionContent {
  for (const block of content.sections.flatMap((s) => s.blocks))
    if (block.type === "IMPACT_TABLE")
      for (const cell of block.rows.flatMap((r) => r.cells))
        if (!cell.label && cell.refs.length) {
          const entries = cell.refs.map((k) => names.get(k)!);
          cell.label = { ja: entries.map((e) => e.nameJa).join("\n"), en: entries.map((e) => e.nameEn).join("\n") };
        }
  return content;
}

/** Notice 000 as published on 6/22 (1) or amended on 7/23 (2), as a fresh copy. */
export function notice000Side(revision: 1 | 2): RevisionSide {
  const content = revisionContentSchema.parse(revision === 1 ? notice000.revision1 : notice000.revision2);
  return { content: freezeLabels(content), contact: { ...contact }, issuer: { ...issuer } };
}

/** A copy of a side with its content changed by `edit` (which may mutate the copy). */
export function edited(side: RevisionSide, edit: (content: RevisionContent) => void): RevisionSide {
  const content = structuredClone(side.content);
  edit(content);
  return { ...side, content };
}
