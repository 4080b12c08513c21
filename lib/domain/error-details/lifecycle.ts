/**
 * Refusal details of the request lifecycle (lib/domain/lifecycle: transitions refused by its rules): stable key
 * → the English sentence (the REST API's words).
 */
export const LIFECYCLE_DETAILS = {
  "lifecycle.unknown_action": "Unknown action.",
  "lifecycle.identity_check_required": "How the identity was checked is required.",
  "lifecycle.identity_check_note_required": "A note saying how the identity was checked is required.",
  "lifecycle.agents_assign_self_only": "Agents can only assign requests to themselves.",
  "lifecycle.plan_being_prepared":
    "The fulfilment plan is still being prepared: its steps close the request themselves once done, or refuse the request.",
  "lifecycle.plan_unfinished":
    "The fulfilment steps are not finished: approve, complete or retry them first (they close the request themselves), or refuse the request.",
  "lifecycle.no_extension": "The deadline of this request cannot be extended.",
  "lifecycle.already_extended": "The deadline has already been extended once.",
  "lifecycle.extension_too_late": "The deadline can only be extended before the original due date.",
  "lifecycle.refusal_code_required": "A valid refusal reason code is required.",
  "lifecycle.refusal_code_not_a_ground":
    "The law of this request has no such ground for refusing: give the exception relied on (exemption) or another reason.",
  "lifecycle.system_withdraws_expired_only":
    "The system can only withdraw unverified requests whose verification has expired.",
  "lifecycle.message_to_subject_required": "A message to the data subject is required.",
  "lifecycle.extension_reason_required": "A reason for the extension is required.",
  "lifecycle.refusal_explanation_required": "An explanation of the refusal is required.",
  "lifecycle.reopening_reason_required": "A reason for reopening is required.",
  "lifecycle.not_allowed_to_action": "You are not allowed to {action}.",
  "lifecycle.wrong_status": "You cannot {action} while the request is {status}.",
} as const;
