/** Details of refusals in fulfilment: stable key → the English sentence (the REST API's words). */
export const FULFILMENT_DETAILS = {
  "fulfilment.step_does_not_exist": "This step does not exist.",
  "fulfilment.notice_does_not_belong_request": "This notice does not belong to this request.",
  "fulfilment.recipient_already_acknowledged_notice": "The recipient has already acknowledged this notice.",
  "fulfilment.register_gives_no_e_mail":
    "The register gives no e-mail address for this recipient: tell them another way, then mark it acknowledged.",
  "fulfilment.notice_already_acknowledged": "This notice is already acknowledged.",
  "fulfilment.request_no_package": "This request has no package.",
  "fulfilment.discovery_not_finished_every_system": "Discovery has not finished in every system.",
  "fulfilment.request_no_such_review_step": "This request has no such review step.",
  "fulfilment.someone_else_decided_step_meantime": "Someone else decided this step in the meantime. Reload the page.",
  "fulfilment.task_does_not_exist": "This task does not exist.",
  "fulfilment.step_waits_automated_system_cannot":
    "This step waits for an automated system; it cannot be completed by hand.",
  "fulfilment.field_cannot_corrected_system": "This field cannot be corrected in that system.",
  "fulfilment.request_closed_steps_cannot_retried": "This request is closed; its steps cannot be retried.",
  "fulfilment.no_step_failed_someone_may": "No step has failed (someone may have retried already).",
  "fulfilment.only_restriction_request_can_lifted": "Only a restriction request can be lifted.",
  "fulfilment.request_closed_no_restriction_lift": "This request is closed; there is no restriction to lift.",
  "fulfilment.restriction_still_being_put_place":
    "The restriction is still being put in place; lift it once every step has finished.",
  "fulfilment.lifting_restriction_already_started": "Lifting this restriction was already started.",
  "fulfilment.no_system_restricted_subjects_data": "No system has restricted this subject's data yet.",
  "fulfilment.no_lift_restriction_started": "No lift of this restriction was started.",
  "fulfilment.lift_already_cancelled": "This lift was already cancelled.",
  "fulfilment.notice_period_over_lift_already": "The notice period is over: the lift has already begun.",
  "fulfilment.step_not_waiting_for_result": "This step is {taskStatus}, not waiting for a result.",
  "fulfilment.step_already_approved": "This step was already approved.",
  "fulfilment.step_not_waiting_for_decision": "This step is not waiting for a decision yet.",
} as const;
