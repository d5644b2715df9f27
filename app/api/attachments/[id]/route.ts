import { currentUser } from "@/lib/auth/session";
import { readAttachment } from "@/lib/notices/attachments/store";

/**
 * An image of a notice (IMAGE blocks' src "/api/attachments/{id}"). Public once a published
 * revision shows it; before that only signed-in staff (the editor, the preview) see it.
 * The bytes were checked to be the stored type at upload; served as that type, inline,
 * never sniffed.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^[a-z0-9]{1,64}$/.test(id)) return new Response("Not Found", { status: 404 });
  const found = await readAttachment(id);
  if (!found || (!found.published && !(await currentUser()))) return new Response("Not Found", { status: 404 });
  return new Response(Buffer.from(found.data), {
    headers: {
      "Content-Type": found.contentType,
      "Content-Length": String(found.data.byteLength),
      "Content-Disposition": `inline; filename*=UTF-8''${encodeURIComponent(found.fileName)}`,
      "X-Content-Type-Options": "nosniff",
      // an attachment never changes (a new upload is a new id); a draft's stays private
      "Cache-Control": found.published ? "public, max-age=86400" : "private, no-store",
    },
  });
}
