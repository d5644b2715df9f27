import type { Role } from "@/lib/generated/prisma/enums";
import { breakGlassKinds } from "@/lib/notices/commands";
import type { NoticeWorkflow } from "./load-notice";

// Which workflow buttons the header offers this user for the notice's state
// (Decision 5). It only decides what is shown: every action checks role and state
// again on the server, in its transaction, and refuses with a message.

export type WorkflowAction =
  | "submit"
  | "discard"
  | "approve"
  | "reject"
  | "publish"
  | "schedule"
  | "unschedule"
  | "breakGlass"
  | "withdraw"
  | "amend"
  | "rebase";

export interface Viewer {
  id: string;
  roles: readonly Role[];
}

type Input = Pick<NoticeWorkflow, "kind" | "state" | "published" | "working">;

export function availableActions(viewer: Viewer, notice: Input): WorkflowAction[] {
  const editor = viewer.roles.includes("EDITOR");
  const approver = viewer.roles.includes("APPROVER");
  const { working, published } = notice;
  const actions: WorkflowAction[] = [];
  // A withdrawal is final (docs/decisions/0012-withdrawn-notices.md): a draft begun
  // before it can only be thrown away; the header says how to announce it anew.
  if (notice.state === "WITHDRAWN") {
    const editable = working && (working.status === "DRAFT" || working.status === "REJECTED");
    return editable && editor ? ["discard"] : [];
  }
  if (working) {
    // four eyes (Decision 5): not the author, an editor or the submitter
    const own = working.authorId === viewer.id || working.submittedById === viewer.id || working.editors.some((e) => e.userId === viewer.id);
    const editable = working.status === "DRAFT" || working.status === "REJECTED";
    if (editable && editor) actions.push("submit");
    if (working.status === "SUBMITTED" && approver && !own) actions.push("approve", "reject");
    if (working.status === "APPROVED" && approver) actions.push("publish", working.publishAt ? "unschedule" : "schedule", "reject");
    if (working.status !== "APPROVED" && approver && breakGlassKinds.includes(notice.kind)) actions.push("breakGlass");
    if (working.basedOnId && published && working.basedOnId !== published.id && editor) actions.push("rebase");
    if (editable && editor) actions.push("discard");
  } else if (published && notice.state === "PUBLISHED" && editor) {
    actions.push("amend");
  }
  if (notice.state === "PUBLISHED" && approver) actions.push("withdraw");
  return actions;
}

/**
 * A first publication whose windows have all ended is history: it is published only
 * as a backfill, which the publisher confirms with the original date or "unknown"
 * (Decision 8). An amendment never is.
 */
export function needsBackfill(notice: Pick<NoticeWorkflow, "published" | "latestNumber" | "working">, at: Date): boolean {
  const windows = notice.working?.windows ?? [];
  return notice.latestNumber === null && windows.length > 0 && windows.every((w) => w.endsAt <= at);
}
