import "server-only";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { authenticate } from "./authenticate";
import { clientAddress } from "./client-address";
import { oidcProvider } from "./oidc";
import { servedOverHttps } from "./secure-cookies";
import { authSecret } from "./secret";

// Sessions are JWTs in a cookie (next-auth 4, Credentials provider, and company SSO
// when configured). The token carries the user's id, session version and whether the
// sign-in passed a second factor; roles, the active flag and the enrolled factor are
// read from the database on every request (lib/auth/session.ts), so changing them
// takes effect at once.
export const sessionHours = 12;

async function findActiveStaff(email: string) {
  const user = await db.user.findUnique({ where: { email } });
  return user && user.disabledAt === null ? user : null;
}

export function authOptions(): AuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: sessionHours * 3600 },
    // next-auth's default cookies are SameSite=Lax and HttpOnly; with secure cookies
    // the session cookie is `__Secure-next-auth.session-token` and the CSRF cookie `__Host-…`
    useSecureCookies: servedOverHttps(),
    pages: { signIn: "/admin/sign-in", error: "/admin/sign-in" },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "password",
        credentials: { email: { type: "email" }, password: { type: "password" }, code: { type: "text" } },
        async authorize(credentials, request) {
          const result = await authenticate(db, credentials, clientAddress(request.headers ?? {}));
          // next-auth passes a thrown message to the browser as the error: the form maps it to a field
          if (!result.ok) throw new Error(result.reason);
          const { id, email, name, sessionVersion, secondFactorPassed } = result.user;
          return { id, email, name, sessionVersion, secondFactorPassed };
        },
      }),
      ...[oidcProvider(process.env, findActiveStaff)].filter((provider) => provider !== null),
    ],
    callbacks: {
      signIn({ user }) {
        return !user.refused;
      },
      jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.sessionVersion = user.sessionVersion;
          token.secondFactorPassed = user.secondFactorPassed;
        }
        return token;
      },
      session({ session, token }) {
        return { ...session, userId: token.sub, sessionVersion: token.sessionVersion, secondFactorPassed: token.secondFactorPassed };
      },
    },
  };
}
