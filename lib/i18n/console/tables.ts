import { formMessagesIn } from "@/components/admin/form/messages";
import { impactEditorMessagesIn } from "@/components/admin/impact-table-editor/messages";
import { previewTabMessagesIn } from "@/components/admin/notice-preview/messages";
import { auditMessagesIn, actionLabelsIn } from "@/lib/admin/audit/messages";
import { menuLabelsIn } from "@/lib/auth/console-menu";
import { roleLabelsIn } from "@/lib/auth/roles";
import { signInMessagesIn } from "@/lib/auth/sign-in-schema";
import { twoFactorMessagesIn } from "@/lib/auth/two-factor/messages";
import { catalogMessagesIn } from "@/lib/catalog/messages";
import { controlMessagesIn } from "@/lib/maintenance/controls/messages";
import { contactMessagesIn } from "@/lib/contacts/messages";
import { embedMessagesIn } from "@/lib/contacts/embed-messages";
import { mailboxMessagesIn } from "@/lib/notifications/mailbox/messages";
import { sendLogMessagesIn } from "@/lib/notifications/send-log/messages";
import { commandMessagesIn, kindLabelsIn, statusLabelsIn } from "@/lib/notices/commands/messages";
import { catalogRoleNamesIn, editorLabelsIn, editorMessagesIn, kindNamesIn, weekdayNamesIn } from "@/lib/notices/editor/messages";
import { workflowMessagesIn } from "@/lib/notices/workflow-view/messages";
import { preferenceMessagesIn } from "@/lib/users/preferences/messages";
import { roleHelpIn, userMessagesIn } from "@/lib/users/messages";
import { shellMessagesIn } from "./shell-messages";
import type { Localized } from "./translation";

/**
 * Every console messages object, by name: the key-parity test walks them, and the
 * error catalog (error-catalog.ts) reads its Japanese → English pairs from them.
 * A new messages object of the console is added here.
 */
export const consoleTables: Record<string, Localized<unknown>> = {
  shell: shellMessagesIn,
  form: formMessagesIn,
  menu: menuLabelsIn,
  roles: roleLabelsIn,
  signIn: signInMessagesIn,
  twoFactor: twoFactorMessagesIn,
  preferences: preferenceMessagesIn,
  users: userMessagesIn,
  roleHelp: roleHelpIn,
  catalog: catalogMessagesIn,
  contacts: contactMessagesIn,
  embed: embedMessagesIn,
  audit: auditMessagesIn,
  auditActions: actionLabelsIn,
  commands: commandMessagesIn,
  statusLabels: statusLabelsIn,
  kindLabels: kindLabelsIn,
  workflow: workflowMessagesIn,
  editor: editorMessagesIn,
  editorLabels: editorLabelsIn,
  kindNames: kindNamesIn,
  weekdayNames: weekdayNamesIn,
  catalogRoleNames: catalogRoleNamesIn,
  impactEditor: impactEditorMessagesIn,
  previewTab: previewTabMessagesIn,
  maintenanceControls: controlMessagesIn,
  sendLog: sendLogMessagesIn,
  mailbox: mailboxMessagesIn,
};
