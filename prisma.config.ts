import path from "node:path";
import type { PrismaConfig } from "prisma";
// The CLI talks to PostgreSQL through a driver adapter so that Prisma's WASM
// schema engine is used and no native engine has to be downloaded (see
// docs/decisions/0002-prisma-offline.md). The CLI needs adapter-pg 7.x: 6.19's
// adapter cannot deserialize the `name` column type that migrate reads.
import { PrismaPg } from "@prisma/adapter-pg-cli";

/**
 * The adapter's executeScript splits a migration on every ";", which breaks
 * PL/pgSQL function bodies and comments. PostgreSQL's simple query protocol runs
 * a multi-statement script itself, in one implicit transaction, so a migration
 * applies whole or not at all.
 */
class WholeScriptPrismaPg extends PrismaPg {
  override async connect() {
    const adapter = await super.connect();
    // `client` and `onError` are protected in the typings but plain properties at run time
    const { client, onError } = adapter as unknown as { client: { query(sql: string): Promise<unknown> }; onError(e: unknown): never };
    adapter.executeScript = async (script: string) => {
      try {
        await client.query(script);
      } catch (error) {
        onError.call(adapter, error);
      }
    };
    return adapter;
  }
}

export default {
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error("DATABASE_URL is not set (run through scripts/with-db.mjs)");
    return new WholeScriptPrismaPg({ connectionString });
  },
} satisfies PrismaConfig;
