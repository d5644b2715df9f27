import { describe, expect, it } from "vitest";
import { assertPublicWebhookUrl, isPrivateAddress, webhookPrivateHostsAllowed, WebhookUrlError } from "./webhook-url";

const refused = async (url: string, allowPrivate = false) => {
  try {
    await assertPublicWebhookUrl(url, { allowPrivate });
  } catch (error) {
    if (error instanceof WebhookUrlError) return error.problem;
    throw error;
  }
  return null;
};

describe("isPrivateAddress", () => {
  it.each([
    "127.0.0.1",
    "127.255.0.9",
    "10.1.2.3",
    "172.16.0.1",
    "172.31.255.255",
    "192.168.1.1",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "224.0.0.1",
    "::1",
    "::",
    "fe80::1",
    "fc00::1",
    "fd12:3456::1",
    "ff02::1",
    "::ffff:127.0.0.1",
    "::ffff:7f00:1",
    "0:0:0:0:0:ffff:a00:1",
    "64:ff9b::a00:1",
  ])("%s is not public", (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each(["93.184.215.14", "8.8.8.8", "172.32.0.1", "192.169.0.1", "2606:4700:4700::1111", "2001:4860:4860::8888", "::ffff:8.8.8.8"])("%s is public", (address) => {
    expect(isPrivateAddress(address)).toBe(false);
  });
});

describe("assertPublicWebhookUrl", () => {
  it("returns the parsed URL of a public https address", async () => {
    const url = await assertPublicWebhookUrl(" https://93.184.215.14/hooks/maintenance?x=1 ", { allowPrivate: false });
    expect(url.href).toBe("https://93.184.215.14/hooks/maintenance?x=1");
  });

  it("refuses what is not a URL, and schemes other than https", async () => {
    expect(await refused("not a url")).toBe("invalid");
    expect(await refused("ftp://example.com/")).toBe("invalid");
    expect(await refused("http://93.184.215.14/hook")).toBe("not-https");
    expect(await refused("http://127.0.0.1/hook", true)).toBe("not-https");
  });

  it("refuses loopback, private, link-local and unique-local hosts, as literals and as names", async () => {
    expect(await refused("https://127.0.0.1/hook")).toBe("private-host");
    expect(await refused("https://10.0.0.5:8443/hook")).toBe("private-host");
    expect(await refused("https://169.254.169.254/latest")).toBe("private-host");
    expect(await refused("https://[::1]/hook")).toBe("private-host");
    expect(await refused("https://[fd00::5]/hook")).toBe("private-host");
    expect(await refused("https://[::ffff:192.168.0.1]/hook")).toBe("private-host");
    // a name is resolved (dns.lookup, /etc/hosts) and every address checked
    expect(await refused("https://localhost/hook")).toBe("private-host");
  });

  it("refuses a name that does not resolve", async () => {
    expect(await refused("https://no-such-host.invalid/hook")).toBe("unresolvable");
  });

  it("lets private hosts through where they are allowed (development, a test receiver)", async () => {
    expect(await refused("https://127.0.0.1:9999/hook", true)).toBeNull();
  });
});

describe("webhookPrivateHostsAllowed", () => {
  it("refuses private hosts in production unless the setting allows them, and allows them elsewhere unless it refuses", () => {
    expect(webhookPrivateHostsAllowed({ NODE_ENV: "production" })).toBe(false);
    expect(webhookPrivateHostsAllowed({ NODE_ENV: "production", WEBHOOK_PRIVATE_HOSTS: "allow" })).toBe(true);
    expect(webhookPrivateHostsAllowed({ NODE_ENV: "development" })).toBe(true);
    expect(webhookPrivateHostsAllowed({ NODE_ENV: "development", WEBHOOK_PRIVATE_HOSTS: "refuse" })).toBe(false);
  });
});
