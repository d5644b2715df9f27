import "server-only";

// The key that signs and encrypts session tokens. Never a constant in code: the
// environment provides it. `npm run dev`, `npm start` with the embedded database and
// `npm test` put a random one there, made once and kept in .data/auth-secret (0600,
// scripts/lib/auth-secret.mjs). A deployment sets NEXTAUTH_SECRET (or AUTH_SECRET);
// without it the server refuses to start (instrumentation.ts) rather than run with
// sessions anyone could forge.
export function authSecret(): string {
  const secret = process.env.NEXTAUTH_SECRET || process.env.AUTH_SECRET;
  if (!secret) {
    throw new Error("NEXTAUTH_SECRET (or AUTH_SECRET) is not set: the staff console cannot sign sessions. Set it to a random value of 32 bytes or more, e.g. `openssl rand -base64 32`.");
  }
  if (secret.length < 32) throw new Error("NEXTAUTH_SECRET (or AUTH_SECRET) is shorter than 32 characters: use a random value, e.g. `openssl rand -base64 32`.");
  return secret;
}

/** At server start (instrumentation.ts): without a usable secret the process ends here. */
export function refuseToStartWithoutSecret(): void {
  try {
    authSecret();
  } catch (error) {
    console.error(`[auth] ${(error as Error).message}`);
    process.exit(1);
  }
}
