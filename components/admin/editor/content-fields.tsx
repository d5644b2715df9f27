"use client";
import { DEFAULT_PERIOD_STYLE } from "@/lib/format/period-style";
import type { EditorCatalog } from "@/lib/notices/editor/load";
import { editorLabelsIn } from "@/lib/notices/editor/messages";
import type { EditorContent } from "@/lib/notices/editor/values";
import { Checkbox, fieldId, KeyPicker, LocalizedInput, Select, TextInput } from "./fields";
import { MarkdownInput } from "./markdown-input";
import { useMessages } from "@/lib/i18n/console/client";
import { shellMessagesIn } from "@/lib/i18n/console/shell-messages";

type Props = { content: EditorContent; catalog: EditorCatalog; onChange: (content: EditorContent) => void };
const options = <T extends string>(labels: Record<T, string>) => (Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value] }));

/** A blank line is reported at its own path (…contactLines.ja.2): the textarea shows it. */
const lineErrorPaths = (lang: "ja" | "en", lines: readonly string[]) => lines.map((_, i) => `content.screen.contactLines.${lang}.${i}`);

/** The letter's frame: title, addressee, greeting, 記/以上, contact. */
export function LetterFields({ content, catalog, onChange }: Props) {
  const t = useMessages(editorLabelsIn);
  const shell = useMessages(shellMessagesIn);
  return (
    <>
      <LocalizedInput path="content.title" label={t.title} value={content.title} onChange={(title) => onChange({ ...content, title })} />
      <LocalizedInput path="content.addressee" label={t.addressee} value={content.addressee} onChange={(addressee) => onChange({ ...content, addressee })} />
      <Checkbox path="content.signed" label={t.signed} checked={Boolean(content.signed)} onChange={(signed) => onChange({ ...content, signed })} />
      <MarkdownInput path="content.lead.ja" label={shell.inJa(t.lead)} lang="ja" value={content.lead.ja} onChange={(ja) => onChange({ ...content, lead: { ...content.lead, ja } })} />
      <MarkdownInput path="content.lead.en" label={shell.inEn(t.lead)} lang="en" value={content.lead.en ?? ""} onChange={(en) => onChange({ ...content, lead: { ...content.lead, en } })} />
      <div className="admin-row">
        <Checkbox path="content.hasKi" label={t.hasKi} checked={content.hasKi ?? true} onChange={(hasKi) => onChange({ ...content, hasKi })} />
        <Checkbox path="content.hasIjo" label={t.hasIjo} checked={content.hasIjo ?? true} onChange={(hasIjo) => onChange({ ...content, hasIjo })} />
      </div>
      <Select
        path="content.contactKey"
        label={t.contact}
        value={content.contactKey ?? ""}
        options={[{ value: "", label: shell.none }, ...catalog.contacts.map((c) => ({ value: c.key, label: c.label }))]}
        onChange={(contactKey) => onChange({ ...content, contactKey: contactKey || undefined })}
      />
    </>
  );
}

/** Whether merchants must act, and what the letter says about it. */
export function MerchantActionFields({ content, onChange }: Omit<Props, "catalog">) {
  const t = useMessages(editorLabelsIn);
  const action = content.merchantAction;
  return (
    <section aria-labelledby="editor-merchant-action" className="admin-editor-part">
      <h2 id="editor-merchant-action">{t.merchantAction}</h2>
      <Select path="content.merchantAction.level" label={t.merchantActionLevel} value={action.level} options={options(t.merchantActionLevels)} onChange={(level) => onChange({ ...content, merchantAction: { ...action, level } })} />
      <LocalizedInput path="content.merchantAction.text" label={t.merchantActionText} value={action.text} multiline onChange={(text) => onChange({ ...content, merchantAction: { ...action, text } })} />
      {action.level === "CONDITIONAL" ? (
        <LocalizedInput path="content.merchantAction.condition" label={t.merchantActionCondition} value={action.condition} multiline onChange={(condition) => onChange({ ...content, merchantAction: { ...action, condition } })} />
      ) : null}
    </section>
  );
}

/** The maintenance screen buyers meet during the outage: error code, channels, wording. */
export function ScreenFields({ content, catalog, onChange }: Props) {
  const t = useMessages(editorLabelsIn);
  const screen = content.screen;
  const setScreen = (patch: Partial<NonNullable<EditorContent["screen"]>>) => onChange({ ...content, screen: { ...screen!, ...patch } });
  return (
    <section aria-labelledby="editor-screen" className="admin-editor-part">
      <h2 id="editor-screen">{t.screen}</h2>
      <div className="admin-check">
        <input
          type="checkbox"
          id={fieldId("content.screen")}
          checked={Boolean(screen)}
          disabled={!screen && !catalog.screenDefaults}
          onChange={(e) => onChange({ ...content, screen: e.target.checked && catalog.screenDefaults ? structuredClone(catalog.screenDefaults) : undefined })}
        />
        <label htmlFor={fieldId("content.screen")}>{t.screenOn}</label>
      </div>
      {screen ? (
        <>
          <TextInput
            path="content.screen.errorCode"
            label={t.errorCode}
            value={screen.errorCode}
            onChange={(errorCode) => setScreen({ errorCode })}
            hintId={`${fieldId("content.screen.errorCode")}-hint`}
            hint={
              <p className="admin-hint" id={`${fieldId("content.screen.errorCode")}-hint`}>
                {t.errorCodeHint}
              </p>
            }
          />
          <Select path="content.screen.modalBehavior" label={t.modalBehavior} value={screen.modalBehavior} options={options(t.modalBehaviors)} onChange={(modalBehavior) => setScreen({ modalBehavior })} />
          <KeyPicker path="content.screen.channelKeys" legend={t.screenChannels} options={catalog.channels} value={screen.channelKeys} onChange={(channelKeys) => setScreen({ channelKeys })} />
          <LocalizedInput path="content.screen.heading" label={t.screenHeading} value={screen.heading} onChange={(heading) => setScreen({ heading })} />
          <LocalizedInput path="content.screen.message" label={t.screenMessage} value={screen.message} multiline onChange={(message) => setScreen({ message })} />
          <LocalizedInput path="content.screen.periodLabel" label={t.screenPeriodLabel} value={screen.periodLabel} onChange={(periodLabel) => setScreen({ periodLabel })} />
          <Select
            path="content.screen.periodStyle"
            label={t.screenPeriodStyle}
            value={screen.periodStyle ?? DEFAULT_PERIOD_STYLE}
            options={options(t.screenPeriodStyles)}
            onChange={(periodStyle) => setScreen({ periodStyle })}
          />
          <LocalizedInput path="content.screen.inlineMessage" label={t.screenInlineMessage} value={screen.inlineMessage} onChange={(inlineMessage) => setScreen({ inlineMessage })} />
          <LocalizedInput path="content.screen.contactLabel" label={t.screenContactLabel} value={screen.contactLabel} onChange={(contactLabel) => setScreen({ contactLabel })} />
          <TextInput
            path="content.screen.contactLines.ja"
            label={t.screenContactLines}
            multiline
            lang="ja"
            also={lineErrorPaths("ja", screen.contactLines.ja)}
            value={screen.contactLines.ja.join("\n")}
            onChange={(v) => setScreen({ contactLines: { ...screen.contactLines, ja: v.split("\n") } })}
          />
          <TextInput
            path="content.screen.contactLines.en"
            label={t.screenContactLinesEn}
            multiline
            also={lineErrorPaths("en", screen.contactLines.en ?? [])}
            lang="en"
            value={(screen.contactLines.en ?? []).join("\n")}
            // English is optional: an emptied field is no lines, not one empty line
            onChange={(v) => setScreen({ contactLines: { ...screen.contactLines, en: v === "" ? [] : v.split("\n") } })}
          />
        </>
      ) : null}
    </section>
  );
}
