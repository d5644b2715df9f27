// What this app adds to next-auth's user and token (lib/auth/options.ts).
import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface User {
    sessionVersion: number;
    /** the sign-in passed a second factor (a TOTP or recovery code, or company SSO) */
    secondFactorPassed: boolean;
    /** an SSO sign-in of someone who is not an active staff user (lib/auth/oidc.ts) */
    refused?: true;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sessionVersion?: number;
    secondFactorPassed?: boolean;
  }
}
