import { generate } from "otplib";
import { describe, expect, it } from "vitest";
import { checkTotp, newTotpSecret, otpauthUri, totpPeriodSeconds } from "./totp";

const secret = newTotpSecret();
const at = new Date("2026-11-29T06:00:10Z"); // 10 s into a step
const epoch = Math.floor(at.getTime() / 1000);
const step = Math.floor(epoch / totpPeriodSeconds);
const codeAt = (seconds: number) => generate({ secret, epoch: seconds });

describe("TOTP", () => {
  it("accepts the current step's code and the steps either side, and no further", async () => {
    expect(await checkTotp(secret, await codeAt(epoch), at, null)).toEqual({ ok: true, step });
    expect(await checkTotp(secret, await codeAt(epoch - 30), at, null)).toEqual({ ok: true, step: step - 1 });
    expect(await checkTotp(secret, await codeAt(epoch + 30), at, null)).toEqual({ ok: true, step: step + 1 });
    // two steps away: outside the window (±30 s); codes of other steps that happen to collide are astronomically unlikely
    expect(await checkTotp(secret, await codeAt(epoch - 70), at, null)).toEqual({ ok: false });
    expect(await checkTotp(secret, await codeAt(epoch + 70), at, null)).toEqual({ ok: false });
  });

  it("refuses a code of a step at or before the last one accepted (replay)", async () => {
    const code = await codeAt(epoch);
    expect(await checkTotp(secret, code, at, step)).toEqual({ ok: false });
    expect(await checkTotp(secret, await codeAt(epoch - 30), at, step)).toEqual({ ok: false });
    expect(await checkTotp(secret, code, at, step - 1)).toEqual({ ok: true, step });
    // the next step's code is still good after the current one was used
    expect(await checkTotp(secret, await codeAt(epoch + 30), at, step)).toEqual({ ok: true, step: step + 1 });
    // every step of the window used up: refused, not an error
    expect(await checkTotp(secret, await codeAt(epoch + 30), at, step + 5)).toEqual({ ok: false });
  });

  it("refuses malformed codes and another secret's code without throwing", async () => {
    for (const code of ["", "12345", "1234567", "abcdef", " 123456"]) expect(await checkTotp(secret, code, at, null)).toEqual({ ok: false });
    expect(await checkTotp(newTotpSecret(), await codeAt(epoch), at, null)).toEqual({ ok: false });
  });

  it("makes 160-bit secrets and a standard otpauth URI", () => {
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const uri = new URL(otpauthUri(secret, "approver@example.com"));
    expect(uri.protocol).toBe("otpauth:");
    expect(uri.searchParams.get("secret")).toBe(secret);
    expect(uri.searchParams.get("issuer")).toBe("Maintenance Notices");
    expect(decodeURIComponent(uri.pathname)).toContain("approver@example.com");
  });
});
