import { describe, expect, it } from "vitest";
import { embedMessages } from "./embed-messages";
import { embedSettingsSchema, httpsOrigin } from "./embed-schema";

const parse = (frameAncestors: string) => embedSettingsSchema.safeParse({ issuerId: "issuer", frameAncestors });

describe("the origins allowed to frame the modal", () => {
  it("takes https origins one per line, normalized as browsers compare them, without duplicates", () => {
    expect(parse(" https://Shop.Example.JP/\n\nhttps://pay.example.com:8443\r\nhttps://shop.example.jp\nhttps://bücher.example")).toMatchObject({
      success: true,
      data: { frameAncestors: ["https://shop.example.jp", "https://pay.example.com:8443", "https://xn--bcher-kva.example"] },
    });
    expect(parse("")).toMatchObject({ success: true, data: { frameAncestors: [] } });
  });

  it("refuses anything that is not an https origin, naming the line, at the field", () => {
    for (const line of ["http://shop.example.jp", "https://shop.example.jp/cart", "https://shop.example.jp?x=1", "https://user@shop.example.jp", "shop.example.jp", "*", "'self'", "https://*.example.jp", "https://a.example 'unsafe-inline'"]) {
      const result = parse(`https://ok.example\n${line}`);
      expect(result.success, line).toBe(false);
      expect(result.error!.issues, line).toEqual([expect.objectContaining({ path: ["frameAncestors"], message: embedMessages.errors.notOrigin(line) })]);
    }
    expect(httpsOrigin("https://ok.example")).toBe("https://ok.example");
  });

  it("takes at most 20", () => {
    const lines = Array.from({ length: 21 }, (_, i) => `https://s${i}.example`).join("\n");
    expect(parse(lines).error!.issues).toEqual([expect.objectContaining({ path: ["frameAncestors"], message: embedMessages.errors.tooMany })]);
  });
});
