import "server-only";
import { db, type Tx } from "@/lib/db";

// One site shows one issuer: SITE_ISSUER_KEY names it when the database holds several;
// otherwise the first by key. Without Next's cache, so the worker (a plain Node process)
// reads it the same way the pages do (site-brand.ts caches it for them).

export async function siteIssuer(client: Tx | typeof db = db) {
  const key = process.env.SITE_ISSUER_KEY;
  const issuer = await client.issuer.findFirst({ where: key ? { key } : {}, orderBy: { key: "asc" } });
  if (!issuer) throw new Error(key ? `no issuer with key "${key}" (SITE_ISSUER_KEY)` : "no issuer record: run the seed (npm run db:seed)");
  return issuer;
}
