import type { Role } from "@/lib/generated/prisma/enums";
import { localized } from "@/lib/i18n/console/translation";
import type { Locale } from "@/lib/i18n/locale";
import { mailboxAvailable } from "@/lib/notifications/mailbox/availability";
import { holdsAnyRole } from "./roles";

// The console's sections and who sees them in the menu (Decision 5). The menu only
// hides what a user cannot use; every page and action checks the role itself.
const sections: readonly { href: string; label: string; roles: readonly Role[] | "signed-in"; shown?: () => boolean }[] = [
  { href: "/admin", label: "ダッシュボード", roles: "signed-in" },
  { href: "/admin/notices", label: "お知らせ", roles: "signed-in" },
  { href: "/admin/audit", label: "監査ログ", roles: ["APPROVER", "ADMIN"] },
  { href: "/admin/notifications", label: "送信記録", roles: ["APPROVER", "ADMIN"] },
  { href: "/admin/users", label: "ユーザー", roles: ["ADMIN"] },
  { href: "/admin/catalog", label: "カタログ", roles: ["ADMIN"] },
  { href: "/admin/contacts", label: "問い合わせ先・ブランド", roles: ["ADMIN"] },
  { href: "/admin/notifications/suppressions", label: "送信停止中の宛先", roles: ["ADMIN"] },
  // only where mails are caught instead of sent (lib/notifications/mailbox/availability.ts)
  { href: "/admin/mailbox", label: "開発用メールボックス", roles: ["ADMIN"], shown: mailboxAvailable },
  { href: "/admin/account/two-factor", label: "2段階認証", roles: "signed-in" },
];

const labelsEn: Record<string, string> = {
  "/admin": "Dashboard",
  "/admin/notices": "Notices",
  "/admin/audit": "Audit log",
  "/admin/notifications": "Send log",
  "/admin/users": "Users",
  "/admin/catalog": "Catalog",
  "/admin/contacts": "Contacts and brand",
  "/admin/notifications/suppressions": "Suppressed addresses",
  "/admin/mailbox": "Development mailbox",
  "/admin/account/two-factor": "Two-factor authentication",
};

/** The menu's labels by address, in both languages (the key-parity test reads them). */
export const menuLabelsIn = localized(Object.fromEntries(sections.map((s) => [s.href, s.label])) as Record<string, string>, labelsEn);

export function consoleMenu(roles: readonly Role[], locale: Locale = "ja") {
  return sections.filter((s) => holdsAnyRole(roles, s.roles) && (s.shown?.() ?? true)).map(({ href }) => ({ href, label: menuLabelsIn[locale][href] ?? href }));
}
