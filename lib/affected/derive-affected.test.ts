import { describe, expect, it } from "vitest";
import { revisionContentSchema, type RevisionContentInput } from "@/lib/notices/content/schema";
import * as notice000 from "@/prisma/seed/notice-000";
import * as notice001 from "@/prisma/seed/notice-001";
import { AffectedInputError, deriveAffected } from "./derive-affected";
import { seededCatalog } from "./test-fixtures";
import type { AffectedCatalog, AffectedResult, ChannelImpact } from "./types";

const derive = (content: RevisionContentInput, catalog: AffectedCatalog = seededCatalog()) => deriveAffected(revisionContentSchema.parse(content), catalog);

// ───── The reference notices: expected keys written out by hand from the letters ─────

const webcollectMethods = ["credit-card", "convenience-store", "carrier", "kuroneko-pay"];
const none = { degraded: [], available: [] };
/** A channel of クロネコwebコレクト that stops with everything it carries. */
const stops = (key: string, methods: string[]): ChannelImpact => ({ key, service: "webcollect", state: "unavailable", paymentMethods: { unavailable: methods, ...none } });

// 000 (fixtures/reference-notices/000_1422b730ae92d9b5.txt): section 2's table names every
// channel, each switching to the maintenance screen or returning Z010000000, for 購入者様
// and 加盟店様; the letter has no availability column, so everything those channels carry
// stops: every payment through them. クロネコ代金後払いサービス is not mentioned.
const expected000: AffectedResult = {
  channels: [
    stops("link-payment-page", webcollectMethods),
    stops("token-embedded", ["credit-card"]),
    stops("api", webcollectMethods),
    stops("token-modal", ["credit-card"]),
    stops("kuroneko-pay-modal", ["kuroneko-pay"]),
    stops("merchant-console", []),
    stops("test-environment", []),
  ],
  services: [{ key: "webcollect", state: "unavailable", paymentMethods: { unavailable: webcollectMethods, ...none } }],
  paymentMethods: webcollectMethods.map((key) => ({ key, state: "unavailable" as const })),
  audiences: ["buyers", "merchants"],
  affected: {
    services: ["webcollect"],
    paymentMethods: webcollectMethods,
    channels: ["link-payment-page", "token-embedded", "api", "token-modal", "kuroneko-pay-modal", "merchant-console", "test-environment"],
    audiences: ["buyers", "merchants"],
  },
};

// 001 (fixtures/reference-notices/001_5d1d7b2e9e4c009d.txt): the availability table says
// every クロネコwebコレクト method and 後払い's credit card, convenience store and クロネコペイ
// are ご利用いただけません, au かんたん決済 and 銀行振込 ご利用いただけます; the second table
// and the paragraph above it name the link pages, token (embedded) / API, token (modal)
// and the merchant console; the window and 資料1 add クロネコペイ(モーダル). The test
// environment is not mentioned. No table names an audience.
const expected001: AffectedResult = {
  channels: [
    stops("link-payment-page", webcollectMethods),
    stops("token-embedded", ["credit-card"]),
    stops("api", webcollectMethods),
    stops("token-modal", ["credit-card"]),
    stops("kuroneko-pay-modal", ["kuroneko-pay"]),
    stops("merchant-console", []),
  ],
  services: [
    { key: "webcollect", state: "unavailable", paymentMethods: { unavailable: webcollectMethods, ...none } },
    {
      key: "atobarai",
      state: "degraded",
      paymentMethods: { unavailable: ["credit-card", "convenience-store", "kuroneko-pay"], degraded: [], available: ["au-easy-payment", "bank-transfer"] },
    },
  ],
  paymentMethods: [
    { key: "credit-card", state: "unavailable" },
    { key: "convenience-store", state: "unavailable" },
    { key: "carrier", state: "unavailable" },
    { key: "kuroneko-pay", state: "unavailable" },
    { key: "au-easy-payment", state: "available" },
    { key: "bank-transfer", state: "available" },
  ],
  audiences: [],
  affected: {
    services: ["webcollect", "atobarai"],
    paymentMethods: webcollectMethods,
    channels: ["link-payment-page", "token-embedded", "api", "token-modal", "kuroneko-pay-modal", "merchant-console"],
    audiences: [],
  },
};

describe("deriveAffected, the reference notices", () => {
  it.each([
    ["000 as first published", notice000.revision1, expected000],
    ["000 as amended on 7/23", notice000.revision2, expected000],
    ["001", notice001.revision1, expected001],
  ])("%s, per channel and notice-wide", (_name, content, expected) => {
    expect(derive(content)).toEqual(expected);
  });

  it("001: au かんたん決済 and 銀行振込 stay available and are not affected; 後払い is degraded", () => {
    const result = derive(notice001.revision1);
    expect(result.affected.paymentMethods).not.toContain("au-easy-payment");
    expect(result.affected.paymentMethods).not.toContain("bank-transfer");
    expect(result.services.find((s) => s.key === "atobarai")?.state).toBe("degraded");
    expect(result.affected.channels).toEqual(expect.arrayContaining(["kuroneko-pay-modal", "merchant-console"]));
  });

  it("000: credit card stops, as every payment through the listed channels does", () => {
    expect(derive(notice000.revision2).affected.paymentMethods).toContain("credit-card");
    expect(derive(notice000.revision2).affected.services).not.toContain("atobarai");
  });
});

// ───── The rules, one small case each ─────

// Two services and five channels: a shop's pages (card, pay), its card modal, its console,
// the other service's pages (card, bank), and a channel of no service (card).
const entry = (key: string, sortOrder: number) => ({ key, sortOrder, nameJa: key, nameEn: null });
const small: AffectedCatalog = {
  services: [
    { ...entry("a", 0), paymentMethodKeys: ["card", "pay"] },
    { ...entry("b", 1), paymentMethodKeys: ["card", "bank"] },
  ],
  paymentMethods: [entry("card", 0), entry("pay", 1), entry("bank", 2)],
  channels: [
    { ...entry("page-a", 0), serviceKey: "a", paymentMethodKeys: ["card", "pay"] },
    { ...entry("modal-a", 1), serviceKey: "a", paymentMethodKeys: ["card"] },
    { ...entry("console-a", 2), serviceKey: "a", paymentMethodKeys: [] },
    { ...entry("page-b", 3), serviceKey: "b", paymentMethodKeys: ["card", "bank"] },
    { ...entry("shared", 4), serviceKey: null, paymentMethodKeys: ["card"] },
  ],
  audiences: [entry("buyers", 0), entry("merchants", 1)],
};

const window = (channelKeys: string[], status: "SCHEDULED" | "CANCELLED" = "SCHEDULED") => ({
  key: `w-${channelKeys.join("-") || "all"}-${status.toLowerCase()}`,
  startsAt: "2030-01-01T00:00:00Z",
  endsAt: "2030-01-01T01:00:00Z",
  status,
  channelKeys,
});
const screen = (channelKeys: string[]) => ({
  errorCode: "Z010000000",
  modalBehavior: "FULL_PAGE" as const,
  heading: { ja: "見出し" },
  message: { ja: "本文" },
  periodLabel: { ja: "日時" },
  inlineMessage: { ja: "メンテナンス中です。" },
  contactLabel: { ja: "お問合わせ先" },
  contactLines: { ja: ["電話"] },
  channelKeys,
});
type Cell = { refs?: string[]; text?: { ja: string }; availability?: "AVAILABLE" | "UNAVAILABLE" };
type Role = "AUDIENCE" | "SERVICE" | "PAYMENT_METHOD" | "CHANNEL" | "EFFECT" | "AVAILABILITY";
const table = (roles: Role[], rows: Cell[][]) => ({
  type: "IMPACT_TABLE" as const,
  columns: roles.map((role) => ({ role, header: { ja: role } })),
  rows: rows.map((cells) => ({ cells: cells.map((c) => ({ refs: [], ...c })) })),
});
const effect: Cell = { text: { ja: "停止します。" } };
const content = (parts: { windows?: ReturnType<typeof window>[]; screen?: string[]; tables?: ReturnType<typeof table>[] }): RevisionContentInput => ({
  title: { ja: "t" },
  lead: { ja: "l" },
  merchantAction: { level: "NONE" },
  windows: parts.windows ?? [],
  screen: parts.screen ? screen(parts.screen) : undefined,
  sections: [{ key: "s", blocks: parts.tables?.length ? parts.tables : [{ type: "PROSE", body: { ja: "p" } }] }],
});
const run = (parts: Parameters<typeof content>[0]) => derive(content(parts), small);
const channel = (result: AffectedResult, key: string) => result.channels.find((c) => c.key === key);
const service = (result: AffectedResult, key: string) => result.services.find((s) => s.key === key);

describe("deriveAffected, the rules", () => {
  it("a scheduled window stops the channels it names; a cancelled one stops nothing", () => {
    const result = run({ windows: [window(["page-a"]), window(["modal-a"], "CANCELLED")] });
    expect(result.affected.channels).toEqual(["page-a"]);
    expect(run({ windows: [window(["modal-a"], "CANCELLED")], screen: ["page-b"] }).channels).toEqual([]);
  });

  it("a window naming no channel stops every channel of the screen settings", () => {
    const result = run({ windows: [window([])], screen: ["modal-a", "page-b"] });
    expect(result.affected.channels).toEqual(["modal-a", "page-b"]);
  });

  it("a channel that stops stops every payment method it carries", () => {
    const result = run({ windows: [window(["page-a"])] });
    expect(channel(result, "page-a")).toEqual({ key: "page-a", service: "a", state: "unavailable", paymentMethods: { unavailable: ["card", "pay"], degraded: [], available: [] } });
    expect(result.affected.paymentMethods).toEqual(["card", "pay"]);
  });

  it("a row marked available keeps its method available, never affected; the channel is then degraded", () => {
    const result = run({
      windows: [window(["page-a"])],
      tables: [table(["SERVICE", "PAYMENT_METHOD", "AVAILABILITY"], [[{ refs: ["a"] }, { refs: ["pay"] }, { availability: "AVAILABLE" }]])],
    });
    expect(channel(result, "page-a")).toMatchObject({ state: "degraded", paymentMethods: { unavailable: ["card"], available: ["pay"] } });
    expect(result.affected.paymentMethods).toEqual(["card"]);
    // card still goes through modal-a, which nothing stops
    expect(result.paymentMethods).toEqual([
      { key: "card", state: "degraded" },
      { key: "pay", state: "available" },
    ]);
  });

  it("a service some of whose methods stop while others stay available is degraded", () => {
    const result = run({
      tables: [
        table(["SERVICE", "PAYMENT_METHOD", "AVAILABILITY"], [
          [{ refs: ["b"] }, { refs: ["card"] }, { availability: "UNAVAILABLE" }],
          [{ refs: ["b"] }, { refs: ["bank"] }, { availability: "AVAILABLE" }],
        ]),
      ],
    });
    expect(service(result, "b")).toEqual({ key: "b", state: "degraded", paymentMethods: { unavailable: ["card"], degraded: [], available: ["bank"] } });
    expect(result.affected.services).toEqual(["b"]);
  });

  it("a row naming a service and no method stops everything the service offers, through every channel of it", () => {
    const result = run({ tables: [table(["SERVICE", "EFFECT"], [[{ refs: ["b"] }, effect]])] });
    expect(service(result, "b")).toMatchObject({ state: "unavailable", paymentMethods: { unavailable: ["card", "bank"] } });
    expect(channel(result, "page-b")?.state).toBe("unavailable");
    expect(result.affected.services).toEqual(["b"]);
  });

  it("a row naming a channel makes it concerned, though no window names it", () => {
    const result = run({ tables: [table(["CHANNEL", "EFFECT"], [[{ refs: ["modal-a"] }, effect]])] });
    expect(result.affected.channels).toEqual(["modal-a"]);
    expect(result.affected.paymentMethods).toEqual(["card"]);
  });

  it("a row naming the method wins over one that does not; a row naming the channel over one naming only its service", () => {
    const result = run({
      tables: [
        table(["SERVICE", "EFFECT"], [[{ refs: ["a"] }, effect]]),
        table(["CHANNEL", "AVAILABILITY"], [[{ refs: ["modal-a"] }, { availability: "AVAILABLE" }]]),
        table(["SERVICE", "PAYMENT_METHOD", "AVAILABILITY"], [[{ refs: ["a"] }, { refs: ["pay"] }, { availability: "AVAILABLE" }]]),
      ],
    });
    expect(channel(result, "modal-a")?.state).toBe("available");
    expect(channel(result, "page-a")).toMatchObject({ state: "degraded", paymentMethods: { unavailable: ["card"], available: ["pay"] } });
  });

  it("two rows contradicting each other at the same specificity count as stopping, in either order", () => {
    const available: Cell[] = [{ refs: ["b"] }, { refs: ["bank"] }, { availability: "AVAILABLE" }];
    const unavailable: Cell[] = [{ refs: ["b"] }, { refs: ["bank"] }, { availability: "UNAVAILABLE" }];
    for (const rows of [[available, unavailable], [unavailable, available]])
      expect(run({ tables: [table(["SERVICE", "PAYMENT_METHOD", "AVAILABILITY"], rows)] }).affected.paymentMethods).toEqual(["bank"]);
  });

  it("a service whose other channels keep working is degraded, and so is the method they still carry", () => {
    const result = run({ windows: [window(["modal-a"])] });
    expect(service(result, "a")).toEqual({ key: "a", state: "degraded", paymentMethods: { unavailable: [], degraded: ["card"], available: ["pay"] } });
    expect(result.paymentMethods).toEqual([{ key: "card", state: "degraded" }]);
    expect(result.affected).toMatchObject({ services: ["a"], paymentMethods: ["card"], channels: ["modal-a"] });
  });

  it("a stopped channel carrying nothing is unavailable and degrades its service, whose payments keep working", () => {
    const result = run({ windows: [window(["console-a"])] });
    expect(channel(result, "console-a")).toEqual({ key: "console-a", service: "a", state: "unavailable", paymentMethods: { unavailable: [], degraded: [], available: [] } });
    expect(result.affected).toEqual({ services: ["a"], paymentMethods: [], channels: ["console-a"], audiences: [] });
  });

  it("a channel of no service counts for the payment methods it carries", () => {
    const result = run({ windows: [window(["shared"])] });
    expect(result.services).toEqual([]);
    expect(result.paymentMethods).toEqual([{ key: "card", state: "unavailable" }]);
  });

  it("audiences are those of rows that stop something", () => {
    const result = run({
      tables: [
        table(["AUDIENCE", "CHANNEL", "AVAILABILITY"], [
          [{ refs: ["buyers"] }, { refs: ["page-a"] }, { availability: "UNAVAILABLE" }],
          [{ refs: ["merchants"] }, { refs: ["console-a"] }, { availability: "AVAILABLE" }],
        ]),
      ],
    });
    expect(result.affected.audiences).toEqual(["buyers"]);
  });

  it("lists follow the catalog order, not the order of the content nor of the catalog's arrays", () => {
    const shuffled: AffectedCatalog = {
      services: [...small.services].reverse(),
      paymentMethods: [...small.paymentMethods].reverse(),
      channels: [...small.channels].reverse().map((c) => ({ ...c, paymentMethodKeys: [...c.paymentMethodKeys].reverse() })),
      audiences: [...small.audiences].reverse(),
    };
    const result = derive(content({ windows: [window(["page-b", "shared", "page-a"])] }), shuffled);
    expect(result.affected.channels).toEqual(["page-a", "page-b", "shared"]);
    expect(result.affected.services).toEqual(["a", "b"]);
    expect(result.affected.paymentMethods).toEqual(["card", "pay", "bank"]);
    expect(result.channels[0]!.paymentMethods.unavailable).toEqual(["card", "pay"]);
  });

  it("refuses a key the catalog does not have, naming where it is", () => {
    expect(() => run({ windows: [window(["page-a", "no-such-channel"])] })).toThrow(new AffectedInputError("windows.0.channelKeys.1", "no-such-channel"));
    const bad = () => run({ tables: [table(["SERVICE", "EFFECT"], [[{ refs: ["zz"] }, effect]])] });
    expect(bad).toThrow(AffectedInputError);
    expect(bad).toThrow('sections.0.blocks.0.rows.0.cells.0.refs: no catalog entry "zz"');
  });
});
