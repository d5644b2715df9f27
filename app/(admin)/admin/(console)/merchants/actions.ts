"use server";
import { defineAction } from "@/lib/actions/action-client";
import { applyImportFromConsole, previewImportFromConsole } from "@/lib/merchants/console-import";
import { importApplySchema, importUploadSchema, tokenCreateSchema, tokenRevokeSchema, webhookCreateSchema, webhookDisableSchema } from "@/lib/merchants/schema";
import { createImportToken, revokeImportToken } from "@/lib/merchants/tokens";
import { disableWebhook, registerWebhook } from "@/lib/merchants/webhooks";

// The merchant directory's writes (admins only), each through the one write path.
export const previewImportAction = defineAction({ schema: importUploadSchema, roles: ["ADMIN"], run: previewImportFromConsole });
export const applyImportAction = defineAction({ schema: importApplySchema, roles: ["ADMIN"], run: applyImportFromConsole });
export const createTokenAction = defineAction({ schema: tokenCreateSchema, roles: ["ADMIN"], run: createImportToken });
export const revokeTokenAction = defineAction({ schema: tokenRevokeSchema, roles: ["ADMIN"], run: revokeImportToken });
export const registerWebhookAction = defineAction({ schema: webhookCreateSchema, roles: ["ADMIN"], run: registerWebhook });
export const disableWebhookAction = defineAction({ schema: webhookDisableSchema, roles: ["ADMIN"], run: disableWebhook });
