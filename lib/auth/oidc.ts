import type { OAuthConfig } from "next-auth/providers/oauth";
import type { User } from "next-auth";

// Company SSO: a generic OpenID Connect provider (next-auth 4), switched on when the
// environment names an issuer, a client id and a client secret (README: company SSO).
// It signs in only people who already exist as active staff users, matched by the
// verified e-mail address the IdP asserts: nobody gets an account by signing in.
// A sign-in through the company IdP counts as having passed the second factor: the
// IdP is where the company enforces its own MFA (configure it there), and this app
// cannot ask an SSO user for a TOTP code it never enrolled.
export const oidcProviderId = "oidc";

/** OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET (all three switch SSO on) and OIDC_NAME (the button's label). */
export type OidcEnv = Record<string, string | undefined>;

export interface StaffAccount {
  id: string;
  email: string;
  name: string;
  sessionVersion: number;
}

interface OidcProfile {
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
}

/** Whether company SSO is configured (all three variables set); the sign-in page shows its button then. */
export function oidcConfigured(env: OidcEnv = process.env): boolean {
  return Boolean(env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET);
}

/** The button's label: OIDC_NAME, or a generic one. */
export function oidcName(env: OidcEnv = process.env): string {
  return env.OIDC_NAME || "社内アカウント";
}

/**
 * The provider, or null when SSO is not configured. `findActiveStaff` looks up an
 * active user by lower-cased e-mail (the database, in lib/auth/options.ts).
 */
export function oidcProvider(env: OidcEnv, findActiveStaff: (email: string) => Promise<StaffAccount | null>): OAuthConfig<OidcProfile> | null {
  if (!oidcConfigured(env)) return null;
  const issuer = env.OIDC_ISSUER!.replace(/\/+$/, "");
  return {
    id: oidcProviderId,
    name: oidcName(env),
    type: "oauth",
    wellKnown: `${issuer}/.well-known/openid-configuration`,
    issuer,
    clientId: env.OIDC_CLIENT_ID,
    clientSecret: env.OIDC_CLIENT_SECRET,
    authorization: { params: { scope: "openid email profile" } },
    checks: ["pkce", "state", "nonce"],
    idToken: true,
    async profile(profile): Promise<User> {
      const email = profile.email?.trim().toLowerCase();
      const staff = email && profile.email_verified !== false ? await findActiveStaff(email) : null;
      // refused in the signIn callback (lib/auth/options.ts): no self-sign-up
      if (!staff) return { id: `oidc:${profile.sub}`, email, name: profile.name, sessionVersion: 0, secondFactorPassed: false, refused: true };
      return { id: staff.id, email: staff.email, name: staff.name, sessionVersion: staff.sessionVersion, secondFactorPassed: true };
    },
  };
}
