// The session-signing secret of a local install (`npm run dev`, `npm start` with the
// embedded database, the tests): random, made once, kept in .data/auth-secret readable
// by its owner only, so that sessions survive a restart. A deployment sets
// NEXTAUTH_SECRET (or AUTH_SECRET) itself; the server refuses to start without one
// (lib/auth/secret.ts, instrumentation.ts).
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const defaultFile = fileURLToPath(new URL("../../.data/auth-secret", import.meta.url));
const defaultPasswordFile = fileURLToPath(new URL("../../.data/dev-password", import.meta.url));

export function localAuthSecret(file = defaultFile) {
  return localSecret(file, () => crypto.randomBytes(32).toString("base64url"));
}

/**
 * The password of the seeded staff users of a local install (`npm start` with the
 * embedded database): random, made at the first start, kept in .data/dev-password
 * (0600) and printed at each start. There is no fixed development password.
 */
export function localDevelopmentPassword(file = defaultPasswordFile) {
  return localSecret(file, () => crypto.randomBytes(12).toString("base64url"));
}

/** A random value made once into `file` (mode 0600, its folder 0700), then read from it. */
function localSecret(file, make) {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  if (!fs.existsSync(file)) {
    // written beside it, then linked into place: a process starting at the same time
    // reads either no file or the whole secret, and the first link wins
    const draft = `${file}.${process.pid}`;
    fs.writeFileSync(draft, make(), { mode: 0o600 });
    try {
      fs.linkSync(draft, file);
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
    } finally {
      fs.unlinkSync(draft);
    }
  }
  fs.chmodSync(file, 0o600);
  return fs.readFileSync(file, "utf8").trim();
}

/** NEXTAUTH_SECRET for a local process: the environment's, or the local file's. */
export function authSecretEnv() {
  return process.env.NEXTAUTH_SECRET || process.env.AUTH_SECRET ? {} : { NEXTAUTH_SECRET: localAuthSecret() };
}
