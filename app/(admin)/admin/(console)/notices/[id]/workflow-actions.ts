"use server";
import { defineAction, type ActionResult } from "@/lib/actions/action-client";
import {
  approveRevision,
  discardDraft,
  publishRevision,
  rebaseDraft,
  rejectRevision,
  scheduleRevision,
  setAmendment,
  startAmendment,
  submitRevision,
  unscheduleRevision,
  withdrawNotice,
} from "@/lib/notices/commands";
import * as schemas from "@/lib/notices/commands/schemas";

// The workflow's server actions (issue 9 "Workflow"), each made by defineAction: the
// command's own schema, the role of Decision 5, one transaction in which the command
// checks the state it expects and audits; publications run the publish hook after
// commit. The roles here are the first check; the commands hold the rules themselves
// (four eyes, break glass kinds, versions). Each is exported as a plain async function,
// the shape the server-action compiler accepts.

const submitWrite = defineAction({
  schema: schemas.revisionRefSchema,
  roles: ["EDITOR"],
  run: async (input, ctx) => void (await submitRevision(ctx, input)),
});

const approveWrite = defineAction({
  schema: schemas.revisionRefSchema,
  roles: ["APPROVER"],
  run: async (input, ctx) => void (await approveRevision(ctx, input)),
});

const rejectWrite = defineAction({
  schema: schemas.rejectRevisionSchema,
  roles: ["APPROVER"],
  run: async (input, ctx) => void (await rejectRevision(ctx, input)),
});

const publishWrite = defineAction({
  schema: schemas.publishRevisionSchema,
  roles: ["APPROVER"],
  run: async (input, ctx) => ({ published: (await publishRevision(ctx, input)).published }),
});

const scheduleWrite = defineAction({
  schema: schemas.scheduleRevisionSchema,
  roles: ["APPROVER"],
  run: async (input, ctx) => void (await scheduleRevision(ctx, input)),
});

const unscheduleWrite = defineAction({
  schema: schemas.revisionRefSchema,
  roles: ["APPROVER"],
  run: async (input, ctx) => void (await unscheduleRevision(ctx, input)),
});

const withdrawWrite = defineAction({
  schema: schemas.withdrawNoticeSchema,
  roles: ["APPROVER"],
  run: (input, ctx) => withdrawNotice(ctx, input),
});

const discardWrite = defineAction({
  schema: schemas.revisionRefSchema,
  roles: ["EDITOR"],
  run: async (input, ctx) => {
    await discardDraft(ctx, input);
    const { noticeId } = await ctx.tx.revision.findUniqueOrThrow({ where: { id: input.revisionId }, select: { noticeId: true } });
    const notice = await ctx.tx.notice.findUniqueOrThrow({ where: { id: noticeId }, select: { deletedAt: true } });
    // a never-published notice goes with its only draft: back to the list; else the form refreshes the page
    return notice.deletedAt ? { redirectTo: "/admin/notices" } : undefined;
  },
});

const amendWrite = defineAction({
  schema: schemas.startAmendmentSchema,
  roles: ["EDITOR"],
  // the new draft opens in the editor tab, the page the form is on: the form refreshes it
  // (a redirect to the same address would keep the layout's header as it was)
  run: async (input, ctx) => void (await startAmendment(ctx, input)),
});

const setAmendmentWrite = defineAction({
  schema: schemas.setAmendmentSchema,
  roles: ["EDITOR"],
  // the new version goes back to the page at once: the editor beside the form autosaves
  // with it (working-version.tsx), before the refresh brings it
  run: async (input, ctx) => ({ data: { version: (await setAmendment(ctx, input)).version } }),
});

const rebaseWrite = defineAction({
  schema: schemas.revisionRefSchema,
  roles: ["EDITOR"],
  run: async (input, ctx) => void (await rebaseDraft(ctx, input)),
});

type Previous = ActionResult | undefined;

export async function submitAction(previous: Previous, formData: FormData) {
  return submitWrite(previous, formData);
}

export async function approveAction(previous: Previous, formData: FormData) {
  return approveWrite(previous, formData);
}

export async function rejectAction(previous: Previous, formData: FormData) {
  return rejectWrite(previous, formData);
}

export async function publishAction(previous: Previous, formData: FormData) {
  return publishWrite(previous, formData);
}

export async function scheduleAction(previous: Previous, formData: FormData) {
  return scheduleWrite(previous, formData);
}

export async function unscheduleAction(previous: Previous, formData: FormData) {
  return unscheduleWrite(previous, formData);
}

export async function withdrawAction(previous: Previous, formData: FormData) {
  return withdrawWrite(previous, formData);
}

export async function discardAction(previous: Previous, formData: FormData) {
  return discardWrite(previous, formData);
}

export async function amendAction(previous: Previous, formData: FormData) {
  return amendWrite(previous, formData);
}

export async function setAmendmentAction(previous: Previous, formData: FormData) {
  return setAmendmentWrite(previous, formData);
}

export async function rebaseAction(previous: Previous, formData: FormData) {
  return rebaseWrite(previous, formData);
}
