import "server-only";
import { headers } from "next/headers";

/** This request's CSP nonce, as proxy.ts put it into the request's policy header (null outside the console). */
export async function consoleNonce(): Promise<string | null> {
  const policy = (await headers()).get("content-security-policy");
  return policy?.match(/'nonce-([A-Za-z0-9+/=]+)'/)?.[1] ?? null;
}
