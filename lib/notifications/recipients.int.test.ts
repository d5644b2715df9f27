// Who is told, against real PostgreSQL: the merchants whose contracts meet what the
// revision stops, their addresses and webhooks, and the subscribers whose filter meets
// it. The catalog entries here are this file's own (unique keys), so notices and
// merchants of other files neither match nor get matched.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seed } from "@/prisma/seed";
import { draftNotice, minimalContent, publishedNotice } from "@/test/db-helpers";
import { recipientsForImpact, recipientsForRevision } from "./recipients";

const tag = randomUUID().slice(0, 8);
const key = (name: string) => `${name}-${tag}`;
const domain = `${tag}.example.com`;
const address = (local: string) => `${local}@${domain}`;

let ids: { service: string; card: string; wallet: string; other: string; page: string };

beforeAll(async () => {
  await seed();
  const service = await db.service.create({ data: { key: key("svc"), nameJa: "テスト決済" } });
  const other = await db.service.create({ data: { key: key("other"), nameJa: "別サービス" } });
  const card = await db.paymentMethod.create({ data: { key: key("card"), nameJa: "カード" } });
  const wallet = await db.paymentMethod.create({ data: { key: key("wallet"), nameJa: "ウォレット" } });
  const page = await db.channel.create({
    data: { key: key("page"), type: "PAYMENT_PAGE", serviceId: service.id, nameJa: "決済画面", paymentMethods: { create: [{ paymentMethodId: card.id }] } },
  });
  ids = { service: service.id, card: card.id, wallet: wallet.id, other: other.id, page: page.id };
});

/** A notice whose one window stops this file's payment page (and so its service and the card). */
const stopsPage = () => minimalContent(48, { windows: [{ key: "main", startsAt: new Date(Date.now() + 48 * 3_600_000).toISOString(), endsAt: new Date(Date.now() + 50 * 3_600_000).toISOString(), channelKeys: [key("page")] }] });

async function merchant(code: string, contracts: { services?: string[]; paymentMethods?: string[]; channels?: string[] }, extra: { deactivated?: boolean; locale?: "ja" | "en" } = {}) {
  return db.merchant.create({
    data: {
      code: `${code}-${tag}`,
      nameJa: `加盟店${code}`,
      locale: extra.locale ?? "ja",
      deactivatedAt: extra.deactivated ? new Date() : null,
      services: { create: (contracts.services ?? []).map((serviceId) => ({ serviceId })) },
      paymentMethods: { create: (contracts.paymentMethods ?? []).map((paymentMethodId) => ({ paymentMethodId })) },
      channels: { create: (contracts.channels ?? []).map((channelId) => ({ channelId })) },
    },
  });
}

async function subscriber(local: string, filter: { services?: string[]; paymentMethods?: string[] } = {}, state: { confirmed?: boolean; left?: boolean } = {}) {
  return db.subscriber.create({
    data: {
      email: address(local),
      confirmedAt: state.confirmed === false ? null : new Date(),
      unsubscribedAt: state.left ? new Date() : null,
      services: { create: (filter.services ?? []).map((serviceId) => ({ serviceId })) },
      paymentMethods: { create: (filter.paymentMethods ?? []).map((paymentMethodId) => ({ paymentMethodId })) },
    },
  });
}

const mine = <T extends { address: string }>(list: T[]) => list.filter((r) => r.address.endsWith(domain) || r.address.includes(tag));

describe("recipients of a notice", () => {
  it("tells exactly the merchants whose contracts meet what stops, and the subscribers whose filter meets it", async () => {
    const byChannel = await merchant("A", { channels: [ids.page] });
    await db.merchantContact.createMany({
      data: [
        { merchantId: byChannel.id, email: address("a-tech"), purpose: "TECHNICAL" },
        // the same address for both purposes, written in other case: one mail
        { merchantId: byChannel.id, email: `A-Tech@${domain.toUpperCase()}`, purpose: "BUSINESS" },
        { merchantId: byChannel.id, email: address("a-biz"), purpose: "BUSINESS" },
      ],
    });
    await db.webhook.create({ data: { merchantId: byChannel.id, url: `https://hooks.${domain}/a`, secret: "s" } });
    await db.webhook.create({ data: { merchantId: byChannel.id, url: `https://hooks.${domain}/a-old`, secret: "s", disabledAt: new Date() } });
    const byMethod = await merchant("B", { paymentMethods: [ids.card] }, { locale: "en" });
    await db.merchantContact.create({ data: { merchantId: byMethod.id, email: address("b") } });
    const unaffected = await merchant("C", { services: [ids.other], paymentMethods: [ids.wallet] });
    await db.merchantContact.create({ data: { merchantId: unaffected.id, email: address("c") } });
    const gone = await merchant("D", { services: [ids.service] }, { deactivated: true });
    await db.merchantContact.create({ data: { merchantId: gone.id, email: address("d") } });

    await subscriber("s-all");
    await subscriber("s-card", { paymentMethods: [ids.card] });
    await subscriber("s-other", { services: [ids.other] });
    await subscriber("s-pending", {}, { confirmed: false });
    await subscriber("s-left", {}, { left: true });
    await subscriber("a-biz"); // also merchant A's contact: told once, as the merchant's

    const { revision } = await publishedNotice(stopsPage());
    const told = mine(await recipientsForRevision(db, revision.id));
    expect(told.map((r) => [r.channel, r.address, r.locale, r.merchant?.code ?? "subscriber"])).toEqual([
      ["EMAIL", address("a-tech"), "ja", `A-${tag}`],
      ["EMAIL", address("a-biz"), "ja", `A-${tag}`],
      ["WEBHOOK", `https://hooks.${domain}/a`, "ja", `A-${tag}`],
      ["EMAIL", address("b"), "en", `B-${tag}`],
      ["EMAIL", address("s-all"), "ja", "subscriber"],
      ["EMAIL", address("s-card"), "ja", "subscriber"],
    ]);
    expect(told.filter((r) => r.subscriberId).every((r) => r.merchantId === null && r.webhookId === null)).toBe(true);
  });

  it("a notice that stops none of the merchants' contracts tells no merchant", async () => {
    const told = await recipientsForImpact(db, { services: [key("nothing")], paymentMethods: [], channels: [], audiences: [] });
    expect(told.filter((r) => r.merchant)).toEqual([]);
  });

  it("a draft is previewed with today's catalog; a published revision keeps what it stopped when it was published", async () => {
    const late = await merchant("E", { paymentMethods: [ids.wallet] });
    await db.merchantContact.create({ data: { merchantId: late.id, email: address("e") } });
    const { revision: published } = await publishedNotice(stopsPage());
    const { revision: draft } = await draftNotice(stopsPage());
    const hears = async (revisionId: string) => mine(await recipientsForRevision(db, revisionId)).some((r) => r.address === address("e"));
    expect([await hears(published.id), await hears(draft.id)]).toEqual([false, false]);
    // the page starts carrying the wallet: a draft's preview follows, the published revision does not (Decision 2)
    await db.channelPaymentMethod.create({ data: { channelId: ids.page, paymentMethodId: ids.wallet } });
    expect([await hears(published.id), await hears(draft.id)]).toEqual([false, true]);
  });
});
