import "server-only";
import type { ActionContext } from "@/lib/actions/action-client";
import { ActionError } from "@/lib/actions/errors";
import type { Tx } from "@/lib/db";
import { createNotice, saveDraft } from "@/lib/notices/commands";
import { revisionContent } from "@/lib/notices/content/read";
import { revisionContentSchema, type RevisionContentInput } from "@/lib/notices/content/schema";
import { revisionInclude } from "@/lib/notices/published/queries";
import { catalogIssues, type CatalogKeys } from "./catalog-check";
import { seriesTitle, type CreateNoticeForm } from "./create-schema";
import { editorMessages as m } from "./messages";
import type { EditorSaveInput } from "./schema";
import { seriesWindows } from "./series";
import { copiedContent, templateContent } from "./templates";

// The editor's writes, each inside defineAction/defineRoute's one transaction, through
// the notice commands (lib/notices/commands): what is added here is only what the form
// needs on top (catalog keys checked at their fields, templates, copies, series).

async function catalogKeys(tx: Tx): Promise<CatalogKeys> {
  const keys = async (rows: Promise<{ key: string }[]>) => new Set((await rows).map((r) => r.key));
  // one after another: a transaction has one connection
  return {
    AUDIENCE: await keys(tx.audience.findMany({ select: { key: true } })),
    SERVICE: await keys(tx.service.findMany({ select: { key: true } })),
    PAYMENT_METHOD: await keys(tx.paymentMethod.findMany({ select: { key: true } })),
    CHANNEL: await keys(tx.channel.findMany({ select: { key: true } })),
    contacts: await keys(tx.contact.findMany({ select: { key: true } })),
  };
}

/** Refuses content naming a key the catalog lacks, at the form field (`prefix` + path) that names it. */
async function assertCatalogKeys(tx: Tx, content: RevisionContentInput, prefix: string) {
  const [issue] = catalogIssues(revisionContentSchema.parse(content), await catalogKeys(tx));
  if (issue) throw new ActionError(issue.message, [prefix, ...issue.path].filter((p) => p !== "").join("."));
}

async function defaultContactKey(tx: Tx): Promise<string> {
  const contact = await tx.contact.findFirst({ where: { archivedAt: null }, orderBy: { key: "asc" }, select: { key: true } });
  if (!contact) throw new ActionError(m.noContact);
  return contact.key;
}

/** The newest content of a notice found by slug (its published revision first) and its id. */
async function contentOf(tx: Tx, slug: string) {
  const notice = await tx.notice.findFirst({ where: { slug, deletedAt: null }, select: { id: true } });
  const revision = notice
    ? await tx.revision.findFirst({
        where: { noticeId: notice.id, status: { not: "DISCARDED" } },
        // the published revision if there is one, else the newest draft
        orderBy: [{ number: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
        include: revisionInclude,
      })
    : null;
  if (!notice || !revision) throw new ActionError(m.copyFromUnknown, "copyFrom");
  return { noticeId: notice.id, content: revisionContent(revision) };
}

/** The "new notice" form: one draft (template, copy) or a series of drafts. Returns where to go next. */
export async function createFromForm(context: ActionContext, form: CreateNoticeForm): Promise<string> {
  const { tx } = context;
  if (form.source === "template") {
    const window = form.startsAt && form.endsAt ? { startsAt: form.startsAt, endsAt: form.endsAt } : undefined;
    const content = templateContent({ kind: form.kind, titleJa: form.titleJa, contactKey: await defaultContactKey(tx), window });
    const created = await createNotice(context, { kind: form.kind, slug: form.slug, content });
    return `/admin/notices/${created.noticeId}`;
  }
  if (form.source === "copy") {
    const earlier = await contentOf(tx, form.copyFrom);
    const moved = copiedContent(earlier.content, form.startsAt!);
    // a copy with one window gets the end typed; with several, each keeps its length
    if (form.endsAt && moved.windows?.length === 1) moved.windows[0]!.endsAt = form.endsAt;
    const content = { ...moved, title: { ja: form.titleJa } };
    await assertCatalogKeys(tx, content, "");
    const kind = (await tx.notice.findUniqueOrThrow({ where: { id: earlier.noticeId }, select: { kind: true } })).kind;
    const created = await createNotice(context, { kind, slug: form.slug, content, copiedFromId: earlier.noticeId });
    return `/admin/notices/${created.noticeId}`;
  }
  const windows = seriesWindows(form);
  if (!windows.length) throw new ActionError(m.seriesEmpty, "nth");
  const contactKey = await defaultContactKey(tx);
  for (const w of windows) {
    const titleJa = seriesTitle(form.titleJa, w.month, w.day);
    const content = templateContent({ kind: "SCHEDULED", titleJa, contactKey, window: w });
    await createNotice(context, { kind: "SCHEDULED", slug: `${form.slug}-${w.year}-${String(w.month).padStart(2, "0")}`, content });
  }
  return `/admin/notices?state=DRAFT&kind=SCHEDULED&q=${encodeURIComponent(form.slug)}`;
}

/** A save of the editor (autosave or the button): catalog keys, then the draft command with its version. */
export async function saveFromEditor(context: ActionContext, input: EditorSaveInput) {
  await assertCatalogKeys(context.tx, input.content, "content");
  return saveDraft(context, { revisionId: input.revisionId, version: input.version, content: input.content, slug: input.slug, kind: input.kind });
}
