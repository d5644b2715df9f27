import { describe, expect, it } from "vitest";
import { parseExportArgs } from "./args";

const parse = (...argv: string[]) => parseExportArgs(argv, "/srv");

describe("the arguments of npm run export:maintenance", () => {
  it("an export: --out resolved, --at an instant with its offset, --from", () => {
    expect(parse("--out", "bundle")).toEqual({ command: "export", out: "/srv/bundle", at: null, from: null });
    expect(parse("--out", "/b", "--at", "2019-07-29T02:00:00+09:00", "--from", "file")).toEqual({ command: "export", out: "/b", at: new Date("2019-07-28T17:00:00Z"), from: "file" });
  });

  it("the override", () => {
    expect(parse("--out", "b", "--force", "off")).toEqual({ command: "force", out: "/srv/b", force: "off" });
  });

  it.each([
    [[], "--out DIR is required"],
    [["--out", "/"], "not the root directory"],
    [["--out", "b", "--at", "2019-07-29"], "--at 2019-07-29: must be an ISO 8601 instant"],
    [["--out", "b", "--at", "2019-07-29T02:00:00"], "must be an ISO 8601 instant with its offset"],
    [["--out", "b", "--at", "2019-13-40T02:00:00Z"], "must be an ISO 8601 instant"],
    [["--out", "b", "--from", "cache"], "--from cache: must be database or file"],
    [["--out", "b", "--force", "maybe"], "--force maybe: must be on, off or auto"],
    [["--out", "b", "--force", "on", "--at", "2019-07-29T02:00:00Z"], "--force takes only --out"],
    [["--out", "b", "--bogus"], "Unknown option '--bogus'"],
    [["--out", "b", "stray"], "Unexpected argument 'stray'"],
  ])("refuses %j", (argv, message) => {
    expect(() => parseExportArgs(argv, "/srv")).toThrow(message);
  });
});
