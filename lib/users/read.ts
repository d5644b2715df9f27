import "server-only";
import { db } from "@/lib/db";

/** The staff list of /admin/users: active users first, then by name. */
export function listUsers() {
  return db.user.findMany({
    orderBy: [{ disabledAt: { sort: "asc", nulls: "first" } }, { name: "asc" }],
    select: { id: true, name: true, email: true, roles: true, disabledAt: true, createdAt: true, passwordHash: true },
  });
}

export function findUser(id: string) {
  return db.user.findUnique({ where: { id }, select: { id: true, name: true, email: true, roles: true, disabledAt: true, createdAt: true } });
}
