import type { Prisma } from "@/lib/generated/prisma/client";

// Which channels a window covers: the one place that reads it. A window's channels are
// rows referencing the catalog (MaintenanceWindowChannel); every read of windows
// includes `windowChannelRows` and turns the rows back into keys with
// `storedChannelKeys`, so the content's `channelKeys` keep their shape everywhere.
// The rule is lib/affected's rule 2 (derive-affected.ts): a scheduled window stops the
// channels it names and every channel of the revision's maintenance screen.

/** A window's channel rows with their keys, in catalog order (rows have no order of their own). */
export const windowChannelRows = {
  channels: { orderBy: [{ channel: { sortOrder: "asc" } }, { channel: { key: "asc" } }], select: { channel: { select: { key: true } } } },
} satisfies Prisma.MaintenanceWindowInclude;

/** The keys of the channels a stored window names itself. */
export function storedChannelKeys(window: { channels: readonly { channel: { key: string } }[] }): string[] {
  return window.channels.map((c) => c.channel.key);
}

export function windowChannelKeys(window: { channelKeys: readonly string[] }, screen: { channelKeys: readonly string[] } | null): string[] {
  return [...new Set([...window.channelKeys, ...(screen?.channelKeys ?? [])])];
}
