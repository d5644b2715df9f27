// the BudouX model stays out of the browser's bundle
import "server-only";
import { Fragment } from "react";
import { hasJapanese, linePieces } from "@/lib/text/phrases";

/**
 * A heading's text that breaks between phrases, not inside words: <wbr> between
 * BudouX phrases (lib/text/phrases.ts) and `word-break: keep-all` on the span
 * (.phrases in app/globals.css), so no script is needed. Text without Japanese is
 * returned as it is. `pieces`: an interface string's own phrases instead.
 */
export function Phrases({ text, pieces }: { text: string; pieces?: undefined } | { text?: undefined; pieces: string[] }) {
  if (text !== undefined && !hasJapanese(text)) return <>{text}</>;
  return (
    <span className="phrases">
      {(pieces ?? linePieces(text!)).map((piece, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {piece}
        </Fragment>
      ))}
    </span>
  );
}
