import "server-only";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { authenticate } from "./authenticate";
import { clientAddress } from "./client-address";
import { servedOverHttps } from "./secure-cookies";
import { authSecret } from "./secret";

// Sessions are JWTs in a cookie (next-auth 4, Credentials provider). The token
// carries the user's id and session version only; roles and the active flag are
// read from the database on every request (lib/auth/session.ts), so changing them
// takes effect at once.
const sessionHours = 12;


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
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, request) {
          const result = await authenticate(db, credentials, clientAddress(request.headers ?? {}));
          // next-auth passes a thrown message to the browser as the error: the form maps it to a field
          if (!result.ok) throw new Error(result.reason);
          return { id: result.user.id, email: result.user.email, name: result.user.name, sessionVersion: result.user.sessionVersion };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) token.sessionVersion = user.sessionVersion;
        return token;
      },
      session({ session, token }) {
        return { ...session, userId: token.sub, sessionVersion: token.sessionVersion };
      },
    },
  };
}
