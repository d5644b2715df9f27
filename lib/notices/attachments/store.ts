import "server-only";
import type { ActionContext } from "@/lib/actions/action-client";
import { ActionError } from "@/lib/actions/errors";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { attachmentMessages as m, attachmentPath, cleanFileName, sniffImageType } from "./limits";

/** Stores an uploaded image for the notice (in the database: every instance serves it), audited. */
export async function storeAttachment({ tx, user, actor }: ActionContext, noticeId: string, file: File) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const contentType = sniffImageType(bytes);
  if (!contentType) throw new ActionError(m.wrongType, "file");
  const notice = await tx.notice.findFirst({ where: { id: noticeId, deletedAt: null }, select: { id: true } });
  if (!notice) throw new ActionError("このお知らせは見つかりません。");
  const fileName = cleanFileName(file.name);
  const created = await tx.attachment.create({
    data: { noticeId, fileName, contentType, size: bytes.byteLength, data: bytes, uploadedById: user.id },
    select: { id: true, fileName: true, contentType: true, size: true },
  });
  await audit(tx, { actor, action: "attachment.upload", entityType: "Attachment", entityId: created.id, noticeId, data: { fileName, contentType, size: created.size } });
  return { ...created, src: attachmentPath(created.id) };
}

/** The notice's images, newest first, without their bytes. */
export async function listAttachments(noticeId: string) {
  const rows = await db.attachment.findMany({
    where: { noticeId },
    orderBy: { createdAt: "desc" },
    select: { id: true, fileName: true, contentType: true, size: true },
  });
  return rows.map((r) => ({ ...r, src: attachmentPath(r.id) }));
}

/** An image with whether a published revision shows it (then anyone may fetch it; else staff only). */
export async function readAttachment(id: string) {
  const row = await db.attachment.findUnique({ where: { id }, select: { data: true, contentType: true, fileName: true } });
  if (!row) return null;
  const published =
    (await db.block.count({
      where: { type: "IMAGE", data: { path: ["src"], equals: attachmentPath(id) }, section: { revision: { status: "PUBLISHED", notice: { state: "PUBLISHED" } } } },
    })) > 0;
  return { ...row, published };
}
