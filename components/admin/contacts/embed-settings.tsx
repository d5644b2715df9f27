"use client";
import { getFormProps } from "@conform-to/react";
import { useId, useState } from "react";
import { embedMessagesIn } from "@/lib/contacts/embed-messages";
import { embedSettingsSchema } from "@/lib/contacts/embed-schema";
import { useMessages } from "@/lib/i18n/console/client";
import type { Locale } from "@/lib/i18n/locale";
import { embedSnippet } from "@/lib/maintenance/screen/embed-snippet";
import { FormErrors, Submit, TextArea } from "../form/fields";
import { useConsoleForm, type ConsoleAction } from "../form/use-console-form";

// The brand page's embed section (issue 10), apart from the screen texts' form: the
// origins allowed to frame /maintenance/modal, and the <iframe> for a channel to copy.
export function EmbedSettings({
  action,
  issuerId,
  frameAncestors,
  channels,
  baseUrl,
}: {
  action: ConsoleAction;
  issuerId: string;
  frameAncestors: string[];
  channels: readonly { key: string; label: string }[];
  /** the public site's origin, as merchants reach it */
  baseUrl: string;
}) {
  const m = useMessages(embedMessagesIn);
  const { form, fields, formAction, pending } = useConsoleForm(action, embedSettingsSchema, { issuerId, frameAncestors: frameAncestors.join("\n") });
  const [channel, setChannel] = useState(channels[0]?.key ?? "");
  const [lang, setLang] = useState<Locale>("ja");
  const [copied, setCopied] = useState(false);
  const id = useId();
  const snippet = embedSnippet(baseUrl, channel, lang, embedMessagesIn[lang].iframeTitle);
  const copy = () => {
    void navigator.clipboard.writeText(snippet).then(() => setCopied(true));
  };
  return (
    <div className="admin-embed">
      <form {...getFormProps(form)} action={formAction} className="admin-form" aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`}>{m.heading}</h2>
        <p>{m.help}</p>
        <FormErrors form={form} />
        <input type="hidden" name={fields.issuerId.name} value={issuerId} />
        <TextArea meta={fields.frameAncestors} label={m.frameAncestors} help={m.frameAncestorsHelp} rows={3} />
        <Submit pending={pending}>{m.save}</Submit>
      </form>
      <h3 id={`${id}-snippet`}>{m.snippet}</h3>
      <div className="admin-embed__choices">
        <div className="admin-field">
          <label htmlFor={`${id}-channel`}>{m.channel}</label>
          <select id={`${id}-channel`} value={channel} onChange={(event) => (setChannel(event.target.value), setCopied(false))}>
            {channels.map((c) => (
              <option key={c.key} value={c.key}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <div className="admin-field">
          <label htmlFor={`${id}-lang`}>{m.language}</label>
          <select id={`${id}-lang`} value={lang} onChange={(event) => (setLang(event.target.value as Locale), setCopied(false))}>
            <option value="ja">{m.languages.ja}</option>
            <option value="en">{m.languages.en}</option>
          </select>
        </div>
      </div>
      <pre className="admin-embed__snippet" aria-labelledby={`${id}-snippet`} tabIndex={0}>
        <code>{snippet}</code>
      </pre>
      <p>
        <button type="button" className="admin-button-secondary" onClick={copy}>
          {m.copy}
        </button>{" "}
        <span role="status">{copied ? m.copied : ""}</span>
      </p>
    </div>
  );
}
