// Reference notice 001 (fixtures/reference-notices/001_5d1d7b2e9e4c009d.txt):
// 臨時 maintenance 2020-04-20 02:00–06:00 JST for new features, one revision.
import { screenTexts } from "./catalog";
import type { RevisionContentInput } from "@/lib/notices/content/schema";

export const slug = "2020-04-20-webcollect-extraordinary-maintenance";
export const publishedAt = new Date("2020-04-06T01:00:00Z");

const unavailable = (service: string, method: string, label?: { ja: string; en: string }) => ({
  cells: [{ refs: [service] }, { refs: [method], label }, { availability: "UNAVAILABLE" as const }],
});
const available = (service: string, method: string) => ({
  cells: [{ refs: [service] }, { refs: [method] }, { availability: "AVAILABLE" as const }],
});

export const revision1: RevisionContentInput = {
  title: {
    ja: "「クロネコwebコレクト」臨時システムメンテナンス実施(4/20)のお知らせ",
    en: "Kuroneko Web Collect extraordinary system maintenance (20 April)",
  },
  addressee: { ja: "加盟店各位", en: "To our merchants" },
  signed: true,
  lead: {
    ja: [
      "平素は格別のご高配を賜り、厚く御礼申し上げます。",
      "「クロネコwebコレクト」の機能拡充のため、下記日時においてシステムメンテナンスを実施いたします。メンテナンス中「クロネコwebコレクト」のサービスがご利用いただけません。",
      "加盟店の皆様および購入者様には大変ご迷惑をおかけいたしますが、ご理解ご協力の程宜しくお願い申し上げます。",
      "詳細につきまして、下記をご覧くださいませよう、お願い申し上げます。",
    ].join("\n\n"),
    en: [
      "Thank you for your continued support.",
      "To extend the features of Kuroneko Web Collect, we will carry out a system maintenance at the time below. Kuroneko Web Collect cannot be used during the maintenance.",
      "We apologise to merchants and buyers for the inconvenience and ask for your understanding and cooperation.",
      "Please see the details below.",
    ].join("\n\n"),
  },
  hasKi: true,
  hasIjo: true,
  merchantAction: {
    level: "CONDITIONAL",
    text: {
      ja: "すべての加盟店様で実施していただく必要のある作業はございません。",
      en: "No work is required of all merchants.",
    },
  },
  contactKey: "customer-service",
  windows: [
    {
      key: "main",
      startsAt: "2020-04-19T17:00:00Z", // 2020-04-20 02:00 JST
      endsAt: "2020-04-19T21:00:00Z", // 06:00 JST
      channelKeys: ["link-payment-page", "token-embedded", "api", "token-modal", "kuroneko-pay-modal", "merchant-console"],
    },
  ],
  screen: {
    ...screenTexts,
    errorCode: "Z010000000", // the letter's 「Z01000000」 is a typo (DESIGN.md, Decision 1)
    modalBehavior: "INLINE",
    channelKeys: ["link-payment-page", "token-modal", "kuroneko-pay-modal", "merchant-console"],
  },
  sections: [
    {
      key: "target",
      heading: { ja: "対象サービス及び日時", en: "Affected services and time" },
      blocks: [
        { type: "WINDOWS", label: { ja: "サービス停止時間帯", en: "Service outage" }, emphasis: true },
        {
          type: "IMPACT_TABLE",
          columns: [
            { role: "SERVICE", header: { ja: "対象サービス", en: "Service" }, groupRows: true },
            { role: "PAYMENT_METHOD", header: { ja: "決済方法", en: "Payment method" } },
            { role: "AVAILABILITY", header: { ja: "影響の有無", en: "Availability" } },
          ],
          rows: [
            unavailable("webcollect", "credit-card", {
              ja: "クレジットカード払い\n(ApplePay、タブレット決済、IVR決済、PayTG・ルミーズ端末含む)",
              en: "Credit card\n(including Apple Pay, tablet payments, IVR payments, PayTG and Rumies terminals)",
            }),
            unavailable("webcollect", "convenience-store"),
            unavailable("webcollect", "carrier"),
            unavailable("webcollect", "kuroneko-pay"),
            unavailable("atobarai", "credit-card"),
            unavailable("atobarai", "convenience-store"),
            available("atobarai", "au-easy-payment"),
            available("atobarai", "bank-transfer"),
            unavailable("atobarai", "kuroneko-pay"),
          ],
        },
        {
          type: "PROSE",
          body: {
            ja: "サービス停止期間中に決済があった場合、以下の影響があります。また、加盟店管理画面においても、「クロネコwebコレクトメンテナンスのお知らせ」画面が表示されます。",
            en: "Payments attempted during the outage are affected as follows. The merchant console also shows the “Kuroneko Web Collect maintenance notice” screen.",
          },
        },
        {
          type: "IMPACT_TABLE",
          columns: [
            { role: "CHANNEL", header: { ja: "決済方式", en: "Integration method" } },
            { role: "EFFECT", header: { ja: "影響", en: "Effect" } },
          ],
          rows: [
            {
              cells: [
                { refs: ["link-payment-page"], label: { ja: "リンク方式\nお支払い手続き画面", en: "Link-type\npayment pages" } },
                {
                  text: {
                    ja: "「クロネコwebコレクトメンテナンスのお知らせ」画面が表示されます。 【資料1】 参照",
                    en: "The “Kuroneko Web Collect maintenance notice” screen is shown. See Attachment 1.",
                  },
                },
              ],
            },
            {
              cells: [
                { refs: ["token-embedded", "api"] },
                {
                  text: {
                    ja: "トークン発行時およびAPIリクエスト時に、メンテナンスエラーコード「{{errorCode}}」を、加盟店ECサイトに返却します。",
                    en: "Token issuing and API requests return the maintenance error code “{{errorCode}}” to the merchant's online shop.",
                  },
                },
              ],
            },
            {
              cells: [
                { refs: ["token-modal"] },
                {
                  text: {
                    ja: "カード情報入力完了ボタン押下時に、「メンテナンス中です。時間をおいて再度アクセスしてください。」と表示されます。 【資料1】 参照",
                    en: "When the card-details completion button is pressed, “Under maintenance. Please try again later.” is shown. See Attachment 1.",
                  },
                },
              ],
            },
          ],
        },
        {
          type: "PROSE",
          body: {
            ja: "※ご利用の決済方式がわからない場合は、**【資料2】**をご参照ください。",
            en: "※ If you do not know which integration method you use, see **Attachment 2**.",
          },
        },
      ],
    },
    {
      key: "content",
      heading: { ja: "メンテナンス実施内容", en: "What the maintenance does" },
      blocks: [
        {
          type: "PROSE",
          body: {
            ja: "「クロネコwebコレクト」の機能拡充のため、システムメンテナンスを実施します。",
            en: "We will carry out a system maintenance to extend the features of Kuroneko Web Collect.",
          },
        },
        {
          type: "API_CHANGE",
          changes: [
            {
              endpoints: ["E04", "F04", "result-post"],
              endpointsLabel: {
                ja: "E04・F04（取引情報照会 API）と決済結果データ POST 通知",
                en: "E04 and F04 (transaction inquiry API) and the payment result POST notification",
              },
              fieldName: "settleMethod",
              fieldLabel: { ja: "決済手段", en: "payment means" },
              change: "VALUES_ADDED",
              values: ["14"],
              reason: { ja: "機能拡充に伴い、", en: "With the new features," },
              impact: {
                ja: "既存の固定値以外を受け取れない仕組みとしている場合、システムに影響を及ぼす可能性がございます。影響につきましては、御社システムご担当者様へご相談ください。",
                en: "Systems that accept only the existing fixed values may be affected. Please consult the engineers responsible for your systems.",
              },
            },
          ],
        },
      ],
    },
    {
      key: "merchant-action",
      heading: { ja: "加盟店様で必須となる対応の有無", en: "Required action by merchants" },
      blocks: [{ type: "MERCHANT_ACTION" }],
    },
    {
      key: "contact",
      heading: { ja: "本件に関する問い合わせ先", en: "Contact for this notice" },
      blocks: [{ type: "CONTACT" }],
    },
    {
      key: "attachment-1",
      kind: "ATTACHMENT",
      blocks: [
        { type: "PROSE", numbered: true, body: { ja: "メンテナンス中は以下の画面が表示されます。", en: "During the maintenance the following screens are shown." } },
        {
          type: "SCREEN_PREVIEW",
          variant: "FULL_PAGE",
          caption: { ja: "■加盟店管理画面/リンク方式お支払い手続き画面", en: "■ Merchant console / link-type payment pages" },
        },
        {
          type: "SCREEN_PREVIEW",
          variant: "INLINE",
          caption: { ja: "■トークン(モーダル)/クロネコペイ(モーダル)", en: "■ Token (modal) / Kuroneko Pay (modal)" },
        },
        {
          type: "ERROR_CODE",
          numbered: true,
          caption: { ja: "「クロネコwebコレクト」トークン(組込)/API方式利用時", en: "Kuroneko Web Collect with token (embedded) / API" },
          text: {
            ja: "トークン発行時およびAPIリクエスト時にメンテナンスエラーコード「{{errorCode}}」を返却します。",
            en: "Token issuing and API requests return the maintenance error code “{{errorCode}}”.",
          },
        },
      ],
    },
    {
      key: "attachment-2",
      kind: "ATTACHMENT",
      blocks: [
        {
          type: "PROSE",
          numbered: true,
          body: {
            ja: "ご利用の決済方式がわからない場合は、クロネコwebコレクト加盟店管理画面の、取引情報照会画面より、「決済方式」をご確認ください。",
            en: "If you do not know which integration method you use, check “決済方式 (integration method)” on the transaction inquiry screen of the Kuroneko Web Collect merchant console.",
          },
        },
        {
          type: "PROSE",
          body: { ja: "STEP : 取引情報照会 (検索) → 取引情報照会 (詳細)", en: "STEP: Transaction inquiry (search) → Transaction inquiry (details)" },
        },
        {
          type: "IMAGE",
          src: "/attachments/merchant-console-settle-method.svg",
          alt: {
            ja: "加盟店管理画面の取引情報照会(詳細)画面。決済基本情報の「決済方式」欄に「トークン方式」と表示されている例",
            en: "The transaction inquiry (details) screen of the merchant console, with “トークン方式 (token)” in the 決済方式 (integration method) field of the basic payment information",
          },
        },
      ],
    },
  ],
};
