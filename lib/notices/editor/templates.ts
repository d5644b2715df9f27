// The five starting points of a new notice (定期 / 臨時 / 緊急 / 障害 / お知らせ): the
// letter's fixed parts (addressee, greeting, 記, the section skeleton, 以上 and the
// contact block) filled in, so the writer only adds what is particular to this notice.
// The wording follows the reference notices (fixtures/reference-notices/).
import type { NoticeKind } from "@/lib/generated/prisma/enums";
import type { RevisionContentInput, SectionContentInput } from "@/lib/notices/content/schema";

export interface TemplateInput {
  kind: NoticeKind;
  titleJa: string;
  /** the contact block's entry (Contact.key) */
  contactKey: string;
  /** the first window, if already known */
  window?: { startsAt: Date; endsAt: Date };
}

const greeting = "平素は格別のご高配を賜り、厚く御礼申し上げます。";
const apology = "加盟店の皆様および購入者様には大変ご迷惑をおかけいたしますが、ご理解ご協力の程宜しくお願い申し上げます。";
const seeBelow = "詳細につきまして、下記をご覧くださいませよう、お願い申し上げます。";
const noAction = "すべての加盟店様で実施していただく必要のある作業はございません。";

const leads: Record<NoticeKind, string> = {
  SCHEDULED: `${greeting}\n\n下記日時において定期システムメンテナンスを実施いたします。メンテナンス中はサービスがご利用いただけません。\n\n${apology}\n\n${seeBelow}`,
  EXTRAORDINARY: `${greeting}\n\n下記日時において臨時システムメンテナンスを実施いたします。メンテナンス中はサービスがご利用いただけません。\n\n${apology}\n\n${seeBelow}`,
  EMERGENCY: `${greeting}\n\n下記日時において緊急メンテナンスを実施いたします。急なご案内となり誠に申し訳ございません。\n\n${apology}\n\n${seeBelow}`,
  INCIDENT: `${greeting}\n\n下記日時において、サービスがご利用いただけない障害が発生いたしました。加盟店の皆様および購入者様には大変ご迷惑をおかけいたしましたことを深くお詫び申し上げます。\n\n${seeBelow}`,
  INFORMATION: `${greeting}\n\n${seeBelow}`,
};

const prose = (ja: string) => ({ type: "PROSE" as const, body: { ja } });
const section = (key: string, heading: string, blocks: SectionContentInput["blocks"]): SectionContentInput => ({ key, heading: { ja: heading }, blocks });

const timeSection = (label: string) =>
  section("target", "対象サービス及び日時", [{ type: "WINDOWS", label: { ja: label }, emphasis: true }, prose("(停止するサービスと影響をここに書きます)")]);
const actionSection = section("merchant-action", "加盟店様で必須となる対応の有無", [{ type: "MERCHANT_ACTION" }]);
const contactSection = section("contact", "本件に関する問い合わせ先", [{ type: "CONTACT" }]);

function sections(kind: NoticeKind): SectionContentInput[] {
  switch (kind) {
    case "SCHEDULED":
    case "EXTRAORDINARY":
    case "EMERGENCY":
      return [timeSection("サービス停止時間帯"), section("content", "メンテナンス実施内容", [prose("(実施する作業の内容をここに書きます)")]), actionSection, contactSection];
    case "INCIDENT":
      return [
        timeSection("障害発生時間帯"),
        section("cause", "発生原因", [prose("(原因をここに書きます)")]),
        section("measures", "今後の対応", [prose("(再発防止策をここに書きます)")]),
        actionSection,
        contactSection,
      ];
    case "INFORMATION":
      return [section("content", "お知らせ内容", [prose("(お知らせの内容をここに書きます)")]), contactSection];
  }
}

/** A new notice's first draft for `kind`, with the letter's fixed parts filled in. */
export function templateContent(input: TemplateInput): RevisionContentInput {
  return {
    title: { ja: input.titleJa },
    addressee: { ja: "加盟店各位", en: "To our merchants" },
    signed: true,
    lead: { ja: leads[input.kind] },
    hasKi: true,
    hasIjo: true,
    merchantAction: { level: "NONE", text: { ja: noAction } },
    contactKey: input.contactKey,
    windows: input.window ? [{ key: "main", startsAt: input.window.startsAt, endsAt: input.window.endsAt }] : [],
    sections: sections(input.kind),
  };
}

/**
 * "A copy of an earlier notice with new windows": its content, with every window moved
 * by the same amount so that the first starts at `firstStart` (their lengths and gaps
 * stay), and without the earlier notice's amendment.
 */
export function copiedContent(earlier: RevisionContentInput, firstStart: Date): RevisionContentInput {
  const { amendment: _amendment, ...content } = earlier;
  const windows = content.windows ?? [];
  const starts = windows.map((w) => new Date(w.startsAt as string | Date).getTime());
  const shift = starts.length ? firstStart.getTime() - Math.min(...starts) : 0;
  const moved = (at: string | Date) => new Date(new Date(at).getTime() + shift);
  return { ...content, windows: windows.map((w) => ({ ...w, status: "SCHEDULED", startsAt: moved(w.startsAt as string | Date), endsAt: moved(w.endsAt as string | Date) })) };
}
