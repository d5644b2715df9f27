import { describe, expect, it } from "vitest";
import { badUrlResponse, findUrlProblem, urlProblemMessage } from "./bad-url";

const hex = (c: number) => `%${c.toString(16).toUpperCase().padStart(2, "0")}`;
const c0AndDel = [...Array.from({ length: 0x20 }, (_, i) => i), 0x7f];

describe("findUrlProblem", () => {
  it("finds every C0 character and DEL in a path segment and in a parameter's value or name", () => {
    for (const c of c0AndDel) {
      const char = String.fromCharCode(c);
      expect(findUrlProblem(`/notices/a${hex(c)}b`, "")).toEqual({ kind: "control", char, at: { part: "path" } });
      expect(findUrlProblem("/", `?page=2&q=a${hex(c)}`)).toEqual({ kind: "control", char, at: { part: "value", param: "q" } });
      expect(findUrlProblem("/", `?x${hex(c)}=1`)).toEqual({ kind: "control", char, at: { part: "name" } });
    }
  });

  it("finds C1 characters encoded as UTF-8, and reports a lone %80 as malformed", () => {
    expect(findUrlProblem("/notices/%C2%85", "")).toEqual({ kind: "control", char: "\u0085", at: { part: "path" } });
    expect(findUrlProblem("/notices/%80", "")).toEqual({ kind: "encoding", at: { part: "path" } });
  });

  it("reports malformed percent-encoding in the path and the query", () => {
    expect(findUrlProblem("/notices/%E0%A4%A", "")).toEqual({ kind: "encoding", at: { part: "path" } });
    expect(findUrlProblem("/", "?q=%ZZ")).toEqual({ kind: "encoding", at: { part: "value", param: "q" } });
    expect(findUrlProblem("/", "?%ZZ=1")).toEqual({ kind: "encoding", at: { part: "name" } });
    // what Next passes on for ?q=%80: the replacement character, re-encoded
    expect(findUrlProblem("/", "?q=a%EF%BF%BD")).toEqual({ kind: "encoding", at: { part: "value", param: "q" } });
  });

  it("lets ordinary addresses through: Japanese, spaces, plus signs, empty values", () => {
    expect(findUrlProblem("/notices/2019-07-29-webcollect-scheduled-maintenance/revisions/2", "")).toBeNull();
    expect(findUrlProblem("/", `?q=${encodeURIComponent("本与信　遅延")}&service=&kind=SCHEDULED`)).toBeNull();
    expect(findUrlProblem("/en", "?q=a+b&q=%2500&&page")).toBeNull();
  });
});

describe("badUrlResponse", () => {
  const problem = { kind: "control", char: "\u0000", at: { part: "value", param: "q" } } as const;

  it("answers 400 in Japanese on the Japanese site, never cached", async () => {
    const response = badUrlResponse(problem, "/");
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.text()).toBe("アドレスのパラメータ「q」に使えない文字（制御文字 U+0000）が含まれています。\n");
  });

  it("answers in English under /en and in JSON under /api", async () => {
    expect(await badUrlResponse({ kind: "encoding", at: { part: "path" } }, "/en/notices/x").text()).toBe("The address has malformed percent-encoding in the path.\n");
    const api = badUrlResponse(problem, "/api/v1/notices");
    expect(api.status).toBe(400);
    expect(await api.json()).toEqual({ error: "bad_request", message: 'The address contains a control character (U+0000) in parameter "q".' });
  });

  it("names the place of the problem", () => {
    expect(urlProblemMessage({ kind: "control", char: "\u007f", at: { part: "path" } }, "ja")).toBe("アドレスのパスに使えない文字（制御文字 U+007F）が含まれています。");
    expect(urlProblemMessage({ kind: "encoding", at: { part: "name" } }, "en")).toBe("The address has malformed percent-encoding in a parameter name.");
  });
});
