import type { Role } from "@/lib/generated/prisma/enums";

// DESIGN.md Decision 5. Roles are held side by side (a user may hold several), not
// a ladder: an admin who is not also an editor writes no notices.
export const roleLabels: Record<Role, string> = {
  EDITOR: "編集者",
  APPROVER: "承認者",
  ADMIN: "管理者",
};

const order: Role[] = ["EDITOR", "APPROVER", "ADMIN"];

export function describeRoles(roles: readonly Role[]): string[] {
  return order.filter((role) => roles.includes(role)).map((role) => roleLabels[role]);
}

/** Whether `held` includes one of `wanted`; `"signed-in"`: any active staff user. */
export function holdsAnyRole(held: readonly Role[], wanted: readonly Role[] | "signed-in"): boolean {
  return wanted === "signed-in" || wanted.some((role) => held.includes(role));
}
