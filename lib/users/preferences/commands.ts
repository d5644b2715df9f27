import "server-only";
import type { z } from "zod";
import type { ActionContext, ActionOutcome } from "@/lib/actions/action-client";
import { ActionError } from "@/lib/actions/errors";
import { audit } from "@/lib/audit";
import { preferenceMessages as m } from "./messages";
import type { consoleLocaleSchema } from "./schema";

/**
 * A staff member's console language, stored on the user so that it follows them
 * across devices. Only their own: the form names the user it means, and a request
 * for anyone else is refused (an admin changes roles, not other people's language).
 */
export async function setConsoleLocale(input: z.output<typeof consoleLocaleSchema>, { tx, user, actor }: ActionContext): Promise<ActionOutcome> {
  if (input.userId !== user.id) throw new ActionError(m.notYours);
  const before = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { locale: true } });
  if (before.locale === input.locale) throw new ActionError(m.unchanged, "locale");
  await tx.user.update({ where: { id: user.id }, data: { locale: input.locale } });
  await audit(tx, { actor, action: "user.locale", entityType: "User", entityId: user.id, data: { before: before.locale, after: input.locale } });
  // the page the switch sits on is drawn again in the new language (the switch refreshes it)
  return {};
}
