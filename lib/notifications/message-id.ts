import { createHash } from "node:crypto";
import type { SendChannel, SendEvent } from "@/lib/generated/prisma/enums";

// The stable id of a message (SendLog.messageId, unique): the mail's Message-ID
// (<id@host of the site>) and the webhook's event id. Derived, never random, from what
// makes a message due, so the outbox cannot record one message twice (the unique index
// refuses it) and a retry or a repeat after a crash carries the same id (receivers drop it).

/** What a message is about: a revision (its publication) or a window's edge. */
export type MessageSubject =
  | { event: "PUBLICATION"; revisionId: string }
  /**
   * A window's reminder, start or end. A window row belongs to one revision (an amendment
   * copies it), so the window is named by its notice and key, which every revision keeps,
   * and by the instant of the edge: a window moved to another day is reminded again, an
   * amendment that leaves the instant alone is not.
   */
  | { event: Exclude<SendEvent, "PUBLICATION">; noticeId: string; windowKey: string; at: Date };

/** Who receives it: the channel, the address (or URL) and whose address it is. */
export interface MessageAddressee {
  channel: SendChannel;
  address: string;
  /** merchantId, subscriberId or webhookId: two merchants sharing an address each get theirs */
  ownerId: string | null;
}

const subjectKey = (s: MessageSubject) => (s.event === "PUBLICATION" ? `revision:${s.revisionId}` : `window:${s.noticeId}:${s.windowKey}:${s.at.toISOString()}`);

/** e.g. "publication.3f9a…" (32 hex digits): valid as the left part of a Message-ID. */
export function messageIdFor(subject: MessageSubject, to: MessageAddressee | "nobody"): string {
  const addressee = to === "nobody" ? "nobody" : `${to.channel}:${to.address}:${to.ownerId ?? ""}`;
  const digest = createHash("sha256").update(`${subject.event}|${subjectKey(subject)}|${addressee}`).digest("hex").slice(0, 32);
  return `${subject.event.toLowerCase().replace(/_/g, "-")}.${digest}`;
}
