import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderMaintenanceScreen } from "@/components/screens/render-screen";
import type { ActionContext } from "@/lib/actions/action-client";
import { ActionError } from "@/lib/actions/errors";
import { db, type Tx } from "@/lib/db";
import { loadMaintenanceSnapshot } from "@/lib/maintenance/load";
import { seed } from "@/prisma/seed";
import { saveEmbedSettings } from "./commands";
import { embedSettingsSchema } from "./embed-schema";
import { contactMessages } from "./messages";

// Who may frame the maintenance modal (issue 10): the brand page's embed form, through
// its action's run function, to the snapshot and the modal's Content-Security-Policy.
let counter = 0;
async function asAdmin<T>(work: (context: ActionContext) => Promise<T>): Promise<T> {
  const admin = await db.user.create({ data: { email: `embed-admin-${Date.now().toString(36)}-${++counter}@staff.test`, name: "埋め込み管理者", roles: ["ADMIN"] } });
  return db.$transaction((tx: Tx) => work({ tx, user: admin, actor: { userId: admin.id } }));
}

let screen: Awaited<ReturnType<typeof db.screenDefaults.findFirstOrThrow>>;
beforeAll(async () => {
  await seed();
  screen = await db.screenDefaults.findFirstOrThrow();
});
afterAll(async () => {
  await db.screenDefaults.update({ where: { id: screen.id }, data: { frameAncestors: screen.frameAncestors } });
});

// notice 000's window (2019-07-29 02:00–07:00 JST) covers link-payment-page
const DURING_000 = new Date("2019-07-28T18:00:00Z");

describe("the origins allowed to frame the modal", () => {
  it("are stored as origins, audited, carried by the snapshot and become the modal's frame-ancestors", async () => {
    const input = embedSettingsSchema.parse({ issuerId: screen.issuerId, frameAncestors: "https://Shop.Example.jp/\nhttps://pay.example.com:8443" });
    const outcome = await asAdmin((context) => saveEmbedSettings(input, context));
    expect(outcome.redirectTo).toBe(`/admin/contacts/brand/${screen.issuerId}?done=embed`);
    const saved = await db.screenDefaults.findUniqueOrThrow({ where: { id: screen.id } });
    expect(saved.frameAncestors).toEqual(["https://shop.example.jp", "https://pay.example.com:8443"]);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "screen-defaults.embed", entityId: screen.id }, orderBy: { at: "desc" } });
    expect(event.data).toEqual({ before: screen.frameAncestors, after: ["https://shop.example.jp", "https://pay.example.com:8443"] });

    const snapshot = await loadMaintenanceSnapshot(db, DURING_000);
    expect(snapshot.defaults?.frameAncestors).toEqual(["https://shop.example.jp", "https://pay.example.com:8443"]);
    const modal = renderMaintenanceScreen(snapshot, { channel: "link-payment-page", lang: "ja", kind: "modal", at: DURING_000, preview: false });
    expect(modal.status).toBe(503);
    expect(modal.headers["Content-Security-Policy"]).toMatch(/; frame-ancestors https:\/\/shop\.example\.jp https:\/\/pay\.example\.com:8443$/);
  });

  it("refuse an issuer without screen defaults, and change nothing", async () => {
    const input = embedSettingsSchema.parse({ issuerId: "no-such-issuer", frameAncestors: "https://x.example" });
    const error = await asAdmin((context) => saveEmbedSettings(input, context)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ActionError);
    expect(error).toMatchObject({ message: contactMessages.errors.missing });
  });

  it("ScreenDefaults_frameAncestors_origins: the database refuses an entry that is not an https origin (a CSP keyword, a wildcard, a path)", async () => {
    for (const bad of [["https://a.example 'unsafe-inline'"], ["*"], ["https://a.example/path"], ["http://a.example"], ["https://a.example", "'self'"]])
      await expect(db.screenDefaults.update({ where: { id: screen.id }, data: { frameAncestors: bad } }), bad.join(",")).rejects.toThrow(/ScreenDefaults_frameAncestors_origins/);
  });
});
