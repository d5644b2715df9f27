import path from "node:path";
import { defineConfig } from "vitest/config";
import { SeededFirstSequencer } from "./test/seeded-first-sequencer";

// Two layers: unit tests beside the code (no database), and integration tests
// (*.int.test.ts) against a real, freshly migrated PostgreSQL that
// scripts/with-db.mjs --scratch provides through DATABASE_URL.
const alias = { "@": path.resolve(__dirname), "server-only": path.resolve(__dirname, "test/server-only-stub.ts") };
// a test in which no assertion ran passes whatever the code does: fail it instead
const expect = { requireAssertions: true };

export default defineConfig({
  resolve: { alias },
  test: {
    // integration files that need the database as seeded run first (test/seeded-first-sequencer.ts)
    sequence: { sequencer: SeededFirstSequencer },
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "components/**/*.test.ts", "scripts/**/*.test.ts", "test/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "node_modules/**"],
          environment: "node",
          expect,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["**/*.int.test.ts"],
          exclude: ["node_modules/**"],
          environment: "node",
          expect,
          // one database per run: files share it, so they run one after another
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
