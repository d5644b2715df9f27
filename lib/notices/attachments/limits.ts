// What may be uploaded as an image of a notice: raster images only (an SVG can carry
// script), at most 2 MiB, and the file must be what it says it is (its first bytes,
// not the browser's label, decide the type). The migration's CHECKs hold the same
// list and limit.
import { z } from "zod";

export const maxAttachmentBytes = 2 * 1024 * 1024;
export const attachmentTypes = ["image/png", "image/jpeg", "image/gif", "image/webp"] as const;
export type AttachmentType = (typeof attachmentTypes)[number];

export const attachmentMessages = {
  missing: "画像ファイルを選んでください。",
  tooLarge: `画像は ${maxAttachmentBytes / 1024 / 1024} MB 以内にしてください。`,
  wrongType: "PNG・JPEG・GIF・WebP の画像だけを添付できます。",
  empty: "空のファイルは添付できません。",
  uploaded: (name: string) => `「${name}」を添付しました。`,
} as const;

const startsWith = (bytes: Uint8Array, signature: (number | null)[], offset = 0) => signature.every((b, i) => b === null || bytes[offset + i] === b);

/** The image type the bytes are, by their signature; null for anything else. */
export function sniffImageType(bytes: Uint8Array): AttachmentType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38]) && (bytes[4] === 0x37 || bytes[4] === 0x39) && bytes[5] === 0x61) return "image/gif";
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return "image/webp";
  return null;
}

/** A file name safe to show and to put in Content-Disposition: no path, no control characters, bounded. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base.replace(/[\u0000-\u001f\u007f"]/g, "").trim().slice(0, 120);
  return cleaned || "image";
}

/** The upload form's one schema: the file, checked for size and (by its bytes) type. */
export const uploadSchema = z.object({
  file: z
    .instanceof(File, { error: attachmentMessages.missing })
    .refine((f) => f.size > 0, attachmentMessages.empty)
    .refine((f) => f.size <= maxAttachmentBytes, attachmentMessages.tooLarge),
});

export const attachmentPath = (id: string) => `/api/attachments/${id}`;
