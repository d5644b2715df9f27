import { notFound } from "next/navigation";
import { catalogKinds, type CatalogKind } from "@/lib/catalog/messages";
import { saveAudienceAction, saveChannelAction, savePaymentMethodAction, saveServiceAction } from "../actions";

/** The [kind] segment as a catalog kind; any other value is a 404. */
export function catalogKind(segment: string): CatalogKind {
  if (!(catalogKinds as readonly string[]).includes(segment)) notFound();
  return segment as CatalogKind;
}

export const saveActions = {
  services: saveServiceAction,
  "payment-methods": savePaymentMethodAction,
  channels: saveChannelAction,
  audiences: saveAudienceAction,
} as const;
