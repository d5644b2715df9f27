// Reference notice 000 (fixtures/reference-notices/000_1422b730ae92d9b5.txt):
// 定期 maintenance 2019-07-29 02:00–07:00 JST, first published 6/22, amended 7/23
// with section 3 (delays). Entered as data, not pasted text.
import { screenTexts } from "./catalog";
import type { RevisionContentInput, SectionContentInput } from "@/lib/notices/content/schema";

export const slug = "2019-07-29-webcollect-scheduled-maintenance";
export const firstPublishedAt = new Date("2019-06-22T01:00:00Z"); // 10:00 JST
export const amendedAt = new Date("2019-07-23T01:00:00Z");

const switchesToScreen = {
  ja: "「クロネコwebコレクトメンテナンスのお知らせ」画面 (【別紙①】参照)に切替わり、ご利用できません。",
  en: "Switches to the “Kuroneko Web Collect maintenance notice” screen (see Attachment 1) and cannot be used.",
};

const sections: Record<string, SectionContentInput> = {
  content: {
    key: "content",
    heading: { ja: "メンテナンス実施内容", en: "What the maintenance does" },
    blocks: [
      {
        type: "PROSE",
        body: {
          ja: "「クロネコwebコレクト」において PCI DSS[^pci-dss] に準拠するため、セキュリティパッチ[^security-patch] の適用を行います。複数台構成のデータベースサーバが対象のため、長時間のサービス停止となります。安心、安全なサービスを継続するため必要な作業となりますので、重ねてご理解のほどよろしくお願いいたします。",
          en: "To comply with PCI DSS[^pci-dss], we will apply security patches[^security-patch] to Kuroneko Web Collect. Because the work covers a database server cluster of several machines, the service will stop for a long time. The work is necessary to keep the service safe and secure, and we ask again for your understanding.",
        },
        footnotes: [
          {
            key: "pci-dss",
            text: {
              ja: "PCI DSS とは、カード会員情報の保護を目的として、国際ペイメントブランド 5 社 (アメリカンエキスプレス、Discover、JCB、マスターカード、VISA) が共同で策定したカード情報セキュリティの国際統一基準です。",
              en: "PCI DSS is the international card data security standard jointly developed by the five international payment brands (American Express, Discover, JCB, Mastercard and VISA) to protect cardholder data.",
            },
          },
          {
            key: "security-patch",
            text: {
              ja: "セキュリティパッチとは、公開されたソフトウェアで発見された問題点や脆弱性に対し、これらの不具合を解決するためのプログラムのことです。",
              en: "A security patch is a program that fixes problems and vulnerabilities found in released software.",
            },
          },
        ],
      },
    ],
  },
  target: {
    key: "target",
    heading: { ja: "対象サービス及び日時", en: "Affected services and time" },
    blocks: [
      { type: "WINDOWS", label: { ja: "サービス停止日時", en: "Service outage" } },
      {
        type: "IMPACT_TABLE",
        columns: [
          { role: "AUDIENCE", header: { ja: "対象", en: "Who" }, groupRows: true },
          { role: "CHANNEL", header: { ja: "サービス", en: "Service" } },
          { role: "EFFECT", header: { ja: "影響範囲", en: "Effect" } },
        ],
        rows: [
          {
            cells: [
              { refs: ["buyers"] },
              { refs: ["link-payment-page"], label: { ja: "リンク方式お支払い\n手続き画面", en: "Link-type payment pages" } },
              {
                text: {
                  ja: "「クロネコwebコレクトメンテナンスのお知らせ」画面 (【別紙 1】参照) に切替わり、お支払い手続きができません。",
                  en: "Switches to the “Kuroneko Web Collect maintenance notice” screen (see Attachment 1); payments cannot be made.",
                },
              },
            ],
          },
          {
            cells: [
              { refs: ["merchants", "buyers"] },
              { refs: ["token-embedded", "api"], label: { ja: "トークン(組込)\nAPI 方式", en: "Token (embedded)\nAPI" } },
              {
                text: {
                  ja: "トークン発行時および API リクエスト時に、 メンテナンスエラーコード「{{errorCode}}」を返却します。[^test-environment]",
                  en: "Token issuing and API requests return the maintenance error code “{{errorCode}}”.[^test-environment]",
                },
              },
            ],
          },
          {
            cells: [
              { refs: ["merchants", "buyers"] },
              { refs: ["token-modal", "kuroneko-pay-modal"], label: { ja: "トークン(モーダル)\nクロネコペイ(モーダル)", en: "Token (modal)\nKuroneko Pay (modal)" } },
              {
                text: {
                  ja: "カード情報入力完了ボタン押下時に、 「クロネコwebコレクトメンテナンスのお知らせ」画面 (【別紙①】参照)に切替わり、ご利用できません。[^test-environment]",
                  en: "When the card-details completion button is pressed, the page switches to the “Kuroneko Web Collect maintenance notice” screen (see Attachment 1) and cannot be used.[^test-environment]",
                },
              },
            ],
          },
          { cells: [{ refs: ["merchants"] }, { refs: ["merchant-console"] }, { text: switchesToScreen }] },
          { cells: [{ refs: ["merchants"] }, { refs: ["test-environment"] }, { text: switchesToScreen }] },
        ],
        footnotes: [{ key: "test-environment", text: { ja: "テスト環境についても同様です。", en: "The same applies to the test environment." } }],
      },
    ],
  },
  delays: {
    key: "delays",
    heading: {
      ja: "メンテナンスによる本与信および日中警報(初回)の遅延について",
      en: "Delays to final authorisation and to the first daytime alerts caused by the maintenance",
    },
    blocks: [
      {
        type: "DELAYS",
        items: [
          {
            title: { ja: "「予約販売」と「継続課金」の本与信時間の遅延", en: "Later final authorisation of reservation sales and recurring billing" },
            affected: {
              ja: "8月2日出荷予定日の「予約販売」または「継続課金」受注のある加盟店様",
              en: "Merchants with reservation-sale or recurring-billing orders whose ship date is 2 August",
            },
            usual: {
              ja: "通常、「予約販売」と「継続課金」は加盟店様ごとに設定された出荷予定日(含む)の5日前の午前5:30頃に「クロネコwebコレクト」にて自動の本与信を行い、その後本与信結果 (与信 OK,与信 NG) を POST 送信しています。",
              en: "Normally, Kuroneko Web Collect runs the final authorisation of reservation sales and recurring billing automatically at about 5:30 a.m. five days before (and including) each merchant's ship date, and then POSTs the result (authorised / declined).",
            },
            change: {
              ja: "今回は、本与信結果の POST 送信がメンテナンス終了後となるため、午前7時頃となります。",
              en: "This time the result is POSTed after the maintenance ends, at about 7:00 a.m.",
            },
          },
          {
            title: { ja: "日中警報の遅延", en: "Later daytime alerts" },
            affected: {
              ja: "「決済 NG 警報」「決済中断警報」「継続課金 NG 警報」の対象受注がある加盟店様",
              en: "Merchants with orders subject to the “payment declined”, “payment interrupted” or “recurring billing declined” alerts",
            },
            usual: {
              ja: "通常、「決済 NG 警報」「決済中断警報」「継続課金 NG 警報」が発生した場合、日中警報として初回は朝7時に対象加盟店様に警報メールを送信しています。",
              en: "Normally, when a “payment declined”, “payment interrupted” or “recurring billing declined” alert occurs, the first daytime alert mail is sent to the merchant at 7:00 a.m.",
            },
            change: { ja: "今回は、警報メールの初回は朝9時頃となります。", en: "This time the first alert mail is sent at about 9:00 a.m." },
          },
        ],
      },
    ],
  },
  future: {
    key: "future",
    heading: { ja: "今後のメンテナンスの予定", en: "Upcoming maintenance" },
    blocks: [
      {
        type: "FUTURE_PLAN",
        period: { year: 2019, month: 10, part: "late" },
        description: {
          ja: "「クロネコwebコレクト」の機能拡充のため、サービス停止を伴うシステムメンテナンスを予定しております。",
          en: "we plan a system maintenance with a service outage to extend the features of Kuroneko Web Collect.",
        },
        note: { ja: "詳細は確定次第、改めてご案内いたします。", en: "We will announce the details once they are fixed." },
      },
    ],
  },
  contact: {
    key: "contact",
    heading: { ja: "本件に関する問い合わせ先", en: "Contact for this notice" },
    blocks: [{ type: "CONTACT" }],
  },
  "attachment-1": {
    key: "attachment-1",
    kind: "ATTACHMENT",
    blocks: [
      { type: "PROSE", numbered: true, body: { ja: "メンテナンス中は以下の画面が表示されます。", en: "During the maintenance the following screen is shown." } },
      {
        type: "SCREEN_PREVIEW",
        variant: "FULL_PAGE",
        caption: {
          ja: "■加盟店管理画面/リンク方式お支払い手続き画面/テスト環境 (画面)\n■トークン(モーダル)/クロネコペイ(モーダル)",
          en: "■ Merchant console / link-type payment pages / test environment (screens)\n■ Token (modal) / Kuroneko Pay (modal)",
        },
      },
      {
        type: "ERROR_CODE",
        numbered: true,
        caption: { ja: "「クロネコwebコレクト」トークン(組込)/API 方式利用時", en: "Kuroneko Web Collect with token (embedded) / API" },
        text: {
          ja: "トークン発行時および API リクエスト時にメンテナンスエラーコード「{{errorCode}}」を返却します。",
          en: "Token issuing and API requests return the maintenance error code “{{errorCode}}”.",
        },
      },
    ],
  },
};

const base = {
  title: {
    ja: "「クロネコwebコレクト」定期システムメンテナンス実施(7/29)のお知らせ",
    en: "Kuroneko Web Collect scheduled system maintenance (29 July)",
  },
  signed: false,
  lead: {
    ja: [
      "平素は格別のご高配を賜り、厚く御礼申しあげます。",
      "「クロネコwebコレクト」のセキュリティ強化のため、下記日時においてシステムメンテナンスを実施いたします。メンテナンス中「クロネコwebコレクト」のサービスがご利用いただけません。",
      "加盟店の皆様および購入者様には大変ご迷惑をおかけいたしますが、ご理解ご協力の程宜しくお願い申し上げます。",
      "詳細につきまして、下記をご覧いただきますよう、お願い申しあげます。",
    ].join("\n\n"),
    en: [
      "Thank you for your continued support.",
      "To strengthen the security of Kuroneko Web Collect, we will carry out a system maintenance at the time below. Kuroneko Web Collect cannot be used during the maintenance.",
      "We apologise to merchants and buyers for the inconvenience and ask for your understanding and cooperation.",
      "Please see the details below.",
    ].join("\n\n"),
  },
  hasKi: true,
  hasIjo: false, // as extracted, this notice has no closing 以上
  merchantAction: { level: "NONE" as const },
  contactKey: "customer-service",
  windows: [
    {
      key: "main",
      startsAt: "2019-07-28T17:00:00Z", // 2019-07-29 02:00 JST
      endsAt: "2019-07-28T22:00:00Z", // 07:00 JST
      channelKeys: ["link-payment-page", "token-embedded", "api", "token-modal", "kuroneko-pay-modal", "merchant-console", "test-environment"],
    },
  ],
  screen: {
    ...screenTexts,
    errorCode: "Z010000000",
    modalBehavior: "FULL_PAGE" as const, // in this notice the token modal switches to the full page
    contactLines: {
      ja: ["ヤマトフィナンシャル株式会社 クロネコwebコレクト カスタマーサービスセンター", "電話: 03-6671-8080 (営業時間: 9:00 - 18:00)"],
      en: ["Yamato Financial Co., Ltd. Kuroneko Web Collect Customer Service Centre", "Phone: +81-3-6671-8080 (business hours: 9:00–18:00 JST)"],
    },
    channelKeys: ["link-payment-page", "token-modal", "kuroneko-pay-modal", "merchant-console", "test-environment"],
  },
};

const pick = (...keys: string[]) => keys.map((k) => sections[k]!);

/** As first published on 6/22. */
export const revision1: RevisionContentInput = {
  ...base,
  sections: pick("content", "target", "future", "contact", "attachment-1"),
};

/** The 7/23 amendment: section 3 added. */
export const revision2: RevisionContentInput = {
  ...base,
  sections: pick("content", "target", "delays", "future", "contact", "attachment-1"),
  amendment: {
    type: "ADDENDUM",
    summary: {
      ja: "「メンテナンスによる本与信および日中警報(初回)の遅延について」を追記",
      en: "Added the section on delays to final authorisation and to the first daytime alerts",
    },
    sectionKeys: ["delays"],
  },
};
