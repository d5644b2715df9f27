import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

// next-auth's endpoints (sign-in callback, CSRF token, session, sign-out). The
// options are built per request: they read the secret, which a build does not have.
type Context = { params: Promise<{ nextauth: string[] }> };
const handler = (request: Request, context: Context) => NextAuth(request as never, context as never, authOptions());

export { handler as GET, handler as POST };
