import { describe, expect, it } from "vitest";
import { attachmentMessages, cleanFileName, maxAttachmentBytes, sniffImageType, uploadSchema } from "./limits";

const bytes = (...values: number[]) => new Uint8Array([...values, ...new Array(16).fill(0)]);

describe("what an upload is, by its bytes", () => {
  it("knows PNG, JPEG, GIF and WebP by their signatures", () => {
    expect(sniffImageType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe("image/png");
    expect(sniffImageType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe("image/jpeg");
    expect(sniffImageType(new TextEncoder().encode("GIF89a......"))).toBe("image/gif");
    expect(sniffImageType(new TextEncoder().encode("RIFF\0\0\0\0WEBPVP8 "))).toBe("image/webp");
  });
  it("refuses SVG, HTML and a file that only claims to be an image", () => {
    expect(sniffImageType(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).toBeNull();
    expect(sniffImageType(new TextEncoder().encode("<!doctype html><script>"))).toBeNull();
    expect(sniffImageType(new TextEncoder().encode("GIF87b"))).toBeNull();
  });
});

describe("the upload schema", () => {
  it("refuses a file over the limit with the Japanese message", () => {
    const big = new File([new Uint8Array(maxAttachmentBytes + 1)], "big.png", { type: "image/png" });
    const parsed = uploadSchema.safeParse({ file: big });
    expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["file", attachmentMessages.tooLarge]]);
  });
  it("refuses a missing file", () => {
    expect(uploadSchema.safeParse({ file: null }).error?.issues[0]?.message).toBe(attachmentMessages.missing);
  });
});

describe("file names", () => {
  it("keep no path, quotes or control characters", () => {
    expect(cleanFileName('..\\..\\evil"\u0000name.png')).toBe("evilname.png");
    expect(cleanFileName("/tmp/")).toBe("image");
  });
});
