// Demo merchants for a fresh start, as a merchant master CSV (ADR 0015), imported
// through the same preview and apply as the console's. Their contracts meet the two
// reference notices (both stop Kuroneko Web Collect), except the deferred-payment-only
// merchant, so "who will be told" shows someone told and someone not.
// Addresses are on .example (RFC 2606): they never reach a real mailbox.
export const merchantsCsv = `merchant_code,name_ja,name_en,language,technical_emails,business_emails,services,payment_methods,channels
DEMO-0001,サンプル通販,Sample Mail Order,ja,tech@sample-tsuhan.example;dev@sample-tsuhan.example,shop@sample-tsuhan.example,webcollect,credit-card;convenience-store,link-payment-page
DEMO-0002,ねこ書店,Neko Books,ja,system@neko-books.example,,webcollect,credit-card,token-modal;api
DEMO-0003,Global Gadgets 株式会社,Global Gadgets Inc.,en,it@global-gadgets.example,sales@global-gadgets.example,webcollect,credit-card;carrier,token-embedded;api
DEMO-0004,クロネコ雑貨店,Kuroneko Zakka,ja,web@zakka.example,,webcollect,kuroneko-pay,kuroneko-pay-modal
DEMO-0005,あと払い花店,Atobarai Flowers,ja,,owner@hana.example,atobarai,bank-transfer,
`;
