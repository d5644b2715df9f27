// A revision content that fills every field the content schema declares, every
// block type included, for tests that must reach every text a revision can carry.
// schema.test.ts checks it stays complete when the schema grows.
import type { RevisionContentInput } from "./schema";

const l = (ja: string, en: string) => ({ ja, en });

export const completeContent = (): RevisionContentInput => ({
  title: l("「クロネコwebコレクト」定期システムメンテナンス実施(7/29)のお知らせ", "Scheduled maintenance (29 July)"),
  addressee: l("加盟店各位", "To our merchants"),
  signed: true,
  lead: l("平素は格別のご高配を賜り、厚く御礼申し上げます。\n\n下記日時においてメンテナンスを実施いたします。", "Thank you for your continued support."),
  hasKi: true,
  hasIjo: true,
  merchantAction: {
    level: "CONDITIONAL",
    condition: l("未知の settleMethod の値を拒否するシステム", "Systems that reject unknown settleMethod values"),
    text: l("settleMethod の値を確認してください。", "Check the settleMethod values."),
  },
  contactKey: "customer-service",
  windows: [{ key: "main", startsAt: "2019-07-28T17:00:00Z", endsAt: "2019-07-28T22:00:00Z", status: "SCHEDULED", channelKeys: ["api"] }],
  sections: [
    {
      key: "target",
      kind: "BODY",
      heading: l("対象サービス及び日時", "Affected services and time"),
      blocks: [
        { type: "PROSE", numbered: true, body: l("本文です[^n1]。", "The body[^n1]."), footnotes: [{ key: "n1", text: l("注記", "A note") }] },
        { type: "WINDOWS", numbered: false, label: l("サービス停止時間帯", "Service outage"), emphasis: true },
        {
          type: "IMPACT_TABLE",
          numbered: false,
          caption: l("影響範囲", "What is affected"),
          columns: [
            { role: "SERVICE", header: l("対象サービス", "Service"), groupRows: true },
            { role: "EFFECT", header: l("影響", "Effect"), groupRows: false },
            { role: "AVAILABILITY", header: l("影響の有無", "Availability"), groupRows: false },
          ],
          rows: [
            {
              cells: [
                { refs: ["webcollect"], label: l("クロネコwebコレクト", "Kuroneko Web Collect") },
                { text: l("ご利用いただけません[^t1]", "Unavailable[^t1]") },
                { availability: "UNAVAILABLE" },
              ],
            },
          ],
          footnotes: [{ key: "t1", text: l("表の注記", "A table note") }],
        },
        {
          type: "DELAYS",
          numbered: false,
          items: [{ title: l("決済結果通知", "Result notifications"), affected: l("加盟店様", "Merchants"), usual: l("即時", "At once"), change: l("最大1時間", "Up to an hour") }],
        },
        {
          type: "API_CHANGE",
          numbered: false,
          changes: [
            {
              endpoints: ["E04", "result-post"],
              endpointsLabel: l("E04（取引情報照会 API）", "E04 (transaction inquiry API)"),
              fieldName: "settleMethod",
              fieldLabel: l("決済手段", "Payment method"),
              change: "VALUES_ADDED",
              values: ["40"],
              reason: l("新しい決済手段のため", "For a new payment method"),
              impact: l("未知の値を拒否するシステム", "Systems that reject unknown values"),
            },
          ],
        },
        { type: "MERCHANT_ACTION", numbered: false },
        {
          type: "FUTURE_PLAN",
          numbered: false,
          period: { year: 2019, month: 9, part: "early" },
          description: l("次回のメンテナンス", "The next maintenance"),
          note: l("決まり次第お知らせします", "We will announce it"),
        },
        { type: "CONTACT", numbered: false },
        { type: "SCREEN_PREVIEW", numbered: false, variant: "FULL_PAGE", caption: l("メンテナンス画面", "Maintenance screen") },
        { type: "ERROR_CODE", numbered: false, caption: l("エラーコード", "Error code"), text: l("エラーコード {{errorCode}} を返します。", "The error code is {{errorCode}}.") },
        { type: "IMAGE", numbered: false, src: "/attachments/merchant-console-settle-method.svg", alt: l("設定画面", "Settings screen"), caption: l("図1", "Figure 1") },
      ],
    },
  ],
  screen: {
    errorCode: "Z010000000",
    modalBehavior: "INLINE",
    resendRequired: true,
    heading: l("メンテナンスのお知らせ", "Maintenance notice"),
    message: l("現在メンテナンス中です。", "We are under maintenance."),
    periodLabel: l("メンテナンス日時", "Maintenance"),
    periodStyle: "NOTICE",
    inlineMessage: l("メンテナンス中です。", "Under maintenance."),
    contactLabel: l("お問合わせ先", "Contact"),
    contactLines: { ja: ["カスタマーサービスセンター", "電話: 03-6671-8080"], en: ["Customer Service Centre"] },
    channelKeys: ["link-payment-page"],
  },
  amendment: { type: "ADDENDUM", summary: l("「遅延について」を追記", "Added delays"), sectionKeys: ["target"], windowKeys: ["main"] },
});
