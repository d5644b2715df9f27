"use client";
import { catalogMessagesIn, type CatalogKind } from "@/lib/catalog/messages";
import { retireSchema } from "@/lib/catalog/schema";
import { RetireForm as RetireToggle } from "../form/retire-form";
import type { ConsoleAction } from "../form/use-console-form";
import { useMessages } from "@/lib/i18n/console/client";

export function RetireForm({ kind, id, retired, action }: { kind: CatalogKind; id: string; retired: boolean; action: ConsoleAction }) {
  const m = useMessages(catalogMessagesIn);
  const labels = { status: m.columns.status, active: m.active, retired: m.retired, help: m.retireHelp, retire: m.retire, restore: m.restore };
  return <RetireToggle action={action} schema={retireSchema} ids={{ kind, id }} retired={retired} labels={labels} />;
}
