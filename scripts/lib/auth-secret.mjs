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

export function localAuthSecret(file = defaultFile) {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  if (!fs.existsSync(file)) {
    // written beside it, then linked into place: a process starting at the same time
    // reads either no file or the whole secret, and the first link wins
    const draft = `${file}.${process.pid}`;
    fs.writeFileSync(draft, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
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
