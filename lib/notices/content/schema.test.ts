import { describe, expect, it } from "vitest";
import { blockSchema } from "./schema";

const image = (src: string) => blockSchema.safeParse({ type: "IMAGE", src, alt: { ja: "図" } });

describe("IMAGE block src: a path on this site only", () => {
  it.each(["/images/screen.png", "/a/b-c_d.v2.png", "/x", "/.well-known/logo.svg", "/images/..png"])("accepts %s", (src) => {
    const result = image(src);
    expect(result.success).toBe(true);
  });

  it.each([
    "//host/x.png", // protocol-relative: another site
    "///host/x.png",
    "/images//x.png",
    "/\\host/x.png", // browsers read "\" as "/", so this is //host
    "/images\\x.png",
    "/../x.png",
    "/images/../../x.png",
    "/images/./x.png",
    "/..",
    "/.",
    "/images/",
    "/",
    "",
    "x.png",
    "images/x.png",
    "https://example.com/x.png",
    "http:/x.png",
    "javascript:alert(1)",
    "data:image/png;base64,AAAA",
    "/images/%2e%2e/x.png",
    "/images/x.png?v=1",
    "/images/x.png#top",
    "/images/x .png",
    " /images/x.png",
  ])("refuses %j with a field error on src", (src) => {
    const result = image(src);
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ["src"], message: "サイト内のパス / a path on this site" })]);
  });
});
