"use server";
import { defineAction } from "@/lib/actions/action-client";
import { saveContact, saveEmbedSettings, saveIssuer, saveScreenDefaults, setContactRetired } from "@/lib/contacts/commands";
import { embedSettingsSchema } from "@/lib/contacts/embed-schema";
import { contactRetireSchema, contactSchema, issuerSchema, screenDefaultsSchema } from "@/lib/contacts/schema";

// Contacts, issuer/brand and the screen's default texts (admins only), each through the one write path.
export const saveContactAction = defineAction({ schema: contactSchema, roles: ["ADMIN"], run: saveContact });
export const setContactRetiredAction = defineAction({ schema: contactRetireSchema, roles: ["ADMIN"], run: setContactRetired });
export const saveIssuerAction = defineAction({ schema: issuerSchema, roles: ["ADMIN"], run: saveIssuer });
export const saveScreenDefaultsAction = defineAction({ schema: screenDefaultsSchema, roles: ["ADMIN"], run: saveScreenDefaults });
export const saveEmbedSettingsAction = defineAction({ schema: embedSettingsSchema, roles: ["ADMIN"], run: saveEmbedSettings });
