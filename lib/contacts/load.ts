import "server-only";
import { notFound } from "next/navigation";
import { contactMessages as m } from "./messages";
import { findContact, findIssuer } from "./read";

type SearchParams = Promise<{ done?: string | string[] }>;

/**
 * A contacts edit page's record by its id segment (404 when there is none) and the
 * notice its last save asked for with ?done=…; the page checks the role first.
 */
async function loadForEdit<T>(id: Promise<string>, searchParams: SearchParams, find: (id: string) => Promise<T | null>) {
  const [key, { done }] = await Promise.all([id, searchParams]);
  const record = await find(key);
  if (!record) notFound();
  const doneMessage = typeof done === "string" && done in m.done ? m.done[done as keyof typeof m.done] : null;
  return { record, doneMessage };
}

export const loadContactForEdit = (params: Promise<{ id: string }>, searchParams: SearchParams) => loadForEdit(params.then((p) => p.id), searchParams, findContact);

export const loadIssuerForEdit = (params: Promise<{ issuerId: string }>, searchParams: SearchParams) =>
  loadForEdit(params.then((p) => p.issuerId), searchParams, findIssuer);
