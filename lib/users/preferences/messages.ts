import { localized, type Translation } from "@/lib/i18n/console/translation";

// The console header's language switch. Each language names itself, so a staff
// member who cannot read the current language still finds their own.
const ja = {
  label: "表示言語",
  submit: "切り替える",
  names: { ja: "日本語", en: "English" },
  switchTo: (name: string) => `${name}に切り替える`,
  localeInvalid: "表示言語は日本語か英語を選んでください。",
  notYours: "表示言語は自分の分だけ変更できます。",
  unchanged: "表示言語は既にその言語です。",
};

const en = {
  label: "Display language",
  submit: "Switch",
  names: { ja: "日本語", en: "English" },
  switchTo: (name: string) => `Switch to ${name}`,
  localeInvalid: "Choose Japanese or English as the display language.",
  notYours: "You can change only your own display language.",
  unchanged: "The display language is already that language.",
} satisfies Translation<typeof ja>;

export const preferenceMessages = ja;
export const preferenceMessagesIn = localized(ja, en);
