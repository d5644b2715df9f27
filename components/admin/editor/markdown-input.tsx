"use client";
import { markdown } from "@codemirror/lang-markdown";
import { EditorView } from "@codemirror/view";
import CodeMirror from "@uiw/react-codemirror";
import { useContext, useMemo } from "react";
import { MarkdownPreview } from "@/components/admin/markdown-preview";
import { DraftFactsContext } from "./editor-context";
import { ErrorsContext, FieldError, fieldId } from "./fields";
import { useMessages } from "@/lib/i18n/console/client";
import type { Translation } from "@/lib/i18n/console/translation";
import { editorLabelsIn, type editorLabels } from "@/lib/notices/editor/messages";

// A Markdown text in CodeMirror 6. Its editable area is a contenteditable element with
// role=textbox, which a <label for> cannot name: the label names it through
// aria-labelledby, and the field's error through aria-describedby, both set as the
// content element's attributes. CodeMirror writes its styles into one <style> element:
// the console's CSP admits it by the document's nonce (EditorView.cspNonce).

/**
 * The nonce of the policy this document was loaded with. Not the page's own request's:
 * after a client-side navigation (a link, a server action's redirect) the page was
 * rendered for a request that got a fresh nonce in proxy.ts, while the browser still
 * enforces the policy of the first response. Next put that one on the document's
 * scripts; the `nonce` property still reads it after the browser hid the attribute.
 */
function documentNonce(): string | null {
  if (typeof document === "undefined") return null; // CodeMirror mounts in the browser only
  return document.querySelector<HTMLScriptElement>("script[nonce]")?.nonce || null;
}

export function MarkdownInput({
  path,
  label,
  value,
  lang,
  onChange,
  footnoteKeys = [],
}: {
  path: string;
  label: string;
  value: string;
  lang: "ja" | "en";
  onChange: (value: string) => void;
  footnoteKeys?: string[];
}) {
  const t = useMessages(editorLabelsIn);
  const facts = useContext(DraftFactsContext);
  const errors = useContext(ErrorsContext);
  const nonce = documentNonce();
  const messages = errors[path] ?? [];
  const id = fieldId(path);
  const extensions = useMemo(
    () => [
      markdown(),
      EditorView.lineWrapping,
      ...(nonce ? [EditorView.cspNonce.of(nonce)] : []),
      EditorView.contentAttributes.of({
        "aria-labelledby": `${id}-label`,
        ...(messages.length ? { "aria-describedby": `${id}-error`, "aria-invalid": "true" } : {}),
        lang,
        id,
      }),
    ],
    [id, lang, messages.length, nonce],
  );
  return (
    <div className="admin-field admin-markdown">
      <span className="admin-label" id={`${id}-label`}>
        {label}
      </span>
      <CodeMirror
        value={value}
        onChange={onChange}
        extensions={extensions}
        basicSetup={{ lineNumbers: false, foldGutter: false, highlightActiveLine: false, highlightActiveLineGutter: false, autocompletion: false, searchKeymap: false }}
        minHeight="6rem"
      />
      <FieldError path={path} messages={messages} />
      {/* the public page's own markdown-it, on the server (console-preview's component) */}
      {value.trim() ? <MarkdownPreview label={t.previewOf(label, where(path, t))} lang={lang} text={value} footnoteKeys={footnoteKeys} errorCode={facts?.errorCode ?? null} /> : null}
    </div>
  );
}

/** Where a field sits, for its preview region's name: several sections have a 本文 (landmarks need unique names). */
function where(path: string, t: Translation<typeof editorLabels>): string {
  const m = /sections\.(\d+)\.blocks\.(\d+)/.exec(path);
  return m ? t.previewWhere(Number(m[1]) + 1, Number(m[2]) + 1) : t.previewWhereLead;
}
