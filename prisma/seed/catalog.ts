// The catalog and brand records the reference notices refer to.

// What each service offers and each channel carries (ServicePaymentMethod,
// ChannelPaymentMethod): what stops when a service or channel stops (lib/affected).
// The services' methods are the letters' own facts: notice 001's availability table
// (fixtures/reference-notices/001_5d1d7b2e9e4c009d.txt, section 1) lists them per service.
export const services = [
  {
    key: "webcollect",
    nameJa: "クロネコwebコレクト",
    nameEn: "Kuroneko Web Collect",
    // 001, table rows under クロネコwebコレクト
    paymentMethodKeys: ["credit-card", "convenience-store", "carrier", "kuroneko-pay"],
  },
  {
    key: "atobarai",
    nameJa: "クロネコ代金後払いサービス",
    nameEn: "Kuroneko Deferred Payment Service",
    // 001, table rows under クロネコ代金後払いサービス
    paymentMethodKeys: ["credit-card", "convenience-store", "au-easy-payment", "bank-transfer", "kuroneko-pay"],
  },
];

export const paymentMethods = [
  { key: "credit-card", nameJa: "クレジットカード払い", nameEn: "Credit card" },
  { key: "convenience-store", nameJa: "コンビニオンライン払い", nameEn: "Convenience store online payment" },
  { key: "carrier", nameJa: "キャリア払い", nameEn: "Carrier billing" },
  { key: "kuroneko-pay", nameJa: "クロネコペイ", nameEn: "Kuroneko Pay" },
  { key: "au-easy-payment", nameJa: "auかんたん決済", nameEn: "au Easy Payment" },
  { key: "bank-transfer", nameJa: "銀行振込", nameEn: "Bank transfer" },
];

const webcollectMethods = services[0]!.paymentMethodKeys;

// Every channel here is an integration method or screen of クロネコwebコレクト. What each
// carries is partly the letters' and partly our reading of them, as marked.
export const channels = [
  // reading: the hosted payment pages offer the buyer every method of their service
  // (001 lists all four クロネコwebコレクト methods as stopping while these pages show the screen)
  { key: "link-payment-page", type: "PAYMENT_PAGE", serviceKey: "webcollect", nameJa: "リンク方式お支払い手続き画面", nameEn: "Link-type payment pages", paymentMethodKeys: webcollectMethods },
  // reading: the token is issued for card details (000 and 001: 「トークン発行時」; the card form of 001's 資料1)
  { key: "token-embedded", type: "API", serviceKey: "webcollect", nameJa: "トークン(組込)方式", nameEn: "Token (embedded)", paymentMethodKeys: ["credit-card"] },
  // reading: the API settles every method of its service (001's settleMethod values cover them all)
  { key: "api", type: "API", serviceKey: "webcollect", nameJa: "API方式", nameEn: "API", paymentMethodKeys: webcollectMethods },
  // letters: the modal is a card form (000: 「カード情報入力完了ボタン押下時」; 001's 資料1 shows its card fields)
  { key: "token-modal", type: "MODAL", serviceKey: "webcollect", nameJa: "トークン(モーダル)方式", nameEn: "Token (modal)", paymentMethodKeys: ["credit-card"] },
  // reading: the Kuroneko Pay modal takes Kuroneko Pay, as its name says
  { key: "kuroneko-pay-modal", type: "MODAL", serviceKey: "webcollect", nameJa: "クロネコペイ(モーダル)", nameEn: "Kuroneko Pay (modal)", paymentMethodKeys: ["kuroneko-pay"] },
  // reading: merchants' console and test screens stop (000's table, 001's second table), but no buyer pays through them
  { key: "merchant-console", type: "CONSOLE", serviceKey: "webcollect", nameJa: "加盟店管理画面", nameEn: "Merchant console", paymentMethodKeys: [] },
  { key: "test-environment", type: "TEST", serviceKey: "webcollect", nameJa: "テスト環境(画面)", nameEn: "Test environment (screens)", paymentMethodKeys: [] },
] as const;

export const audiences = [
  { key: "buyers", nameJa: "購入者様", nameEn: "Buyers" },
  { key: "merchants", nameJa: "加盟店様", nameEn: "Merchants" },
];

export const issuer = {
  key: "yamato-financial",
  nameJa: "ヤマトフィナンシャル株式会社",
  nameEn: "Yamato Financial Co., Ltd.",
  serviceNameJa: "クロネコwebコレクト",
  serviceNameEn: "Kuroneko Web Collect",
  logoPath: "/brand/logo.svg",
  copyrightJa: "Copyright © Yamato Financial Co., Ltd. All Rights Reserved.",
  copyrightEn: "Copyright © Yamato Financial Co., Ltd. All Rights Reserved.",
};

/** The contact block as it read in 2019: notice 000 freezes this version. */
export const contact2019 = {
  key: "customer-service",
  organizationJa: "ヤマトフィナンシャル株式会社",
  organizationEn: "Yamato Financial Co., Ltd.",
  departmentJa: "カスタマーサービスセンター",
  departmentEn: "Customer Service Centre",
  freeDial: "0120-69-5090",
  phone: "03-6671-8080",
  hoursLabelJa: "営業時間",
  hoursLabelEn: "Business hours",
  hours: "9:00-18:00",
  email: "payment@kuronekoyamato.co.jp",
  punctuation: "HALF_WIDTH" as const,
};

/**
 * By 2020 the block said 受付時間 and wrote its colons and brackets full-width
 * (「電話：03-6671-8080（受付時間：9：00-18：00）」): the seed edits the record between
 * the two notices, and notice 000 keeps its frozen 2019 copy (Decision 2).
 */
export const contact2020Change = { hoursLabelJa: "受付時間", hoursLabelEn: "Reception hours", punctuation: "FULL_WIDTH" as const };

/** The admin's maintenance-screen texts: what a new notice's screen starts from. */
export const screenTexts = {
  heading: { ja: "クロネコwebコレクト メンテナンスのお知らせ", en: "Kuroneko Web Collect maintenance notice" },
  message: {
    ja: "ネット総合決済サービス「クロネコwebコレクト」は現在サーバメンテナンス中です。\nメンテナンス中はお支払い手続きを行うことができません。\nお手数ではございますがサービス再開後、ご購入のショッピングサイトより再度お手続きを行っていただきますよう宜しくお願い致します。",
    en: "The online payment service Kuroneko Web Collect is currently under server maintenance.\nPayments cannot be made during the maintenance.\nWe apologise for the inconvenience; once the service has resumed, please complete your payment again from the shopping site where you made your purchase.",
  },
  periodLabel: { ja: "サーバーメンテナンス日時", en: "Server maintenance" },
  inlineMessage: { ja: "メンテナンス中です。時間を置いて再度アクセスしてください。", en: "Under maintenance. Please try again later." },
  contactLabel: { ja: "お問合わせ先", en: "Contact" },
  contactLines: {
    ja: ["ヤマトフィナンシャル株式会社 カスタマーサービスセンター", "電話: 03-6671-8080", "E-mail: payment@kuronekoyamato.co.jp"],
    en: ["Yamato Financial Co., Ltd. Customer Service Centre", "Phone: +81-3-6671-8080", "E-mail: payment@kuronekoyamato.co.jp"],
  },
};

/** The same texts as the ScreenDefaults record stores them. */
export const screenDefaults = {
  errorCode: "Z010000000",
  headingJa: screenTexts.heading.ja,
  headingEn: screenTexts.heading.en,
  messageJa: screenTexts.message.ja,
  messageEn: screenTexts.message.en,
  periodLabelJa: screenTexts.periodLabel.ja,
  periodLabelEn: screenTexts.periodLabel.en,
  inlineMessageJa: screenTexts.inlineMessage.ja,
  inlineMessageEn: screenTexts.inlineMessage.en,
  contactLabelJa: screenTexts.contactLabel.ja,
  contactLabelEn: screenTexts.contactLabel.en,
  contactLinesJa: screenTexts.contactLines.ja,
  contactLinesEn: screenTexts.contactLines.en,
};

export const staff = [
  { email: "editor@example.com", name: "編集 花子 (Editor)", roles: ["EDITOR"] },
  { email: "approver@example.com", name: "承認 太郎 (Approver)", roles: ["EDITOR", "APPROVER"] },
  { email: "admin@example.com", name: "管理 一郎 (Admin)", roles: ["ADMIN"] },
] as const;
