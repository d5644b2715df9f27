"use client";
import { useEffect, useRef, useState } from "react";
import type { RevisionContent } from "@/lib/notices/content/schema";
import { jstInputToDate } from "@/lib/notices/editor/jst-input";
import type { CatalogOptions } from "@/lib/notices/preview/catalog-options";
import type { EditorCatalog } from "@/lib/notices/editor/load";
import { editorLabelsIn, kindNamesIn } from "@/lib/notices/editor/messages";
import { contentAsText } from "@/lib/notices/editor/plain-text";
import { editorFieldErrors } from "@/lib/notices/editor/schema";
import { fromContent, type EditorContent, type EditorValues } from "@/lib/notices/editor/values";
import { AttachmentsFields, type AttachmentItem } from "./attachments-fields";
import { ConflictPanel, type Conflict } from "./conflict-panel";
import { LetterFields, MerchantActionFields, ScreenFields } from "./content-fields";
import { ErrorsContext, Select, TextInput, type FieldErrors } from "./fields";
import { DraftFactsContext, type DraftFacts } from "./editor-context";
import { SectionsFields } from "./sections-fields";
import { WindowsFields } from "./windows-fields";
import { useReportWorkingVersion, useWorkingVersion } from "../workflow/working-version";
import { useMessages } from "@/lib/i18n/console/client";

const AUTOSAVE_DELAY_MS = 1500;

type Status = { kind: "idle" | "unsaved" | "saving" | "invalid" | "failed" } | { kind: "saved"; at: Date };

export interface NoticeEditorProps {
  noticeId: string;
  saveUrl: string;
  uploadUrl: string;
  attachments: AttachmentItem[];
  revisionId: string;
  version: number;
  initial: EditorValues;
  catalog: EditorCatalog;
  /** slug and kind are fixed once the notice was published */
  identityFixed: boolean;
  /** the server's clock when the page was made (ms): which windows are already over */
  now: number;
  /** the catalog as the impact-table editor offers it */
  impactCatalog: CatalogOptions;
}

/**
 * The draft editor. Every change is saved a moment after the person stops typing
 * (and with the button), through the one save route with the version the form holds:
 * the server answers the new version, field errors, or a conflict with what is stored,
 * which is shown beside the person's own text (nothing is lost). Errors found by the
 * shared schema in the browser are shown at once and nothing is sent.
 */
export function NoticeEditor({ noticeId, saveUrl, uploadUrl, attachments, revisionId, version: initialVersion, initial, catalog, identityFixed, now, impactCatalog }: NoticeEditorProps) {
  const t = useMessages(editorLabelsIn);
  const kindNames = useMessages(kindNamesIn);
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const version = useRef(initialVersion);
  const reportVersion = useReportWorkingVersion();
  // a workflow form on this page (the amendment's type and summary) saved the revision
  // too: its answer reports the new version at once, the refreshed page brings it later,
  // and versions only rise
  const seenVersion = useWorkingVersion(revisionId, initialVersion) ?? initialVersion;
  useEffect(() => {
    version.current = Math.max(version.current, seenVersion);
  }, [seenVersion]);
  const latest = useRef(values);
  const edits = useRef(0);
  const saving = useRef(false);
  /** a save was asked for while one was on its way: it runs when that one is answered */
  const again = useRef(false);
  const blocked = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  async function save(): Promise<void> {
    if (timer.current) clearTimeout(timer.current);
    if (saving.current) {
      again.current = true;
      return;
    }
    const sent = latest.current;
    const sentEdit = edits.current;
    const body = { revisionId, version: version.current, ...sent };
    const found = editorFieldErrors(body);
    setErrors(found);
    if (Object.keys(found).length) {
      setStatus({ kind: "invalid" });
      return;
    }
    saving.current = true;
    setStatus({ kind: "saving" });
    try {
      const response = await fetch(saveUrl, { method: "PUT", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
      const answer = (await response.json().catch(() => ({}))) as {
        version?: number;
        error?: string;
        fieldErrors?: FieldErrors;
        conflict?: { version: number; content: RevisionContent };
      };
      if (response.ok && answer.version) {
        version.current = answer.version;
        reportVersion(revisionId, answer.version);
        setFormError(null);
        setStatus(edits.current === sentEdit ? { kind: "saved", at: new Date() } : { kind: "unsaved" });
      } else if (response.status === 409 && answer.conflict) {
        blocked.current = true;
        const stored = fromContent(answer.conflict.content);
        setConflict({ version: answer.conflict.version, content: stored, stored: contentAsText(stored), mine: contentAsText(sent.content) });
        setStatus({ kind: "unsaved" });
      } else {
        setErrors(answer.fieldErrors ?? {});
        setFormError(answer.error ?? null);
        setStatus({ kind: response.status === 400 || response.status === 422 || response.status === 409 ? "invalid" : "failed" });
      }
    } catch {
      setStatus({ kind: "failed" });
    } finally {
      saving.current = false;
      if (again.current && !blocked.current) {
        again.current = false;
        void save();
      }
    }
  }

  const conflictOpen = conflict !== null && !conflict.taken;
  useEffect(() => {
    blocked.current = conflictOpen;
  }, [conflictOpen]);
  useEffect(() => {
    latest.current = values;
  }, [values]);

  const change = (next: EditorValues) => {
    setValues(next);
    latest.current = next;
    edits.current += 1;
    setStatus({ kind: "unsaved" });
    if (timer.current) clearTimeout(timer.current);
    // while a conflict is open nothing is saved on its own: the person chooses first
    if (!conflictOpen) timer.current = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
  };
  const setContent = (content: EditorContent) => change({ ...latest.current, content });

  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  const statusText =
    status.kind === "saved"
      ? t.saved(status.at.toLocaleTimeString("ja-JP", { timeZone: "Asia/Tokyo", hour: "2-digit", minute: "2-digit", second: "2-digit" }))
      : status.kind === "saving"
        ? t.saving
        : status.kind === "unsaved"
          ? t.unsaved
          : status.kind === "invalid"
            ? t.invalid
            : status.kind === "failed"
              ? t.failed
              : t.autosaveNote;

  return (
    <DraftFactsContext.Provider value={draftFacts(values, impactCatalog)}>
    <ErrorsContext.Provider value={errors}>
      <form
        className="admin-form admin-editor"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <div className="admin-editor-bar">
          <p role="status" aria-label={t.saveStatus} className={`admin-save-status admin-save-status--${status.kind}`}>
            {statusText}
          </p>
          <button type="submit" disabled={status.kind === "saving" || conflictOpen}>
            {t.save}
          </button>
        </div>
        {formError ? (
          <p className="admin-form-error" role="alert">
            {formError}
          </p>
        ) : null}
        {conflict ? (
          <ConflictPanel
            conflict={conflict}
            onKeepMine={() => {
              version.current = conflict.version;
              setConflict(null);
              void save();
            }}
            onTakeStored={() => {
              // the stored text comes into the form; the person's own stays in the panel
              const next = { ...latest.current, content: conflict.content };
              version.current = conflict.version;
              setValues(next);
              latest.current = next;
              setConflict({ ...conflict, taken: true });
              setStatus({ kind: "idle" });
            }}
            onClose={() => setConflict(null)}
          />
        ) : null}

        <section aria-labelledby="editor-basics" className="admin-editor-part">
          <h2 id="editor-basics">{t.basics}</h2>
          <div className="admin-row">
            <Select
              path="kind"
              label={t.kind}
              value={values.kind}
              disabled={identityFixed}
              options={(Object.keys(kindNames) as (keyof typeof kindNames)[]).map((k) => ({ value: k, label: kindNames[k] }))}
              onChange={(kind) => change({ ...latest.current, kind })}
            />
            <TextInput path="slug" label={t.slug} disabled={identityFixed} value={values.slug} onChange={(slug) => change({ ...latest.current, slug })} />
          </div>
          <LetterFields content={values.content} catalog={catalog} onChange={setContent} />
        </section>
        <WindowsFields windows={values.content.windows} catalog={catalog} now={now} onChange={(windows) => setContent({ ...latest.current.content, windows })} />
        <SectionsFields sections={values.content.sections} onChange={(sections) => setContent({ ...latest.current.content, sections })} />
        <MerchantActionFields content={values.content} onChange={setContent} />
        <ScreenFields content={values.content} catalog={catalog} onChange={setContent} />
      </form>
      <AttachmentsFields
        noticeId={noticeId}
        uploadUrl={uploadUrl}
        initial={attachments}
        onInsert={(item) => {
          const sections = latest.current.content.sections;
          const last = sections.at(-1);
          if (!last) return;
          const image = { type: "IMAGE" as const, numbered: false, src: item.src, alt: { ja: item.fileName, en: "" } };
          setContent({ ...latest.current.content, sections: [...sections.slice(0, -1), { ...last, blocks: [...last.blocks, image] }] });
        }}
      />
    </ErrorsContext.Provider>
    </DraftFactsContext.Provider>
  );
}


/** The draft's windows (those that read as dates) and screen, for the previews inside blocks. */
function draftFacts(values: EditorValues, impactCatalog: CatalogOptions): DraftFacts {
  const windows = values.content.windows.flatMap((w) => {
    const startsAt = jstInputToDate(w.startsAt);
    const endsAt = jstInputToDate(w.endsAt);
    return startsAt && endsAt && endsAt > startsAt ? [{ key: w.key, startsAt, endsAt, status: w.status ?? "SCHEDULED", channelKeys: w.channelKeys ?? [] }] : [];
  });
  const screen = values.content.screen;
  return { impactCatalog, windows, screenChannelKeys: screen?.channelKeys ?? [], errorCode: screen && /^[A-Z][0-9]{9}$/.test(screen.errorCode) ? screen.errorCode : null };
}
