// The client's address for the per-address sign-in limit. The app listens on the
// loopback interface behind a reverse proxy (README: running behind nginx), which
// appends the address it saw to X-Forwarded-For: the last entry is the one the proxy
// vouches for; earlier entries are whatever the client sent and are ignored.
export function clientAddress(headers: Record<string, string | string[] | undefined>): string {
  const forwarded = headers["x-forwarded-for"];
  const value = Array.isArray(forwarded) ? forwarded.join(",") : forwarded;
  const last = value?.split(",").map((part) => part.trim()).filter(Boolean).at(-1);
  return last || "direct";
}
