"use client";
import { markdown } from "@codemirror/lang-markdown";
import { EditorView } from "@codemirror/view";
import CodeMirror from "@uiw/react-codemirror";
import { useContext, useMemo } from "react";
import { ErrorsContext, FieldError, fieldId } from "./fields";

// A Markdown text in CodeMirror 6. Its editable area is a contenteditable element with
// role=textbox, which a <label for> cannot name: the label names it through
// aria-labelledby, and the field's error through aria-describedby, both set as the
// content element's attributes. CodeMirror's styles go into adopted style sheets and
// CSSOM properties, which the console's CSP (style-src 'self', no inline) allows.
export function MarkdownInput({ path, label, value, lang, onChange }: { path: string; label: string; value: string; lang: "ja" | "en"; onChange: (value: string) => void }) {
  const errors = useContext(ErrorsContext);
  const messages = errors[path] ?? [];
  const id = fieldId(path);
  const extensions = useMemo(
    () => [
      markdown(),
      EditorView.lineWrapping,
      EditorView.contentAttributes.of({
        "aria-labelledby": `${id}-label`,
        ...(messages.length ? { "aria-describedby": `${id}-error`, "aria-invalid": "true" } : {}),
        lang,
        id,
      }),
    ],
    [id, lang, messages.length],
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
    </div>
  );
}
