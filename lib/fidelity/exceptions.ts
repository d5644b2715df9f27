// DESIGN.md, Decision 1: the exceptions to fidelity, and no others. Patterns are
// matched against whole lines of the reference texts.
import type { Exception } from "./fidelity";

const screenshot = "a flattened screenshot text: the product shows a live rendering or an image instead";

export const exceptions: Record<string, Exception[]> = {
  "000_1422b730ae92d9b5.txt": [
    // 資料1: the two screenshots' labels, interleaved by the extraction; the product
    // captions its live rendering "■加盟店管理画面/リンク方式お支払い手続き画面/テスト環境 (画面)"
    // and "■トークン(モーダル)/クロネコペイ(モーダル)"
    { pattern: /^\s*- ■加盟店管理画面\/リンク方式お支払い手続き画面\/ ■トークン\(モーダル\)/, replacement: null, reason: screenshot },
    // the screen itself (W/A is its logo; あ支払い, 直しく, クロネコw e b are extraction errors in it)
    { pattern: /^W\/A クロネコwebコレクト メンテナンスのお知らせ/, replacement: null, reason: screenshot },
    // "(2)内容" is how the extraction rendered "②内容"
    { pattern: /^\(2\)内容$/, replacement: "②内容", reason: "an obvious text-extraction error (②), not reproduced" },
  ],
  "001_5d1d7b2e9e4c009d.txt": [
    // 資料1: descriptions of the two screenshots; the product renders both screens live
    { pattern: /^The screenshot shows/, replacement: null, reason: screenshot },
    // 資料2: the console screenshot, flattened into a table; the product shows it as an image
    { pattern: /^(決済基本情報\t|登録日\t|注文日\t|決済日\t|受付番号\t|お問合せ番号\t|決済金額\t|商品名\t|決済方式\tトークン方式|決済方法\t|決済機関\t|取引状況\t)/, replacement: null, reason: screenshot },
    // the 8-digit code is a typo of the one maintenance error code
    { pattern: /Z01000000(?!0)/g, replacement: "Z010000000", reason: "the error code is one fact: Z010000000" },
  ],
};
