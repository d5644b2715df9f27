"use server";
import { defineAction } from "@/lib/actions/action-client";
import { clearSuppressionSchema } from "@/lib/notifications/send-log/suppression-schema";
import { clearSuppression } from "@/lib/notifications/send-log/suppressions";

// Clearing a suppressed address (admins), through the one write path.
export const clearSuppressionAction = defineAction({ schema: clearSuppressionSchema, roles: ["ADMIN"], run: clearSuppression });
