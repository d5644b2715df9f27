// The English still missing from a revision, in words a translator can find on the
// page: "2. メンテナンス実施内容 › 表 › 行 3 › 影響" rather than
// "sections.1.blocks.0.rows.2.cells.2.text". The paths come from
// lib/notices/page/translations.ts (the one place that decides what is missing).
import type { RevisionContent } from "@/lib/notices/content/schema";
import type { Locale } from "@/lib/i18n/locale";
import { localized } from "@/lib/i18n/console/translation";
import { missingTranslations } from "@/lib/notices/page/translations";

const ja = {
  top: {
    title: "タイトル",
    addressee: "宛名",
    lead: "前文",
    "merchantAction.text": "加盟店様の対応",
    "merchantAction.condition": "対応が必要な条件",
    "amendment.summary": "改訂の概要",
    "screen.heading": "メンテナンス画面 › 見出し",
    "screen.message": "メンテナンス画面 › メッセージ",
    "screen.periodLabel": "メンテナンス画面 › 期間の見出し",
    "screen.inlineMessage": "メンテナンス画面 › カード入力画面のメッセージ",
    "screen.contactLabel": "メンテナンス画面 › 問い合わせ先の見出し",
    "screen.contactLines": "メンテナンス画面 › 問い合わせ先",
  },
  leaves: {
    heading: "見出し",
    body: "本文",
    label: "表示名",
    text: "文",
    caption: "表題",
    header: "見出し",
    description: "内容",
    note: "注記",
    alt: "代替テキスト",
    title: "項目名",
    affected: "対象",
    usual: "通常時",
    change: "変更内容",
    endpointsLabel: "対象 API",
    fieldLabel: "項目",
    reason: "理由",
    impact: "影響",
  },
  blocks: {
    PROSE: "本文",
    WINDOWS: "日時",
    IMPACT_TABLE: "表",
    DELAYS: "遅延",
    API_CHANGE: "API の変更",
    FUTURE_PLAN: "今後の予定",
    SCREEN_PREVIEW: "画面",
    ERROR_CODE: "エラーコード",
    IMAGE: "画像",
  },
  rows: (n: number) => `行 ${n}`,
  cells: (n: number) => `列 ${n}`,
  columns: (n: number) => `列 ${n} の見出し`,
  items: (n: number) => `項目 ${n}`,
  block: "ブロック",
};

// The same words for the English console (the section is named by its key there: its
// heading is the Japanese text whose English is missing)
const wordsIn = localized(ja, {
  top: {
    title: "Title",
    addressee: "Addressee",
    lead: "Lead",
    "merchantAction.text": "Merchant action",
    "merchantAction.condition": "When action is needed",
    "amendment.summary": "Amendment summary",
    "screen.heading": "Maintenance screen › Heading",
    "screen.message": "Maintenance screen › Message",
    "screen.periodLabel": "Maintenance screen › Period heading",
    "screen.inlineMessage": "Maintenance screen › Card form message",
    "screen.contactLabel": "Maintenance screen › Contact heading",
    "screen.contactLines": "Maintenance screen › Contact",
  },
  leaves: {
    heading: "Heading",
    body: "Text",
    label: "Label",
    text: "Text",
    caption: "Caption",
    header: "Heading",
    description: "Description",
    note: "Note",
    alt: "Alternative text",
    title: "Item name",
    affected: "Affected",
    usual: "Usually",
    change: "Change",
    endpointsLabel: "APIs",
    fieldLabel: "Field",
    reason: "Reason",
    impact: "Impact",
  },
  blocks: {
    PROSE: "Text",
    WINDOWS: "Dates",
    IMPACT_TABLE: "Table",
    DELAYS: "Delays",
    API_CHANGE: "API change",
    FUTURE_PLAN: "Future plans",
    SCREEN_PREVIEW: "Screen",
    ERROR_CODE: "Error code",
    IMAGE: "Image",
  },
  rows: (n) => `Row ${n}`,
  cells: (n) => `Column ${n}`,
  columns: (n) => `Column ${n} heading`,
  items: (n) => `Item ${n}`,
  block: "Block",
});

type Table = Record<string, string | undefined>;

/** One line per missing English text, in the order of the page, in the console's language. */
export function describeMissingEnglish(content: RevisionContent, locale: Locale = "ja"): string[] {
  return missingTranslations(content).map((path) => describe(path, content, locale));
}

function describe(path: string, content: RevisionContent, locale: Locale): string {
  const w = wordsIn[locale];
  const topWords: Table = w.top;
  const leafWords: Table = w.leaves;
  const blockWords: Table = w.blocks;
  if (topWords[path]) return topWords[path];
  const parts = path.split(".");
  if (parts[0] !== "sections") return path;
  const s = Number(parts[1]);
  const section = content.sections[s];
  const name = locale === "en" ? section?.key : (section?.heading?.ja ?? section?.key);
  const words = [`${s + 1}. ${name ?? ""}`.trim()];
  let rest = parts.slice(2);
  if (rest[0] === "blocks") {
    const block = section?.blocks[Number(rest[1])];
    words.push(blockWords[block?.type ?? ""] ?? w.block);
    rest = rest.slice(2);
  }
  // rows.2.cells.1.text → 行 3 › 列 2 › 文; footnotes.0.text → ※1; items.1.usual → 項目 2 › 通常時
  // a numbered part names its item and skips the index; columns and footnotes also skip their text's key
  const numbered: Record<string, { word: (n: number) => string; skip: number }> = {
    rows: { word: w.rows, skip: 1 },
    cells: { word: w.cells, skip: 1 },
    columns: { word: w.columns, skip: 2 },
    footnotes: { word: (n) => `※${n}`, skip: 2 },
    items: { word: w.items, skip: 1 },
    changes: { word: w.items, skip: 1 },
  };
  for (let i = 0; i < rest.length; i++) {
    const part = rest[i]!;
    const item = numbered[part];
    if (item) {
      words.push(item.word(Number(rest[i + 1]) + 1));
      i += item.skip;
    } else words.push(leafWords[part] ?? part);
  }
  return words.join(" › ");
}
