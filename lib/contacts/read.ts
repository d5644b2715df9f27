import "server-only";
import { db } from "@/lib/db";

export function listContacts() {
  return db.contact.findMany({ orderBy: [{ archivedAt: { sort: "asc", nulls: "first" } }, { key: "asc" }] });
}

export function findContact(id: string) {
  return db.contact.findUnique({ where: { id } });
}

export function listIssuers() {
  return db.issuer.findMany({ orderBy: { key: "asc" } });
}

export function findIssuer(id: string) {
  return db.issuer.findUnique({ where: { id }, include: { screenDefaults: true } });
}
