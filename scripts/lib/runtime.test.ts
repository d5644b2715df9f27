import { describe, expect, it } from "vitest";
import packageJson from "../../package.json";

// The tests run on the Node that package.json pins (npm package `node`), not on the
// machine's: scripts/test.mjs re-runs itself under node_modules/.bin/node and puts
// that folder first on PATH for every tool it starts (scripts/lib/env.mjs, toolEnv).
describe("runtime", () => {
  it("is the pinned Node 22 LTS", () => {
    expect(process.version).toBe(`v${packageJson.dependencies.node}`);
    expect(process.versions.node.split(".")[0]).toBe("22");
  });
});
