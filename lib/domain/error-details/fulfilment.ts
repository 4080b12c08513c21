/**
 * Refusal details of fulfilment (steps, gates, restrictions, recipient notices): stable key → the English
 * sentence (the REST API's words).
 */
export const FULFILMENT_DETAILS = {
  "fulfilment.step_not_found": "This step does not exist.",
  "fulfilment.notice_not_found": "This notice does not belong to this request.",
  "fulfilment.notice_acknowledged_by_recipient": "The recipient has already acknowledged this notice.",
  "fulfilment.recipient_has_no_email":
    "The register gives no e-mail address for this recipient: tell them another way, then mark it acknowledged.",
  "fulfilment.notice_already_acknowledged": "This notice is already acknowledged.",
  "fulfilment.no_package": "This request has no package.",
  "fulfilment.discovery_unfinished": "Discovery has not finished in every system.",
  "fulfilment.no_such_review_step": "This request has no such review step.",
  "fulfilment.step_decided_meantime": "Someone else decided this step in the meantime. Reload the page.",
  "fulfilment.task_not_found": "This task does not exist.",
  "fulfilment.step_is_automated": "This step waits for an automated system; it cannot be completed by hand.",
  "fulfilment.field_not_correctable": "This field cannot be corrected in that system.",
  "fulfilment.closed_no_retry": "This request is closed; its steps cannot be retried.",
  "fulfilment.no_failed_step": "No step has failed (someone may have retried already).",
  "fulfilment.lift_not_restriction": "Only a restriction request can be lifted.",
  "fulfilment.closed_no_lift": "This request is closed; there is no restriction to lift.",
  "fulfilment.restriction_in_progress":
    "The restriction is still being put in place; lift it once every step has finished.",
  "fulfilment.lift_already_started": "Lifting this restriction was already started.",
  "fulfilment.lift_already_done": "This restriction has already been lifted.",
  "fulfilment.nothing_restricted": "No system has restricted this subject's data yet.",
  "fulfilment.no_lift_started": "No lift of this restriction was started.",
  "fulfilment.lift_already_cancelled": "This lift was already cancelled.",
  "fulfilment.lift_notice_period_over": "The notice period is over: the lift has already begun.",
  "fulfilment.step_not_waiting_for_result": "This step is {taskStatus}, not waiting for a result.",
  "fulfilment.step_already_approved": "This step was already approved.",
  "fulfilment.step_not_waiting_for_decision": "This step is not waiting for a decision yet.",
  "fulfilment.profiling_answer_required":
    "Give the reason the profiling led to the decision and how the re-evaluation came out: they are the answer the person receives.",
  "fulfilment.profiling_answer_not_applicable": "Only a question about a profiling decision takes an answer here.",
  "fulfilment.found_required":
    "Say whether you found the person's records in this system: the answer to the confirmation is a yes or no.",
} as const;
