// Types of db.mjs for the TypeScript tests that import it.
export const ADMIN_ROLE: "postgres";
export const APP_ROLE: "notices_app";

export interface EmbeddedCluster {
  port: number;
  dataDir: string;
  /** the superuser's URL of the "postgres" database */
  adminUrl: string;
  adminUrlFor(database: string): string;
  /** the application role's URL of a database */
  urlFor(database: string): string;
  stop(): Promise<void>;
  started: boolean;
}

export function freePort(port: number): Promise<number>;
export function secretsFile(dataDir: string): string;
export function handOverDatabase(adminUrlOf: (database: string) => string, database: string): Promise<void>;
export function startEmbedded(options?: { name?: string; port?: number; log?: (message: string) => void }): Promise<EmbeddedCluster>;
export function withDatabase(url: string, database: string): string;
export function query(url: string, sql: string, values?: unknown[]): Promise<import("pg").QueryResult>;
export function createDatabaseIfMissing(adminUrl: string, database: string, owner?: string): Promise<void>;
export function dropDatabase(adminUrl: string, database: string): Promise<void>;
export function acquireDatabase(options?: { scratch?: boolean; log?: (message: string) => void }): Promise<{ url: string; release(): Promise<void> }>;
