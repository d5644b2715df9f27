// The console's authorization matrix (issue 9, DESIGN.md Decision 5): every console
// page, every server action and every console route handler, and who may use it.
// test/console-access.test.ts walks app/ and fails when something has no entry here
// or an entry names something that is gone; e2e/admin-access.spec.ts asks the
// production build, as each visitor, and checks the answer against this table.
//
// Pure data (no Playwright, no database): the unit test imports it too.

export type Role = "EDITOR" | "APPROVER" | "ADMIN";

/** The four kinds of visitor; each signed-in one holds exactly one role, since roles are held side by side. */
export const visitors = ["anonymous", "editor", "approver", "admin"] as const;
export type Visitor = (typeof visitors)[number];
export const visitorRoles: Record<Exclude<Visitor, "anonymous">, Role> = { editor: "EDITOR", approver: "APPROVER", admin: "ADMIN" };

/**
 * Who may use it:
 * - `"anyone"`: signed in or not
 * - `"signed-out"`: only a visitor without a session (a signed-in one is sent to /admin)
 * - `"signed-in"`: any active staff user, whatever their roles
 * - a list of roles: a user holding one of them
 * - `"nobody"`: no session opens it (a secret-guarded internal endpoint: 404 for every visitor)
 */
export type Audience = "anyone" | "signed-out" | "signed-in" | "nobody" | readonly Role[];

export interface PageAccess {
  /** the page file, relative to the repository */
  file: string;
  /** the URL asked for; `:name` segments are filled from `samples` */
  url: string;
  audience: Audience;
}

export interface ActionAccess {
  /** the "use server" file and the export's name */
  file: string;
  name: string;
  audience: Audience;
  /**
   * What an allowed visitor gets for an empty form: `"validation"` (the form's
   * schema refuses it with field errors, Conform's `status: "error"` or a query's
   * `ok: false`: nothing changes), or `"runs"` (an action
   * without input, e.g. sign out everywhere, simply does its work).
   */
  emptyForm: "validation" | "runs";
}

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD" | "OPTIONS";

export interface RouteAccess {
  file: string;
  method: HttpMethod;
  /** the URL asked for; `:name` segments are filled from `samples` */
  url: string;
  audience: Audience;
  /** what a refused visitor gets when it is not 401/403 (a handler that does not say whether the thing exists) */
  refusedStatus?: number;
}

/** Values for `:name` URL segments: SQL that returns one row with one column, run against the test database. */
export const samples: Record<string, string> = {
  notice: `SELECT id FROM "Notice" ORDER BY "createdAt" LIMIT 1`,
  revision: `SELECT id FROM "Revision" ORDER BY "createdAt" LIMIT 1`,
  user: `SELECT id FROM "User" ORDER BY "createdAt" LIMIT 1`,
  service: `SELECT id FROM "Service" ORDER BY "sortOrder", key LIMIT 1`,
  contact: `SELECT id FROM "Contact" ORDER BY key LIMIT 1`,
  merchant: `SELECT id FROM "Merchant" ORDER BY code LIMIT 1`,
  issuer: `SELECT id FROM "Issuer" ORDER BY id LIMIT 1`,
  // a notice with a first published revision
  publishedNotice: `SELECT "noticeId" FROM "Revision" WHERE number = 1 ORDER BY "createdAt" LIMIT 1`,
  // a caught mail (made here when none was caught yet)
  caughtMail: `INSERT INTO "CaughtMail" (id, "messageId", recipients, subject, raw)
    VALUES ('e2eaccessmail', 'e2e-access@psp.test', ARRAY['shop@shop.test'], 'access', 'Subject: access\r\n\r\nbody')
    ON CONFLICT (id) DO UPDATE SET subject = excluded.subject RETURNING id`,
  // an image no published revision shows yet (made here when the seed has none)
  draftAttachment: `INSERT INTO "Attachment" (id, "noticeId", "fileName", "contentType", size, data)
    SELECT 'e2eaccessdraft', id, 'draft.png', 'image/png', 1, '\\x00'::bytea FROM "Notice" ORDER BY "createdAt" LIMIT 1
    ON CONFLICT (id) DO UPDATE SET "fileName" = excluded."fileName" RETURNING id`,
};

const signedIn = "signed-in" as const;
const admin: readonly Role[] = ["ADMIN"];
const editor: readonly Role[] = ["EDITOR"];
const approver: readonly Role[] = ["APPROVER"];
const previewers: readonly Role[] = ["EDITOR", "APPROVER"];
const auditReaders: readonly Role[] = ["APPROVER", "ADMIN"];

export const pages: readonly PageAccess[] = [
  { file: "app/(admin)/admin/sign-in/page.tsx", url: "/admin/sign-in", audience: "signed-out" },
  { file: "app/(admin)/admin/(console)/page.tsx", url: "/admin", audience: signedIn },
  // notices: everyone signed in reads them; editors write (Decision 5)
  { file: "app/(admin)/admin/(console)/notices/page.tsx", url: "/admin/notices", audience: signedIn },
  { file: "app/(admin)/admin/(console)/notices/new/page.tsx", url: "/admin/notices/new", audience: editor },
  { file: "app/(admin)/admin/(console)/notices/[id]/page.tsx", url: "/admin/notices/:notice", audience: signedIn },
  { file: "app/(admin)/admin/(console)/notices/[id]/preview/page.tsx", url: "/admin/notices/:notice/preview", audience: signedIn },
  { file: "app/(admin)/admin/(console)/notices/[id]/history/page.tsx", url: "/admin/notices/:notice/history", audience: signedIn },
  // one's own second factor: every signed-in user (and a session that must enrol first)
  { file: "app/(admin)/admin/account/two-factor/page.tsx", url: "/admin/account/two-factor", audience: signedIn },
  // administration (Decision 5: admins manage users and the catalog; approvers read the audit log too)
  { file: "app/(admin)/admin/(console)/users/page.tsx", url: "/admin/users", audience: admin },
  { file: "app/(admin)/admin/(console)/users/[id]/page.tsx", url: "/admin/users/:user", audience: admin },
  { file: "app/(admin)/admin/(console)/catalog/page.tsx", url: "/admin/catalog", audience: admin },
  { file: "app/(admin)/admin/(console)/catalog/[kind]/new/page.tsx", url: "/admin/catalog/services/new", audience: admin },
  { file: "app/(admin)/admin/(console)/catalog/[kind]/[id]/page.tsx", url: "/admin/catalog/services/:service", audience: admin },
  { file: "app/(admin)/admin/(console)/contacts/page.tsx", url: "/admin/contacts", audience: admin },
  { file: "app/(admin)/admin/(console)/contacts/new/page.tsx", url: "/admin/contacts/new", audience: admin },
  { file: "app/(admin)/admin/(console)/contacts/[id]/page.tsx", url: "/admin/contacts/:contact", audience: admin },
  { file: "app/(admin)/admin/(console)/contacts/brand/[issuerId]/page.tsx", url: "/admin/contacts/brand/:issuer", audience: admin },
  { file: "app/(admin)/admin/(console)/audit/page.tsx", url: "/admin/audit", audience: auditReaders },
  // the merchant directory (issue 11): admins import it, manage its API tokens and register webhooks
  { file: "app/(admin)/admin/(console)/merchants/page.tsx", url: "/admin/merchants", audience: admin },
  { file: "app/(admin)/admin/(console)/merchants/import/page.tsx", url: "/admin/merchants/import", audience: admin },
  { file: "app/(admin)/admin/(console)/merchants/tokens/page.tsx", url: "/admin/merchants/tokens", audience: admin },
  { file: "app/(admin)/admin/(console)/merchants/[id]/page.tsx", url: "/admin/merchants/:merchant", audience: admin },
  // what staff see of notifications (issue 11): the send log is evidence, read like the audit log
  { file: "app/(admin)/admin/(console)/notifications/page.tsx", url: "/admin/notifications", audience: auditReaders },
  { file: "app/(admin)/admin/(console)/notices/[id]/notifications/page.tsx", url: "/admin/notices/:notice/notifications", audience: auditReaders },
  { file: "app/(admin)/admin/(console)/notices/[id]/notifications/[number]/page.tsx", url: "/admin/notices/:publishedNotice/notifications/1", audience: auditReaders },
  { file: "app/(admin)/admin/(console)/notices/[id]/recipients/page.tsx", url: "/admin/notices/:notice/recipients", audience: auditReaders },
  { file: "app/(admin)/admin/(console)/notifications/suppressions/page.tsx", url: "/admin/notifications/suppressions", audience: admin },
  // the development mailbox (the test build has no SMTP: it is there)
  { file: "app/(admin)/admin/(console)/mailbox/page.tsx", url: "/admin/mailbox", audience: admin },
  { file: "app/(admin)/admin/(console)/mailbox/[id]/page.tsx", url: "/admin/mailbox/:caughtMail", audience: admin },
];

export const actions: readonly ActionAccess[] = [
  { file: "app/(admin)/admin/(console)/actions.ts", name: "signOutEverywhere", audience: signedIn, emptyForm: "runs" },
  { file: "app/(admin)/admin/(console)/actions.ts", name: "setConsoleLocaleAction", audience: signedIn, emptyForm: "validation" },
  // approving a break-glass publication afterwards (Decision 5)
  { file: "app/(admin)/admin/(console)/actions.ts", name: "reviewBreakGlassAction", audience: approver, emptyForm: "validation" },
  { file: "app/(admin)/admin/(console)/notices/new/actions.ts", name: "createNoticeAction", audience: editor, emptyForm: "validation" },
  ...["startMaintenanceAction", "extendMaintenanceAction", "endMaintenanceAction"].map((name) => ({ file: "app/(admin)/admin/(console)/maintenance-actions.ts", name, audience: approver, emptyForm: "validation" as const })),
  // the workflow (Decision 5): editors write, submit, amend and discard; approvers approve, reject, publish, schedule and withdraw
  ...["submitAction", "discardAction", "amendAction", "setAmendmentAction", "rebaseAction"].map((name) => ({ file: "app/(admin)/admin/(console)/notices/[id]/workflow-actions.ts", name, audience: editor, emptyForm: "validation" as const })),
  ...["approveAction", "rejectAction", "publishAction", "scheduleAction", "unscheduleAction", "withdrawAction"].map((name) => ({ file: "app/(admin)/admin/(console)/notices/[id]/workflow-actions.ts", name, audience: approver, emptyForm: "validation" as const })),
  { file: "app/(admin)/admin/account/two-factor/actions.ts", name: "confirmEnrolmentAction", audience: signedIn, emptyForm: "validation" },
  // takes no input: new codes for whoever asks (refused as validation for a user without a factor)
  { file: "app/(admin)/admin/account/two-factor/actions.ts", name: "regenerateRecoveryCodesAction", audience: signedIn, emptyForm: "runs" },
  // the impact-table editor's live preview (a read-only query action)
  { file: "components/admin/impact-table-editor/preview-action.tsx", name: "previewImpactTable", audience: previewers, emptyForm: "validation" },
  ...["saveContactAction", "setContactRetiredAction", "saveIssuerAction", "saveScreenDefaultsAction", "saveEmbedSettingsAction"].map((name) => ({ file: "app/(admin)/admin/(console)/contacts/actions.ts", name, audience: admin, emptyForm: "validation" as const })),
  { file: "app/(admin)/admin/(console)/notifications/suppressions/actions.ts", name: "clearSuppressionAction", audience: admin, emptyForm: "validation" },
  ...["createUserAction", "updateRolesAction", "setActiveAction", "resetPasswordAction"].map((name) => ({ file: "app/(admin)/admin/(console)/users/actions.ts", name, audience: admin, emptyForm: "validation" as const })),
  ...["previewImportAction", "applyImportAction", "createTokenAction", "revokeTokenAction", "registerWebhookAction", "disableWebhookAction"].map((name) => ({
    file: "app/(admin)/admin/(console)/merchants/actions.ts",
    name,
    audience: admin,
    emptyForm: "validation" as const,
  })),
  ...["saveServiceAction", "savePaymentMethodAction", "saveChannelAction", "saveAudienceAction", "setRetiredAction", "saveErrorCodeFormatAction"].map((name) => ({
    file: "app/(admin)/admin/(console)/catalog/actions.ts",
    name,
    audience: admin,
    emptyForm: "validation" as const,
  })),
];

export const routes: readonly RouteAccess[] = [
  // next-auth's own endpoints: the sign-in form needs them before anyone is signed in
  { file: "app/api/auth/[...nextauth]/route.ts", method: "GET", url: "/api/auth/csrf", audience: "anyone" },
  { file: "app/api/auth/[...nextauth]/route.ts", method: "POST", url: "/api/auth/callback/credentials", audience: "anyone" },
  // the editor's autosave and image upload
  { file: "app/(admin)/admin/(console)/notices/[id]/draft/route.ts", method: "PUT", url: "/admin/notices/:notice/draft", audience: editor },
  { file: "app/(admin)/admin/(console)/notices/[id]/attachments/route.ts", method: "POST", url: "/admin/notices/:notice/attachments", audience: editor },
  // draft-mode preview: entering needs a session (else sent to sign-in), leaving needs nothing; the Markdown preview is for writers and reviewers
  { file: "app/api/admin/preview/draft/route.ts", method: "GET", url: "/api/admin/preview/draft", audience: signedIn, refusedStatus: 307 },
  { file: "app/api/admin/preview/exit/route.ts", method: "GET", url: "/api/admin/preview/exit", audience: "anyone" },
  { file: "app/api/admin/preview/markdown/route.ts", method: "POST", url: "/api/admin/preview/markdown", audience: previewers },
  // images: public once published; a draft's only for staff, and nobody else learns it exists
  { file: "app/api/attachments/[id]/route.ts", method: "GET", url: "/api/attachments/:draftAttachment", audience: signedIn, refusedStatus: 404 },
  // the send log as CSV, for those who read it
  { file: "app/(admin)/admin/(console)/notifications/export.csv/route.ts", method: "GET", url: "/admin/notifications/export.csv", audience: auditReaders },
  // called only by the server's own freshness loop, with a secret that never leaves the process
  { file: "app/api/internal/revalidate/route.ts", method: "POST", url: "/api/internal/revalidate", audience: "nobody" },
  // the public subscription (issue 11): no session; a token from a mail decides (lib/notifications/subscriptions)
  { file: "app/api/subscriptions/route.ts", method: "POST", url: "/api/subscriptions", audience: "anyone" },
  { file: "app/api/subscriptions/confirm/route.ts", method: "POST", url: "/api/subscriptions/confirm", audience: "anyone" },
  { file: "app/api/subscriptions/manage/route.ts", method: "POST", url: "/api/subscriptions/manage", audience: "anyone" },
  { file: "app/api/subscriptions/unsubscribe/route.ts", method: "GET", url: "/api/subscriptions/unsubscribe", audience: "anyone" },
  { file: "app/api/subscriptions/unsubscribe/route.ts", method: "POST", url: "/api/subscriptions/unsubscribe", audience: "anyone" },
];

/** Whether `visitor` may use something open to `audience`. */
export function allows(audience: Audience, visitor: Visitor): boolean {
  if (audience === "anyone") return true;
  if (audience === "nobody") return false;
  if (audience === "signed-out") return visitor === "anonymous";
  if (visitor === "anonymous") return false;
  if (audience === "signed-in") return true;
  return audience.includes(visitorRoles[visitor]);
}

/** The page file a server-reference manifest worker names ("app/(admin)/admin/(console)/page" → its page entry). */
export function pageForWorker(worker: string): PageAccess | undefined {
  return pages.find((page) => page.file.replace(/\.tsx?$/, "") === worker);
}
