import "server-only";
import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";

// The webhook URL rule, checked again before each send (a name may resolve elsewhere by
// now): https only; no loopback, private or link-local host unless private hosts are
// allowed (development and tests; never in production unless WEBHOOK_PRIVATE_HOSTS=allow).
// The merchants branch owns this rule (lib/merchants/webhook-url.ts, assertPublicWebhookUrl,
// used when an admin registers a webhook); until it is on main this is the delivery's call
// into the same rule. MERGE: replace the body with
//   assertPublicWebhookUrl(url, { allowPrivate: webhookPrivateHostsAllowed() })

const blocked = new BlockList();
for (const [network, prefix] of [["0.0.0.0", 8], ["10.0.0.0", 8], ["100.64.0.0", 10], ["127.0.0.0", 8], ["169.254.0.0", 16], ["172.16.0.0", 12], ["192.168.0.0", 16], ["224.0.0.0", 3]] as const)
  blocked.addSubnet(network, prefix, "ipv4");
for (const [network, prefix] of [["::", 127], ["fe80::", 10], ["fc00::", 7], ["ff00::", 8], ["::ffff:0:0", 96]] as const) blocked.addSubnet(network, prefix, "ipv6");

const privateHostsAllowed = (env = process.env) => env.WEBHOOK_PRIVATE_HOSTS === "allow" || (env.NODE_ENV !== "production" && env.WEBHOOK_PRIVATE_HOSTS !== "refuse");

export async function assertDeliverableWebhookUrl(url: string): Promise<URL> {
  const parsed = new URL(url.trim());
  if (parsed.protocol !== "https:") throw new Error(`webhook URL is not https: ${parsed.protocol}`);
  if (privateHostsAllowed()) return parsed;
  const host = parsed.hostname.replace(/^\[(.*)\]$/, "$1");
  const addresses = isIP(host) ? [host] : (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
  const refused = addresses.find((a) => blocked.check(a, isIP(a) === 6 ? "ipv6" : "ipv4"));
  if (refused !== undefined || !addresses.length) throw new Error(`webhook host ${host} resolves to a private address (${refused ?? "none"})`);
  return parsed;
}
