// Seeds the catalog, brand, contact, screen defaults, staff users and the two
// reference notices. Idempotent: it only creates what is missing, so restarting
// `npm start` never duplicates rows nor overwrites what staff have edited.
// Run with `npm run db:seed` (scripts/start.mjs runs it on every start).
import { db, type Tx } from "@/lib/db";
import { audit } from "@/lib/audit";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { approveRevision, contextFor, createNotice, publishRevision, saveDraft, startAmendment, submitRevision } from "@/lib/notices/commands";
import type { RevisionContentInput } from "@/lib/notices/content/schema";
import * as catalog from "./seed/catalog";
import * as notice000 from "./seed/notice-000";
import * as notice001 from "./seed/notice-001";
import { applyImport, previewImport } from "@/lib/merchants/import";
import { merchantsCsv } from "./seed/merchants";

const actor = { label: "seed" };

async function seedCatalog(tx: Tx) {
  const created: string[] = [];
  const ensure = async <T extends { key: string }>(name: string, rows: readonly T[], find: (key: string) => Promise<unknown>, create: (row: T) => Promise<unknown>) => {
    for (const row of rows) {
      if (await find(row.key)) continue;
      await create(row);
      created.push(`${name}:${row.key}`);
    }
  };
  await ensure("service", catalog.services, (key) => tx.service.findUnique({ where: { key } }), ({ paymentMethodKeys: _carried, ...r }) =>
    tx.service.create({ data: { ...r, sortOrder: catalog.services.findIndex((s) => s.key === r.key) } }),
  );
  await ensure("paymentMethod", catalog.paymentMethods, (key) => tx.paymentMethod.findUnique({ where: { key } }), (r) =>
    tx.paymentMethod.create({ data: { ...r, sortOrder: catalog.paymentMethods.indexOf(r) } }),
  );
  const serviceIds = new Map((await tx.service.findMany()).map((s) => [s.key, s.id]));
  await ensure("channel", catalog.channels, (key) => tx.channel.findUnique({ where: { key } }), ({ serviceKey, paymentMethodKeys: _carried, ...r }) =>
    tx.channel.create({ data: { ...r, serviceId: serviceIds.get(serviceKey), sortOrder: catalog.channels.indexOf(catalog.channels.find((c) => c.key === r.key)!) } }),
  );
  await seedCarriedMethods(tx, created);
  await ensure("audience", catalog.audiences, (key) => tx.audience.findUnique({ where: { key } }), (r) => tx.audience.create({ data: { ...r, sortOrder: catalog.audiences.indexOf(r) } }));
  let issuer = await tx.issuer.findUnique({ where: { key: catalog.issuer.key } });
  if (!issuer) {
    issuer = await tx.issuer.create({ data: catalog.issuer });
    created.push(`issuer:${issuer.key}`);
  }
  if (!(await tx.contact.findUnique({ where: { key: catalog.contact2019.key } }))) {
    await tx.contact.create({ data: catalog.contact2019 });
    created.push(`contact:${catalog.contact2019.key}`);
  }
  if (!(await tx.screenDefaults.findUnique({ where: { issuerId: issuer.id } }))) {
    await tx.screenDefaults.create({ data: { ...catalog.screenDefaults, issuerId: issuer.id } });
    created.push("screenDefaults");
  }
  if (created.length) await audit(tx, { actor, action: "seed.catalog", entityType: "Catalog", entityId: "seed", data: { created } });
  return issuer;
}

/**
 * What each service offers and each channel carries. Only for a service or channel
 * that carries nothing yet: what an admin has set is theirs, and the seed never adds
 * to it (a channel meant to carry nothing, like the merchant console, gets nothing).
 */
async function seedCarriedMethods(tx: Tx, created: string[]) {
  const methodIds = new Map((await tx.paymentMethod.findMany()).map((m) => [m.key, m.id]));
  for (const service of catalog.services) {
    const row = await tx.service.findUniqueOrThrow({ where: { key: service.key }, include: { paymentMethods: true } });
    if (row.paymentMethods.length || !service.paymentMethodKeys.length) continue;
    await tx.servicePaymentMethod.createMany({ data: service.paymentMethodKeys.map((k) => ({ serviceId: row.id, paymentMethodId: methodIds.get(k)! })) });
    created.push(`servicePaymentMethods:${service.key}`);
  }
  for (const channel of catalog.channels) {
    const row = await tx.channel.findUniqueOrThrow({ where: { key: channel.key }, include: { paymentMethods: true } });
    if (row.paymentMethods.length || !channel.paymentMethodKeys.length) continue;
    await tx.channelPaymentMethod.createMany({ data: channel.paymentMethodKeys.map((k) => ({ channelId: row.id, paymentMethodId: methodIds.get(k)! })) });
    created.push(`channelPaymentMethods:${channel.key}`);
  }
}

// The staff users author the reference notices. They get a password only when the
// seed is given one: `npm start` with the embedded database generates a random one
// once into .data/dev-password and passes it as SEED_DEVELOPMENT_PASSWORD (and prints
// it). A deployment's seed gets none, so the users exist without a password and
// nobody can sign in as them until an administrator sets one. There is no fixed
// development password anywhere. When the local password changes (the file was
// removed), the next start gives the seeded users the new one.
async function seedUsers(tx: Tx, developmentPassword: string | undefined) {
  const passwordHash = developmentPassword ? await hashPassword(developmentPassword) : null;
  const users: Record<string, string> = {};
  for (const u of catalog.staff) {
    const existing = await tx.user.findUnique({ where: { email: u.email } });
    const user = existing ?? (await tx.user.create({ data: { email: u.email, name: u.name, roles: [...u.roles], passwordHash } }));
    if (!existing) await audit(tx, { actor, action: "user.create", entityType: "User", entityId: user.id, data: { email: u.email, roles: [...u.roles] } });
    const current = existing?.passwordHash && developmentPassword ? await verifyPassword(existing.passwordHash, developmentPassword) : !existing;
    if (developmentPassword && !current) {
      await tx.user.update({ where: { id: user.id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
      await audit(tx, { actor, action: "user.set-development-password", entityType: "User", entityId: user.id });
    }
    users[u.email] = user.id;
  }
  return users;
}

/**
 * Writes, submits, approves and publishes one notice's revisions, as staff do it in
 * the console: the same commands (lib/notices/commands), the editor writing and the
 * approver publishing each revision as a confirmed backfill; `at` null: the letter
 * states no date.
 */
async function seedNotice(
  tx: Tx,
  input: { slug: string; kind: "SCHEDULED" | "EXTRAORDINARY"; issuerId: string; revisions: { content: RevisionContentInput; at: Date | null }[] },
  people: { editor: string; approver: string },
) {
  if (await tx.notice.findUnique({ where: { slug: input.slug } })) return false;
  const editor = await contextFor(tx, people.editor);
  const approver = await contextFor(tx, people.approver);
  const [first, ...amendments] = input.revisions;
  const created = await createNotice(editor, { kind: input.kind, slug: input.slug, issuerId: input.issuerId, content: first!.content });
  const publish = async (revisionId: string, version: number, at: Date | null) => {
    const submitted = await submitRevision(editor, { revisionId, version });
    const approved = await approveRevision(approver, { revisionId, version: submitted.version });
    await publishRevision(approver, { revisionId, version: approved.version, backfill: true, ...(at ? { publishedAt: at } : { publishedAtUnknown: true }) });
  };
  await publish(created.revisionId, created.version, first!.at);
  for (const amendment of amendments) {
    const draft = await startAmendment(editor, { noticeId: created.noticeId });
    const saved = await saveDraft(editor, { revisionId: draft.revisionId, version: draft.version, content: amendment.content });
    await publish(draft.revisionId, saved.version, amendment.at);
  }
  return true;
}

/**
 * Demo merchants, only into an empty directory: once anyone has imported the real
 * master, the seed never touches it (nor brings a deactivated demo merchant back).
 */
async function seedMerchants(tx: Tx): Promise<boolean> {
  if (await tx.merchant.count()) return false;
  const preview = await previewImport(tx, { bytes: new TextEncoder().encode(merchantsCsv), fileName: "seed/merchants.ts", mode: "PARTIAL" });
  if (!preview.ok) throw new Error(`the demo merchants do not import: ${JSON.stringify(preview.issues)}`);
  await applyImport(tx, preview.importId, actor);
  return true;
}

/** Seeds what is missing; returns the slugs of the notices it created. */
export async function seed(options: { developmentPassword?: string } = { developmentPassword: process.env.SEED_DEVELOPMENT_PASSWORD || undefined }): Promise<string[]> {
  return db.$transaction(
    async (tx) => {
      const issuer = await seedCatalog(tx);
      const users = await seedUsers(tx, options.developmentPassword);
      const people = { editor: users["editor@example.com"]!, approver: users["approver@example.com"]! };
      const created: string[] = [];
      const first = await seedNotice(
        tx,
        {
          slug: notice000.slug,
          kind: "SCHEDULED",
          issuerId: issuer.id,
          revisions: [
            { content: notice000.revision1, at: notice000.firstPublishedAt },
            { content: notice000.revision2, at: notice000.amendedAt },
          ],
        },
        people,
      );
      if (first) created.push(notice000.slug);
      if (!(await tx.notice.findUnique({ where: { slug: notice001.slug } }))) {
        // Between the two notices the contact block's 営業時間 became 受付時間, in full-width
        // punctuation. Editing the record now shows Decision 2 at work: notice 000 keeps
        // its frozen 2019 copy.
        const contact = await tx.contact.findUniqueOrThrow({ where: { key: catalog.contact2019.key } });
        if (contact.hoursLabelJa === catalog.contact2019.hoursLabelJa) {
          await tx.contact.update({ where: { id: contact.id }, data: catalog.contact2020Change });
          await audit(tx, { actor, action: "contact.update", entityType: "Contact", entityId: contact.id, data: catalog.contact2020Change });
        }
        await seedNotice(
          tx,
          { slug: notice001.slug, kind: "EXTRAORDINARY", issuerId: issuer.id, revisions: [{ content: notice001.revision1, at: notice001.publishedAt }] },
          people,
        );
        created.push(notice001.slug);
      }
      if (await seedMerchants(tx)) created.push("demo-merchants");
      return created;
    },
    { timeout: 60_000 },
  );
}

// Run as a script (not when imported by the integration tests).
if (import.meta.url === `file://${process.argv[1]}`) {
  seed()
    .then(async (created) => {
      console.log(created.length ? `Seeded: ${created.join(", ")}` : "Seed: nothing to add (already seeded).");
      await db.$disconnect();
    })
    .catch(async (error) => {
      console.error(error);
      await db.$disconnect();
      process.exit(1);
    });
}
