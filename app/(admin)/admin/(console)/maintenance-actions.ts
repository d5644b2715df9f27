"use server";
import { defineAction } from "@/lib/actions/action-client";
import { endMaintenance, extendMaintenance, startMaintenance } from "@/lib/maintenance/controls/commands";
import { endMaintenanceSchema, extendMaintenanceSchema, startMaintenanceSchema } from "@/lib/maintenance/controls/schemas";

// The dashboard's maintenance controls (issue 10, Decision 6): approvers only; each one
// transaction through the notice commands, published at once by break glass; the
// publish hook then refreshes the maintenance snapshot.

export const startMaintenanceAction = defineAction({
  schema: startMaintenanceSchema,
  roles: ["APPROVER"],
  run: async (input, context) => ({ published: (await startMaintenance(context, input, { source: "CONSOLE" })).published }),
});

export const extendMaintenanceAction = defineAction({
  schema: extendMaintenanceSchema,
  roles: ["APPROVER"],
  run: async (input, context) => ({ published: (await extendMaintenance(context, input, { source: "CONSOLE" })).published }),
});

export const endMaintenanceAction = defineAction({
  schema: endMaintenanceSchema,
  roles: ["APPROVER"],
  run: async (input, context) => ({ published: (await endMaintenance(context, input, { source: "CONSOLE" })).published }),
});
