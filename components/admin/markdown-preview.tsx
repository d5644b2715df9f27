"use client";
import { useEffect, useState } from "react";
import "@/components/notices/notice-page/notice.css";
import type { MarkdownPreviewInput } from "@/lib/notices/preview/markdown-preview";
import { shellMessagesIn } from "@/lib/i18n/console/shell-messages";
import { useMessages } from "@/lib/i18n/console/client";

// Its strings: shellMessages.markdownPreview (lib/i18n/console/shell-messages.ts).

interface PreviewState {
  html: string;
  pending: boolean;
  error: string | null;
}

/**
 * The HTML the public page will show for `input.text`, rendered on the server by the
 * site's own markdown-it (POST /api/admin/preview/markdown), `delay` ms after the last
 * change. Answers to earlier texts are dropped (each request is aborted when the text
 * changes again).
 */
export function useMarkdownPreview(input: MarkdownPreviewInput, delay = 300): PreviewState {
  const [state, setState] = useState<PreviewState>({ html: "", pending: false, error: null });
  const body = JSON.stringify(input);
  const t = useMessages(shellMessagesIn).markdownPreview;
  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setState((s) => ({ ...s, pending: true }));
      try {
        const response = await fetch("/api/admin/preview/markdown", {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body,
          signal: controller.signal,
        });
        const answer = (await response.json()) as { html?: string; error?: string; fieldErrors?: Record<string, string[]> };
        if (response.ok && typeof answer.html === "string") setState({ html: answer.html, pending: false, error: null });
        else {
          const message = response.status === 401 ? t.signedOut : (answer.error ?? Object.values(answer.fieldErrors ?? {})[0]?.[0] ?? t.failed);
          setState((s) => ({ ...s, pending: false, error: message }));
        }
      } catch (error) {
        if (!controller.signal.aborted) setState((s) => ({ ...s, pending: false, error: t.failed }));
        void error;
      }
    }, delay);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [body, delay, t]);
  return state;
}

/**
 * The preview beside a Markdown editor (CodeMirror): the server's HTML, styled as the
 * notice page styles prose. `label` names the region (e.g. "本文のプレビュー").
 */
export function MarkdownPreview({ label: given, lang = "ja", ...input }: MarkdownPreviewInput & { label?: string; lang?: "ja" | "en" }) {
  const t = useMessages(shellMessagesIn).markdownPreview;
  const label = given ?? t.preview;
  const { html, pending, error } = useMarkdownPreview(input);
  return (
    <section className="admin-markdown-preview" aria-label={label}>
      <p className="admin-markdown-preview__status" role="status">
        {pending ? t.updating : error}
      </p>
      {/* the server's markdown-it output: HTML off, links checked, the same the public page serves */}
      <div className="block block--prose admin-markdown-preview__body" lang={lang} aria-busy={pending} dangerouslySetInnerHTML={{ __html: html }} />
    </section>
  );
}
