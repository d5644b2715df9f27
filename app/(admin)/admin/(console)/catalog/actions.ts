"use server";
import { defineAction } from "@/lib/actions/action-client";
import { saveAudience, saveChannel, saveErrorCodeFormat, savePaymentMethod, saveService, setRetired } from "@/lib/catalog/commands";
import { audienceSchema, channelSchema, errorCodeFormatSchema, paymentMethodSchema, retireSchema, serviceSchema } from "@/lib/catalog/schema";

// The catalog's writes (admins only), each through the one write path.
export const saveServiceAction = defineAction({ schema: serviceSchema, roles: ["ADMIN"], run: saveService });
export const savePaymentMethodAction = defineAction({ schema: paymentMethodSchema, roles: ["ADMIN"], run: savePaymentMethod });
export const saveChannelAction = defineAction({ schema: channelSchema, roles: ["ADMIN"], run: saveChannel });
export const saveAudienceAction = defineAction({ schema: audienceSchema, roles: ["ADMIN"], run: saveAudience });
export const setRetiredAction = defineAction({ schema: retireSchema, roles: ["ADMIN"], run: setRetired });
export const saveErrorCodeFormatAction = defineAction({ schema: errorCodeFormatSchema, roles: ["ADMIN"], run: saveErrorCodeFormat });
