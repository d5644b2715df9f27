import { describe, expect, it } from "vitest";
import { oidcConfigured, oidcProvider, type StaffAccount } from "./oidc";

const full = { OIDC_ISSUER: "https://login.example.jp/realms/staff/", OIDC_CLIENT_ID: "notices", OIDC_CLIENT_SECRET: "s3cret" };
const staff: StaffAccount = { id: "u1", email: "approver@example.com", name: "承認 太郎", sessionVersion: 3 };
const lookup = async (email: string) => (email === staff.email ? staff : null);

describe("company SSO (OIDC)", () => {
  it("is configured exactly when issuer, client id and client secret are all set", () => {
    expect(oidcProvider({}, lookup)).toBeNull();
    for (const missing of Object.keys(full)) {
      const env = { ...full, [missing]: "" };
      expect(oidcConfigured(env)).toBe(false);
      expect(oidcProvider(env, lookup)).toBeNull();
    }
    const provider = oidcProvider({ ...full, OIDC_NAME: "社内SSO" }, lookup);
    expect(provider).toMatchObject({
      id: "oidc",
      name: "社内SSO",
      type: "oauth",
      wellKnown: "https://login.example.jp/realms/staff/.well-known/openid-configuration",
      clientId: "notices",
      clientSecret: "s3cret",
      idToken: true,
      checks: ["pkce", "state", "nonce"],
    });
  });

  it("signs in only active staff users, by verified e-mail; others are refused", async () => {
    const provider = oidcProvider(full, lookup)!;
    const tokens = {};
    expect(await provider.profile!({ sub: "x", email: "Approver@Example.com", email_verified: true }, tokens)).toEqual({
      id: "u1", email: "approver@example.com", name: "承認 太郎", sessionVersion: 3, secondFactorPassed: true,
    });
    expect(await provider.profile!({ sub: "x", email: "stranger@example.com" }, tokens)).toMatchObject({ refused: true });
    expect(await provider.profile!({ sub: "x", email: "approver@example.com", email_verified: false }, tokens)).toMatchObject({ refused: true });
    expect(await provider.profile!({ sub: "x" }, tokens)).toMatchObject({ refused: true });
  });
});
