import type { Locale } from "@/lib/i18n/locale";
import { excerpt, type TextDiff } from "@/lib/notices/history/diff/text";
import { T } from "@/components/notices/notice-page/l-text";
import { messages } from "@/lib/i18n/messages";
import { Phrases } from "@/components/site/phrases";

/**
 * A text with its insertions and deletions marked. Colour is not the only cue:
 * <ins> is underlined, <del> struck through, and each says what it is to screen
 * readers (which announce neither element by default). `whole`: the text sits in
 * an added or removed section or block that is marked as a whole, so it is shown
 * plain rather than marked twice. Unchanged paragraphs away from the changes are
 * left out ("…").
 */
export function DiffText({ diff, locale, whole = false, phrases = false }: { diff: TextDiff; locale: Locale; whole?: boolean; phrases?: boolean }) {
  const t = messages[locale].history;
  // in a heading, each part breaks between phrases (components/site/phrases.tsx)
  const text = (value: string) => (phrases ? <Phrases text={value} /> : value);
  const lang = (partLang: Locale) => (partLang === diff.lang ? undefined : partLang);
  return (
    <T value={{ text: "", lang: diff.lang, fallback: diff.fallback }}>
      {(whole ? diff.parts : excerpt(diff)).map((part, i) => {
        if (part.op === "skip")
          return (
            <span key={i} className="diff-skip" title={t.skipped}>
              <span aria-hidden="true">{part.text}</span>
              <span className="visually-hidden">{t.skipped}</span>
            </span>
          );
        if (part.op === "equal" || whole)
          return (
            <span key={i} lang={lang(part.lang)}>
              {text(part.text)}
            </span>
          );
        const Tag = part.op === "insert" ? "ins" : "del";
        return (
          <Tag key={i} className={`diff-${part.op}`} lang={lang(part.lang)}>
            <span className="visually-hidden" lang={locale}>
              {part.op === "insert" ? t.inserted : t.deleted}
            </span>
            {text(part.text)}
          </Tag>
        );
      })}
    </T>
  );
}
