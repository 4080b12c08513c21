/** Details of refusals in lifecycle: stable key → the English sentence (the REST API's words). */
export const LIFECYCLE_DETAILS = {
  "lifecycle.unknown_action": "Unknown action.",
  "lifecycle.how_identity_checked_required": "How the identity was checked is required.",
  "lifecycle.note_saying_how_identity_checked": "A note saying how the identity was checked is required.",
  "lifecycle.agents_can_only_assign_requests": "Agents can only assign requests to themselves.",
  "lifecycle.fulfilment_plan_still_being_prepared":
    "The fulfilment plan is still being prepared: its steps close the request themselves once done, or refuse the request.",
  "lifecycle.fulfilment_steps_not_finished_approve":
    "The fulfilment steps are not finished: approve, complete or retry them first (they close the request themselves), or refuse the request.",
  "lifecycle.deadline_request_cannot_extended": "The deadline of this request cannot be extended.",
  "lifecycle.deadline_already_extended_once": "The deadline has already been extended once.",
  "lifecycle.deadline_can_only_extended_before": "The deadline can only be extended before the original due date.",
  "lifecycle.valid_refusal_reason_code_required": "A valid refusal reason code is required.",
  "lifecycle.system_can_only_withdraw_unverified":
    "The system can only withdraw unverified requests whose verification has expired.",
  "lifecycle.message_to_subject_required": "A message to the data subject is required.",
  "lifecycle.extension_reason_required": "A reason for the extension is required.",
  "lifecycle.refusal_explanation_required": "An explanation of the refusal is required.",
  "lifecycle.reopening_reason_required": "A reason for reopening is required.",
  "lifecycle.not_allowed_to_action": "You are not allowed to {action}.",
  "lifecycle.wrong_status": "You cannot {action} while the request is {status}.",
} as const;
