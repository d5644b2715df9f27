"use client";

import { useState } from "react";

/** Copies the text of the element with the given id; the text stays selectable without JavaScript. */
export function CopyButton({ targetId, label, doneLabel }: { targetId: string; label: string; doneLabel: string }) {
  const [done, setDone] = useState(false);
  return (
    <button
      type="button"
      className="button button--small"
      onClick={async () => {
        const text = document.getElementById(targetId)?.textContent ?? "";
        await navigator.clipboard.writeText(text);
        setDone(true);
        setTimeout(() => setDone(false), 2000);
      }}
    >
      <span aria-live="polite">{done ? doneLabel : label}</span>
    </button>
  );
}
