import { beforeAll, describe, expect, it } from "vitest";
import type { ActionContext } from "@/lib/actions/action-client";
import { ActionError } from "@/lib/actions/errors";
import { db } from "@/lib/db";
import { seed } from "@/prisma/seed";
import { attachmentMessages } from "./limits";
import { readAttachment, storeAttachment } from "./store";

// Uploaded images in PostgreSQL (every app instance serves them): stored only when the
// bytes are an allowed image; the database's CHECKs hold the same rules.

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
let noticeId = "";
let userId = "";

beforeAll(async () => {
  await seed();
  userId = (await db.user.findUniqueOrThrow({ where: { email: "editor@example.com" } })).id;
  noticeId = (await db.notice.findFirstOrThrow({ where: { state: "PUBLISHED" } })).id;
});

async function upload(file: File) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  return db.$transaction((tx) =>
    storeAttachment({ tx, user: { id: user.id, email: user.email, name: user.name, roles: user.roles, sessionVersion: user.sessionVersion, locale: user.locale }, actor: { userId } } satisfies ActionContext, noticeId, file),
  );
}

describe("storing an upload", () => {
  it("keeps a PNG with its sniffed type, audited, private until a published revision shows it", async () => {
    const stored = await upload(new File([png], "../figure 1.png", { type: "application/octet-stream" }));
    expect(stored).toMatchObject({ fileName: "figure 1.png", contentType: "image/png", size: png.byteLength, src: `/api/attachments/${stored.id}` });
    expect(await db.auditEvent.count({ where: { entityId: stored.id, action: "attachment.upload" } })).toBe(1);
    const read = await readAttachment(stored.id);
    expect([read?.published, read?.contentType, Array.from(read!.data)]).toEqual([false, "image/png", Array.from(png)]);
  });

  it("refuses bytes that are no allowed image, whatever the browser called them, and stores nothing", async () => {
    const before = await db.attachment.count();
    const error = await upload(new File(["<svg><script>alert(1)</script></svg>"], "x.png", { type: "image/png" })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ActionError);
    expect([(error as ActionError).field, (error as ActionError).message]).toEqual(["file", attachmentMessages.wrongType]);
    expect(await db.attachment.count()).toBe(before);
  });
});

describe("the database's rules", () => {
  const insert = (contentType: string, size: number, data: Uint8Array) =>
    db.$executeRaw`INSERT INTO "Attachment" (id, "noticeId", "fileName", "contentType", size, data) VALUES (${`a-${Math.random()}`}, ${noticeId}, 'x', ${contentType}, ${size}, ${data})`;

  it("Attachment_contentType_check: an SVG is refused even when written past the application", async () => {
    await expect(insert("image/svg+xml", png.byteLength, png)).rejects.toThrow(/Attachment_contentType_check/);
  });
  it("Attachment_size_check: the size must be the bytes' and at most 2 MiB", async () => {
    await expect(insert("image/png", 3, png)).rejects.toThrow(/Attachment_size_check/);
    const big = new Uint8Array(2 * 1024 * 1024 + 1);
    await expect(insert("image/png", big.byteLength, big)).rejects.toThrow(/Attachment_size_check/);
  });
});
