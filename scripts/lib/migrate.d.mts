// Types of migrate.mjs for the TypeScript tests that import it.
export function migrateDatabase(env: NodeJS.ProcessEnv, options?: { cwd?: string }): Promise<void>;
export function migrateDatabaseSync(url: string): void;
