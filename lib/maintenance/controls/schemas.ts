// The maintenance controls' inputs (issue 10, Decision 6), one zod schema each: the
// dashboard's forms parse with them (Conform in the browser and in defineAction), the
// outage command builds the same objects. Instants typed in the form are JST.
import { z } from "zod";
import { jstDateTime } from "@/lib/notices/commands/schemas";
import { controlMessages as m } from "./messages";

const channelKey = z.string().trim().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, m.channelsRequired);
const id = z.string({ error: m.noticeMoved }).trim().min(1, m.noticeMoved).max(64, m.noticeMoved);
const windowKey = z.string({ error: m.noWindowInForce }).trim().min(1, m.noWindowInForce).max(100, m.noWindowInForce);

export const startMaintenanceSchema = z.object({
  /** catalog channel keys (checkboxes): the screen goes on for these */
  channels: z.array(channelKey, { error: m.channelsRequired }).min(1, m.channelsRequired),
  /** the expected end (JST in the form): later than now */
  endsAt: jstDateTime,
  titleJa: z.string().trim().max(200, m.titleTooLong).optional(),
  reason: z.string().trim().max(2000, m.reasonTooLong).optional(),
});

/**
 * The published revision the panel showed (the version the operator acted on: if
 * another revision was published since, the command refuses) and its window in force.
 */
const inForce = z.object({ revisionId: id, windowKey });

export const extendMaintenanceSchema = inForce.extend({ endsAt: jstDateTime });
export const endMaintenanceSchema = inForce;

export type StartMaintenanceInput = z.output<typeof startMaintenanceSchema>;
export type ExtendMaintenanceInput = z.output<typeof extendMaintenanceSchema>;
export type EndMaintenanceInput = z.output<typeof endMaintenanceSchema>;
