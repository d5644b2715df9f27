"use client";
import { ActionForm, type WorkflowServerAction } from "@/components/admin/workflow/action-form";
import { useMessages } from "@/lib/i18n/console/client";
import { controlMessagesIn } from "@/lib/maintenance/controls/messages";
import { reviewBreakGlassSchema } from "@/lib/notices/commands/schemas";

/** One break-glass publication's "approve afterwards" button on the dashboard (Decision 5). */
export function BreakGlassReviewForm({ action, eventId }: { action: WorkflowServerAction; eventId: string }) {
  const t = useMessages(controlMessagesIn).panel;
  return <ActionForm action={action} schema={reviewBreakGlassSchema} hidden={{ eventId }} submitLabel={t.review} notice={t.reviewed} id={`review-${eventId}`} />;
}
