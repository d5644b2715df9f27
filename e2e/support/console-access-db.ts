import pg from "pg";
import { samples } from "./console-access";

// The test database side of the access matrix: sample ids for URLs, and a digest
// that tells whether a refused request changed anything.

// one connection for the file's many questions (a new one per query cost more than the query)
let client: Promise<pg.Client> | null = null;

export async function query<T>(sql: string): Promise<T[]> {
  client ??= (async () => {
    const connected = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await connected.connect();
    return connected;
  })();
  return (await (await client).query(sql)).rows as T[];
}

export async function closeDatabase(): Promise<void> {
  const open = client;
  client = null;
  await (await open)?.end();
}

let digestSql: string | null = null;

/** A digest of every row of every table: equal before and after means the request changed nothing. */
export async function databaseDigest(): Promise<Record<string, string>> {
  // the tables are those of the migrated schema, the same for the whole run
  if (!digestSql) {
    const tables = await query<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`);
    digestSql = tables.map(({ tablename }) => `SELECT '${tablename}' AS t, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS d FROM "${tablename}" x`).join(" UNION ALL ");
  }
  const rows = await query<{ t: string; d: string }>(digestSql);
  return Object.fromEntries(rows.map((row) => [row.t, row.d]));
}

/** The URL with its `:name` segments filled from the test database (console-access.ts `samples`). */
export async function fillUrl(url: string): Promise<string> {
  let filled = url;
  for (const [, name] of url.matchAll(/:([A-Za-z]+)/g)) {
    const sql = samples[name!];
    if (!sql) throw new Error(`no sample for :${name} in e2e/support/console-access.ts`);
    const [row] = await query<Record<string, unknown>>(sql);
    if (!row) throw new Error(`the sample for :${name} found no row`);
    filled = filled.replace(`:${name}`, encodeURIComponent(String(Object.values(row)[0])));
  }
  return filled;
}
