import type { ReactNode } from "react";
import type { LText } from "@/lib/notices/page/view";
import { messages } from "@/lib/i18n/messages";
import { Phrases } from "@/components/site/phrases";

/**
 * A text in the page's language. Where English was asked for and only Japanese
 * exists, it shows the Japanese marked as such, never silently. `html` is
 * rendered Markdown of the same text; `children` a custom rendering of it;
 * `phrases`: a heading's text, broken between phrases rather than inside words.
 */
export function T({
  value,
  as: Tag = "span",
  html,
  phrases = false,
  children,
}: {
  value: LText | null;
  as?: "span" | "div";
  html?: string;
  phrases?: boolean;
  children?: ReactNode;
}) {
  if (!value) return null;
  const content =
    html !== undefined ? (
      <Tag lang={value.lang} dangerouslySetInnerHTML={{ __html: html }} />
    ) : (
      <Tag lang={value.lang}>{children ?? (phrases ? <Phrases text={value.text} /> : value.text)}</Tag>
    );
  if (!value.fallback) return content;
  return (
    <Tag className="untranslated">
      <span className="untranslated__badge" lang="en">
        {messages.en.notice.englishMissing}
      </span>{" "}
      {content}
    </Tag>
  );
}
