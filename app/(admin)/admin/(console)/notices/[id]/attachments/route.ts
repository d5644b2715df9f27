import { z } from "zod";
import { ActionError } from "@/lib/actions/errors";
import { defineRoute } from "@/lib/actions/route-handler";
import { attachmentMessages as m, maxAttachmentBytes, uploadSchema } from "@/lib/notices/attachments/limits";
import { storeAttachment } from "@/lib/notices/attachments/store";

// room for the multipart envelope around the file
const maxBodyBytes = maxAttachmentBytes + 64 * 1024;

/** Uploads an image for the notice (multipart: `noticeId`, `file`); answers its path for an IMAGE block. */
export const POST = defineRoute({
  schema: uploadSchema.extend({ noticeId: z.string().min(1).max(64) }),
  roles: ["EDITOR"],
  // an oversize body is refused from its declared length, before it is read
  parse: async (request) => {
    if (Number(request.headers.get("content-length") ?? 0) > maxBodyBytes) throw new ActionError(m.tooLarge, "file");
    const form = await request.formData();
    return { noticeId: form.get("noticeId"), file: form.get("file") };
  },
  run: async (input, context) => ({ body: await storeAttachment(context, input.noticeId, input.file) }),
});
