import "server-only";
import { forbidden } from "next/navigation";
import { holdsAnyRole } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import type { Role } from "@/lib/generated/prisma/enums";

/** Whether the user holds one of `roles` (Decision 5: roles are held side by side, not a ladder). */
export function holdsAny(user: Pick<SessionUser, "roles">, roles: readonly Role[] | "signed-in"): boolean {
  return holdsAnyRole(user.roles, roles);
}

/** 403 (Next's forbidden()) unless the user holds one of `roles`. */
export function forbiddenUnlessAny(user: SessionUser, roles: readonly Role[] | "signed-in"): void {
  if (!holdsAny(user, roles)) forbidden();
}
