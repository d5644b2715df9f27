// The command line's own input: a typo in an option is answered with the usage and exit
// code 2, never a stack trace; --help prints the usage (the module needs a DATABASE_URL to load,
// so this runs with the integration tests; neither case queries it).
import { describe, expect, it } from "vitest";
import { runMaintenanceCli, usage } from "./cli";

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) } };
}

describe("npm run maintenance: its options", () => {
  it("an unknown option gets the usage and exit code 2", async () => {
    const run = io();
    expect(await runMaintenanceCli(["start", "--chanels", "link-payment"], run.io)).toBe(2);
    expect(run.err.join("\n")).toContain("Unknown option '--chanels'");
    expect(run.err.join("\n")).toContain(usage);
  });

  it("--help prints the usage", async () => {
    const run = io();
    expect(await runMaintenanceCli(["--help"], run.io)).toBe(0);
    expect(run.out).toEqual([usage]);
  });
});
