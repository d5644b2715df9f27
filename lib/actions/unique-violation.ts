import { Prisma } from "@/lib/generated/prisma/client";

// A unique index is the last word on "already taken" (two people may pass the form's
// own check at the same moment); this turns its violation into the field's error.
const messages: Record<string, string> = {
  slug: "このスラッグ(URL)は既に使われています。別のスラッグにしてください。",
  key: "このキーは既に使われています。",
  email: "このメールアドレスは既に登録されています。",
};

/** The form field a unique violation belongs to, with its message; null for any other error. */
export function uniqueViolationField(error: unknown): { name: string; message: string } | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return null;
  const fields = violatedFields(error.meta);
  const name = fields.find((field) => field in messages);
  return name ? { name, message: messages[name]! } : { name: fields[0] ?? "", message: "同じ値が既に登録されています。" };
}

function violatedFields(meta: Record<string, unknown> | undefined): string[] {
  if (!meta) return [];
  if (Array.isArray(meta.target)) return meta.target.map(String);
  if (typeof meta.target === "string") return [meta.target];
  // driver adapters report the constraint's fields under driverAdapterError
  const cause = (meta.driverAdapterError as { cause?: { constraint?: { fields?: unknown } } } | undefined)?.cause;
  const fields = cause?.constraint?.fields;
  return Array.isArray(fields) ? fields.map((f) => String(f).replace(/"/g, "")) : [];
}
