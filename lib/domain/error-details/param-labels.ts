import type { LifecycleActionType } from "../lifecycle/types";
import type { RequestStatus } from "../vocabulary";

/**
 * Parameters passed as codes and shown as words: `{action}` is a lifecycle action, `{status}` a request
 * status. The English phrases are the lifecycle's own (rule labels, STATUS_LABELS; a test keeps them equal).
 */
export const DETAIL_PARAM_LABELS_EN: {
  action: Record<LifecycleActionType, string>;
  status: Record<RequestStatus, string>;
} = {
  action: {
    verify: "verify this request",
    assign: "assign this request",
    start: "start work on this request",
    ask_subject: "ask the data subject for information",
    subject_replied: "record a reply from the data subject",
    submit_for_review: "submit this request for review",
    complete: "complete this request",
    extend: "extend the deadline",
    refuse: "refuse this request",
    withdraw: "withdraw this request",
    reopen: "reopen this request",
  },
  status: {
    unverified: "awaiting identity verification",
    new: "new",
    in_progress: "in progress",
    awaiting_subject: "waiting for the data subject",
    in_review: "in review",
    completed: "completed",
    rejected: "rejected",
    withdrawn: "withdrawn",
  },
};
