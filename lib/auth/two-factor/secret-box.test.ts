import { describe, expect, it } from "vitest";
import { seal, unseal } from "./secret-box";

const appSecret = "s".repeat(43);

describe("secret box", () => {
  it("round-trips, and never stores the plain text", () => {
    const sealed = seal("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", appSecret, "totp-secret:u1");
    expect(sealed).not.toContain("JBSWY3DP");
    expect(sealed).toMatch(/^v1\./);
    expect(unseal(sealed, appSecret, "totp-secret:u1")).toBe("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
    // a fresh IV each time
    expect(seal("x", appSecret, "c")).not.toBe(seal("x", appSecret, "c"));
  });

  it("does not open with another app secret, another context, or after tampering", () => {
    const sealed = seal("secret", appSecret, "totp-secret:u1");
    expect(unseal(sealed, "t".repeat(43), "totp-secret:u1")).toBeNull();
    expect(unseal(sealed, appSecret, "totp-secret:u2")).toBeNull();
    const [v, iv, body, tag] = sealed.split(".") as [string, string, string, string];
    const flipped = Buffer.from(body, "base64url");
    flipped[0]! ^= 1;
    expect(unseal([v, iv, flipped.toString("base64url"), tag].join("."), appSecret, "totp-secret:u1")).toBeNull();
    expect(unseal("garbage", appSecret, "totp-secret:u1")).toBeNull();
    expect(unseal(`v2.${iv}.${body}.${tag}`, appSecret, "totp-secret:u1")).toBeNull();
  });
});
