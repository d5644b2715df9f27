// "Affected", derived once (DESIGN.md, Decision 10; docs/decisions/0007-affected.md).
// A pure function of a revision's structured content and the catalog; every reader
// (index, search, JSON API, Atom/ICS, shop text, the notice page, later the maintenance
// API and merchant targeting) reads its stored result and none computes its own.
//
// The rules:
// 1. A payment goes through a channel of a service. Each channel carries payment methods
//    (catalog: ChannelPaymentMethod; none for the merchant console and the test
//    environment); each service offers payment methods (ServicePaymentMethod).
// 2. A channel STOPS when a scheduled window names it, when the maintenance screen
//    replaces it during a scheduled window (so a window naming no channel stops every
//    channel of the screen settings), or when an impact-table row names it without naming
//    a payment method. Cancelled windows stop nothing: a notice whose windows are all
//    cancelled stops only what its rows say. A channel that stops stops every payment
//    method it carries.
// 3. An impact-table row states an availability (its AVAILABILITY cell; a row without
//    one describes an effect, so it says "stops") for everything it names: its channels
//    (else every channel of its services, else every channel), its services (else any),
//    its payment methods (else everything carried). A row naming services but no channel
//    also speaks for the service as a whole, which is how a service offering methods
//    through no catalogued channel (クロネコ代金後払いサービス) is reached.
// 4. The more specific statement wins: a row naming the method beats one that does not,
//    then one naming the channel, then one naming the service; every row beats rule 2's
//    stop. At equal specificity a contradiction counts as stopping (merchants are told
//    the worse). So a row marked AVAILABLE keeps its method available — never "affected".
// 5. States: unavailable (everything in it stops), degraded (some stops, some stays
//    available), available. A CHANNEL is degraded when some of what it carries stops and
//    some does not; one carrying nothing is unavailable when it stops. A SERVICE is judged
//    by its payment methods over all its channels (a channel the notice does not touch
//    keeps working): unavailable when every method stops everywhere, degraded when some
//    do; a stopped channel carrying nothing (its console) degrades a service whose
//    payments all keep working. A PAYMENT METHOD notice-wide is unavailable when it stops
//    in every service and channel the notice concerns, degraded when only in some.
// 6. Affected = unavailable ∪ degraded. Audiences affected are those named by rows that
//    stop something. Lists are in catalog order; unknown keys are refused.
import type { RevisionContent } from "@/lib/notices/content/schema";
import { availabilities, type AffectedCatalog, type AffectedResult, type Availability, type CatalogEntry, type KeySplit } from "./types";

type State = "unavailable" | "available";
interface Statement {
  state: State;
  rank: number;
}
/** The stop of rule 2; rows rank above it by specificity (rule 4). */
const STOP: Statement = { state: "unavailable", rank: 0 };

/** A key in the content that the catalog does not have. */
export class AffectedInputError extends Error {
  constructor(
    readonly path: string,
    readonly key: string,
  ) {
    super(`${path}: no catalog entry "${key}"`);
  }
}

export type AffectedContent = Pick<RevisionContent, "windows" | "sections"> & { screen?: { channelKeys: string[] } };

interface Row {
  services: string[];
  paymentMethods: string[];
  channels: string[];
  audiences: string[];
  statement: Statement;
}

/** One context a payment can go through: a channel, or a service as a whole (rule 3). */
interface Context {
  methods: Set<string>;
  units: Map<string, Statement>;
  /** for the channel as such (what decides a channel carrying nothing) */
  self?: Statement;
}

const better = (a: Statement | undefined, b: Statement): Statement =>
  !a || b.rank > a.rank ? b : b.rank < a.rank ? a : a.state === "unavailable" ? a : b;

function impactRows(content: AffectedContent, known: (kind: keyof AffectedCatalog, key: string, path: string) => void): Row[] {
  const rows: Row[] = [];
  content.sections.forEach((section, s) =>
    section.blocks.forEach((block, b) => {
      if (block.type !== "IMPACT_TABLE") return;
      block.rows.forEach((row, r) => {
        const found: Row = { services: [], paymentMethods: [], channels: [], audiences: [], statement: { state: "unavailable", rank: 1 } };
        row.cells.forEach((cell, c) => {
          const role = block.columns[c]?.role;
          const path = `sections.${s}.blocks.${b}.rows.${r}.cells.${c}`;
          const into = { SERVICE: "services", PAYMENT_METHOD: "paymentMethods", CHANNEL: "channels", AUDIENCE: "audiences" } as const;
          if (role === "AVAILABILITY" && cell.availability === "AVAILABLE") found.statement.state = "available";
          if (!role || !(role in into)) return;
          const kind = into[role as keyof typeof into];
          for (const key of cell.refs) {
            known(kind, key, `${path}.refs`);
            found[kind].push(key);
          }
        });
        found.statement.rank += (found.paymentMethods.length ? 4 : 0) + (found.channels.length ? 2 : 0) + (found.services.length ? 1 : 0);
        rows.push(found);
      });
    }),
  );
  return rows;
}

function splitOf(entries: { key: string; state: Availability }[]): KeySplit {
  const pick = (state: Availability) => entries.filter((e) => e.state === state).map((e) => e.key);
  return { unavailable: pick("unavailable"), degraded: pick("degraded"), available: pick("available") };
}

/** unavailable when all stop, available when none does, degraded in between. */
const stateOf = (states: Availability[]): Availability =>
  states.every((s) => s === "unavailable") ? "unavailable" : states.every((s) => s === "available") ? "available" : "degraded";

const byCatalogOrder = (a: CatalogEntry, b: CatalogEntry) => a.sortOrder - b.sortOrder || a.key.localeCompare(b.key);

export function deriveAffected(content: AffectedContent, given: AffectedCatalog): AffectedResult {
  // every list comes out in catalog order, whatever order the catalog came in
  const catalog: AffectedCatalog = {
    services: [...given.services].sort(byCatalogOrder),
    paymentMethods: [...given.paymentMethods].sort(byCatalogOrder),
    channels: [...given.channels].sort(byCatalogOrder),
    audiences: [...given.audiences].sort(byCatalogOrder),
  };
  const index = {
    services: new Map(catalog.services.map((e) => [e.key, e])),
    paymentMethods: new Map(catalog.paymentMethods.map((e) => [e.key, e])),
    channels: new Map(catalog.channels.map((e) => [e.key, e])),
    audiences: new Map(catalog.audiences.map((e) => [e.key, e])),
  };
  const known = (kind: keyof AffectedCatalog, key: string, path: string) => {
    if (!index[kind].has(key)) throw new AffectedInputError(path, key);
  };
  const inCatalogOrder = (kind: keyof AffectedCatalog, keys: Iterable<string>) =>
    [...keys].sort((a, b) => byCatalogOrder(index[kind].get(a)!, index[kind].get(b)!));
  const rows = impactRows(content, known);

  // Rule 2: the channels that stop through windows and the screen (a row naming a channel
  // without a method stops it through rule 3: it states "stops" for all it carries and for itself).
  const stopping = new Set<string>();
  const screenChannels = content.screen?.channelKeys ?? [];
  screenChannels.forEach((key, i) => known("channels", key, `screen.channelKeys.${i}`));
  content.windows.forEach((w, i) => {
    w.channelKeys.forEach((key, k) => known("channels", key, `windows.${i}.channelKeys.${k}`));
    if (w.status === "CANCELLED") return;
    for (const key of [...w.channelKeys, ...screenChannels]) stopping.add(key);
  });

  const channelCtx = new Map<string, Context>();
  for (const c of catalog.channels) {
    const ctx: Context = { methods: new Set(c.paymentMethodKeys), units: new Map() };
    if (stopping.has(c.key)) {
      ctx.self = STOP;
      for (const m of ctx.methods) ctx.units.set(m, STOP);
    }
    channelCtx.set(c.key, ctx);
  }
  const serviceCtx = new Map<string, Context>(catalog.services.map((s) => [s.key, { methods: new Set(s.paymentMethodKeys), units: new Map() }]));

  // Rule 3: every row speaks for what it names.
  const apply = (ctx: Context, row: Row) => {
    const targets = row.paymentMethods.length ? row.paymentMethods.filter((m) => ctx.methods.has(m)) : [...ctx.methods];
    for (const m of targets) ctx.units.set(m, better(ctx.units.get(m), row.statement));
    if (!row.paymentMethods.length) ctx.self = better(ctx.self, row.statement);
  };
  for (const row of rows) {
    if (!row.services.length && !row.paymentMethods.length && !row.channels.length) continue; // an audience alone names no payment
    for (const c of catalog.channels) {
      if (row.channels.length && !row.channels.includes(c.key)) continue;
      if (row.services.length && !(c.serviceKey && row.services.includes(c.serviceKey))) continue;
      apply(channelCtx.get(c.key)!, row);
    }
    if (row.channels.length) continue;
    for (const s of catalog.services) {
      const named = row.services.length ? row.services.includes(s.key) : row.paymentMethods.some((m) => s.paymentMethodKeys.includes(m));
      if (!named) continue;
      const ctx = serviceCtx.get(s.key)!;
      // the letter is the authority on what it names: a method it lists for a service is one the service offers
      row.paymentMethods.forEach((m) => ctx.methods.add(m));
      apply(ctx, row);
    }
  }

  // Rule 5, channels: every channel something was stated about; what nothing stated keeps working.
  const channels = catalog.channels.flatMap((c) => {
    const ctx = channelCtx.get(c.key)!;
    if (!ctx.self && ctx.units.size === 0) return [];
    const methods = inCatalogOrder("paymentMethods", ctx.methods).map((m) => ({ key: m, state: ctx.units.get(m)?.state ?? ("available" as const) }));
    const state = methods.length ? stateOf(methods.map((m) => m.state)) : (ctx.self?.state ?? "available");
    return [{ key: c.key, service: c.serviceKey, state, paymentMethods: splitOf(methods) }];
  });

  // Rule 5, services: a method over the service as a whole and every channel of it that carries it.
  const touchedMethods = new Map<string, Set<string>>();
  const services = catalog.services.flatMap((s) => {
    const whole = serviceCtx.get(s.key)!;
    const own = catalog.channels.filter((c) => c.serviceKey === s.key).map((c) => channelCtx.get(c.key)!);
    const touched = new Set<string>();
    const methodKeys = inCatalogOrder("paymentMethods", new Set([...whole.methods, ...own.flatMap((c) => [...c.methods])]));
    const methods = methodKeys.map((m) => {
      const stated = [whole, ...own].flatMap((ctx) => (ctx.units.has(m) ? [ctx.units.get(m)!.state] : []));
      if (stated.length) touched.add(m);
      // a channel of the service that carries the method and that nothing touched keeps it working
      const untouched = own.some((ctx) => ctx.methods.has(m) && !ctx.units.has(m));
      return { key: m, state: stateOf([...stated, ...(untouched || !stated.length ? ["available" as const] : [])]) };
    });
    const stoppedBare = own.filter((ctx) => ctx.methods.size === 0 && ctx.self).map((ctx) => ctx.self!.state);
    if (!touched.size && !stoppedBare.length) return [];
    touchedMethods.set(s.key, touched);
    const state: Availability = touched.size
      ? stateOf(methods.map((m) => m.state))
      : stoppedBare.includes("unavailable") ? "degraded" : "available";
    return [{ key: s.key, state, paymentMethods: splitOf(methods) }];
  });

  // Rule 5, payment methods notice-wide: over the services concerned and the channels of no service.
  const methodStates = new Map<string, Availability[]>();
  const note = (m: string, st: Availability) => methodStates.set(m, [...(methodStates.get(m) ?? []), st]);
  for (const s of services) for (const st of availabilities) for (const m of s.paymentMethods[st]) if (touchedMethods.get(s.key)!.has(m)) note(m, st);
  for (const c of channels) if (!c.service) for (const st of availabilities) for (const m of c.paymentMethods[st]) note(m, st);
  const paymentMethods = inCatalogOrder("paymentMethods", methodStates.keys()).map((m) => ({ key: m, state: stateOf(methodStates.get(m)!) }));

  const affected = (list: { key: string; state: Availability }[]) => list.filter((e) => e.state !== "available").map((e) => e.key);
  const audiences = inCatalogOrder("audiences", new Set(rows.filter((r) => r.statement.state === "unavailable").flatMap((r) => r.audiences)));
  return {
    channels,
    services,
    paymentMethods,
    audiences,
    affected: { services: affected(services), paymentMethods: affected(paymentMethods), channels: affected(channels), audiences },
  };
}
