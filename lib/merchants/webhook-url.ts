import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";
import { merchantMessages } from "./messages";

// The one rule for a webhook's address (issue 11): checked when an admin registers it
// and again by the delivery just before each send (a name may resolve elsewhere by
// then). Every address a name resolves to is checked: one private answer is enough
// to refuse, since the HTTP client may pick any of them.

export type WebhookUrlProblem = "invalid" | "not-https" | "private-host" | "unresolvable";

export class WebhookUrlError extends Error {
  constructor(
    readonly problem: WebhookUrlProblem,
    readonly address?: string,
  ) {
    super(merchantMessages.errors.webhookUrl[problem]);
    this.name = "WebhookUrlError";
  }
}

// not reachable on the public internet, or not a unicast host at all
const blocked = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8], // "this" network
  ["10.0.0.0", 8], // private
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8], // loopback
  ["169.254.0.0", 16], // link-local (incl. cloud metadata 169.254.169.254)
  ["172.16.0.0", 12], // private
  ["192.0.0.0", 24], // IETF protocol assignments
  ["192.168.0.0", 16], // private
  ["198.18.0.0", 15], // benchmarking
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved and broadcast
] as const)
  blocked.addSubnet(network, prefix, "ipv4");
for (const [network, prefix] of [
  ["::", 128], // unspecified
  ["::1", 128], // loopback
  ["fe80::", 10], // link-local
  ["fc00::", 7], // unique-local
  ["ff00::", 8], // multicast
  ["64:ff9b::", 96], // NAT64 (reaches IPv4 space, private included)
] as const)
  blocked.addSubnet(network, prefix, "ipv6");

/** Whether an IP address (v4 or v6, an IPv4-mapped v6 included) is loopback, private, link-local or unique-local. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return blocked.check(address, "ipv4");
  if (family !== 6) return true; // not an address at all: never a public host
  const mapped = ipv4Mapped(address);
  return mapped ? blocked.check(mapped, "ipv4") : blocked.check(address, "ipv6");
}

/** The IPv4 address inside an IPv4-mapped IPv6 address (::ffff:a.b.c.d, in any spelling), else null. */
function ipv4Mapped(address: string): string | null {
  const h = expand(address);
  if (!h || h.slice(0, 5).some((x) => x !== 0) || h[5] !== 0xffff) return null;
  const [high = 0, low = 0] = h.slice(6);
  return [high >> 8, high & 255, low >> 8, low & 255].join(".");
}

/** An IPv6 address as its eight 16-bit groups (a trailing dotted IPv4 part included), else null. */
function expand(address: string): number[] | null {
  let text = address.split("%")[0] ?? "";
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = text.slice(0, -dotted[0].length) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const parse = (part: string | undefined) => (part ? part.split(":").map((x) => parseInt(x, 16)) : []);
  const front = parse(halves[0]);
  const back = parse(halves[1]);
  const missing = 8 - front.length - back.length;
  if (missing < 0 || (halves.length === 1 && missing !== 0)) return null;
  return [...front, ...Array<number>(missing).fill(0), ...back];
}

/**
 * The webhook URL, parsed, if it may receive notifications; else a WebhookUrlError that
 * says why. `allowPrivate`: development and tests (a receiver on loopback); see
 * webhookPrivateHostsAllowed for the setting.
 */
export async function assertPublicWebhookUrl(url: string, { allowPrivate }: { allowPrivate: boolean }): Promise<URL> {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    throw new WebhookUrlError("invalid");
  }
  if (parsed.protocol !== "https:") throw new WebhookUrlError(parsed.protocol === "http:" ? "not-https" : "invalid");
  if (!parsed.hostname) throw new WebhookUrlError("invalid");
  if (allowPrivate) return parsed;
  // URL keeps an IPv6 literal in brackets
  const host = parsed.hostname.replace(/^\[(.*)\]$/, "$1");
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
    } catch {
      throw new WebhookUrlError("unresolvable");
    }
  }
  const refused = addresses.find(isPrivateAddress);
  if (refused !== undefined || !addresses.length) throw new WebhookUrlError("private-host", refused);
  return parsed;
}

/**
 * Whether webhooks may point at private hosts here: never in production unless
 * WEBHOOK_PRIVATE_HOSTS=allow (a test receiver on loopback); elsewhere unless
 * WEBHOOK_PRIVATE_HOSTS=refuse.
 */
export function webhookPrivateHostsAllowed(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.WEBHOOK_PRIVATE_HOSTS === "allow") return true;
  if (env.WEBHOOK_PRIVATE_HOSTS === "refuse") return false;
  return env.NODE_ENV !== "production";
}
