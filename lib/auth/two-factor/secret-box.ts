import crypto from "node:crypto";

// TOTP secrets are stored encrypted, so that a copy of the database (a backup, a
// replica, a dump for debugging) does not give away anyone's second factor. The key
// is derived from the app secret (NEXTAUTH_SECRET, lib/auth/secret.ts) with HKDF: no
// second secret to configure, and a different key from the one that signs sessions.
// AES-256-GCM authenticates what it encrypts; `context` (the purpose and the user's
// id) is bound as associated data, so a sealed value copied to another user's row or
// another purpose does not open. Rotating the app secret makes sealed values
// unreadable: enrolled users then need an admin to reset their second factor.
// Not `server-only`: the browser tests' fixture (e2e/support/staff.ts) seals with it too.
const version = "v1";

function key(appSecret: string): Buffer {
  return Buffer.from(crypto.hkdfSync("sha256", appSecret, "", "maintenance-notices/second-factor/v1", 32));
}

export function seal(plain: string, appSecret: string, context: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", key(appSecret), iv);
  cipher.setAAD(Buffer.from(context, "utf8"));
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [version, iv.toString("base64url"), body.toString("base64url"), cipher.getAuthTag().toString("base64url")].join(".");
}

/** The plain text, or null when `sealed` was not sealed with this secret and context (or was altered). */
export function unseal(sealed: string, appSecret: string, context: string): string | null {
  const [v, iv, body, tag, ...rest] = sealed.split(".");
  if (v !== version || !iv || !body || !tag || rest.length) return null;
  try {
    const decipher = crypto.createDecipheriv("aes-256-gcm", key(appSecret), Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(context, "utf8"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}

/** The associated data of a user's stored TOTP secret. */
export const storedSecretContext = (userId: string) => `totp-secret:${userId}`;
