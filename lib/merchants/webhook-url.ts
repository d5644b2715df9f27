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

/**
 * Whether an IP address (v4 or v6) is loopback, private, link-local or unique-local.
 * BlockList checks an IPv4-mapped IPv6 address (::ffff:127.0.0.1, ::ffff:7f00:1)
 * against the IPv4 rules itself (the unit tests hold it to that).
 */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true; // not an address at all: never a public host
  return blocked.check(address, family === 4 ? "ipv4" : "ipv6");
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
