import type { Role } from "@/lib/generated/prisma/enums";
import { holdsAnyRole } from "./roles";

// The console's sections and who sees them in the menu (Decision 5). The menu only
// hides what a user cannot use; every page and action checks the role itself.
const sections: readonly { href: string; label: string; roles: readonly Role[] | "signed-in" }[] = [
  { href: "/admin", label: "ダッシュボード", roles: "signed-in" },
  { href: "/admin/notices", label: "お知らせ", roles: "signed-in" },
  { href: "/admin/audit", label: "監査ログ", roles: ["APPROVER", "ADMIN"] },
  { href: "/admin/users", label: "ユーザー", roles: ["ADMIN"] },
  { href: "/admin/catalog", label: "カタログ", roles: ["ADMIN"] },
  { href: "/admin/contacts", label: "問い合わせ先・ブランド", roles: ["ADMIN"] },
  { href: "/admin/account/two-factor", label: "2段階認証", roles: "signed-in" },
];

export function consoleMenu(roles: readonly Role[]) {
  return sections.filter((s) => holdsAnyRole(roles, s.roles)).map(({ href, label }) => ({ href, label }));
}
