import "server-only";
import { encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { sessionHours } from "./options";
import { authSecret } from "./secret";
import { servedOverHttps } from "./secure-cookies";

/**
 * Replaces this browser's session with one for the user's new session version that
 * has passed the second factor: after an enrolment (which ends every other session)
 * the person who just proved the new factor stays signed in. Sealed exactly as
 * next-auth seals its own (next-auth/jwt's encode, the same secret and lifetime, the
 * cookie name next-auth uses with or without secure cookies).
 */
export async function reissueSession(user: { id: string; email: string; name: string }, sessionVersion: number): Promise<void> {
  const maxAge = sessionHours * 3600;
  const secure = servedOverHttps();
  const token = await encode({
    token: { sub: user.id, email: user.email, name: user.name, sessionVersion, secondFactorPassed: true },
    secret: authSecret(),
    maxAge,
  });
  (await cookies()).set(secure ? "__Secure-next-auth.session-token" : "next-auth.session-token", token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure,
    maxAge,
  });
}
