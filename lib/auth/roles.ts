import type { Role } from "@/lib/generated/prisma/enums";
import { localized } from "@/lib/i18n/console/translation";
import type { Locale } from "@/lib/i18n/locale";

// DESIGN.md Decision 5. Roles are held side by side (a user may hold several), not
// a ladder: an admin who is not also an editor writes no notices.
export const roleLabels: Record<Role, string> = {
  EDITOR: "編集者",
  APPROVER: "承認者",
  ADMIN: "管理者",
};

export const roleLabelsIn = localized(roleLabels, { EDITOR: "Editor", APPROVER: "Approver", ADMIN: "Admin" });

const order: Role[] = ["EDITOR", "APPROVER", "ADMIN"];

export function describeRoles(roles: readonly Role[], locale: Locale): string[] {
  return order.filter((role) => roles.includes(role)).map((role) => roleLabelsIn[locale][role]);
}

/** Whether `held` includes one of `wanted`; `"signed-in"`: any active staff user. */
export function holdsAnyRole(held: readonly Role[], wanted: readonly Role[] | "signed-in"): boolean {
  return wanted === "signed-in" || wanted.some((role) => held.includes(role));
}
