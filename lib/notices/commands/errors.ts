import { ActionError } from "@/lib/actions/errors";

/** A rule of the workflow was broken; `field` names the form field to show it on. */
export class WorkflowError extends ActionError {
  override name = "WorkflowError";
}
