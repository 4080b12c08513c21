/**
 * Refusal details of request use cases (staff work, appeals, complaints, agents, attachments, imports): stable
 * key → the English sentence (the REST API's words).
 */
export const REQUESTS_DETAILS = {
  "requests.reply_template_not_found": "This template does not exist.",
  "requests.not_assignable": "This person cannot be assigned requests.",
  "requests.held_by_someone_else":
    "Someone else holds this request; only a DPO or an admin can reassign it. Ask them, or the holder.",
  "requests.minimised": "This request was minimised at the end of its record period.",
  "requests.agent_permission_role": "Your role cannot decide an agent's permission.",
  "requests.agent_permission_reject_supervisor":
    "Rejecting the permission refuses the request: a DPO or an administrator decides it.",
  "requests.not_filed_by_agent": "This request was not filed by an agent.",
  "requests.agent_request_role": "Your role cannot act on an agent's request.",
  "requests.agent_power_of_attorney":
    "The agent holds a power of attorney: the consumer may not be required to verify directly (11 CCR § 7063(b)).",
  "requests.agent_permission_decided": "This permission was already decided.",
  "requests.closed_keeps_regime": "A closed request keeps the regime it was answered under.",
  "requests.same_residence": "The request already has this country or region.",
  "requests.write_message_first": "Write a message first.",
  "requests.message_too_long": "The message is too long.",
  "requests.subject_unverified": "You cannot write to the subject before their e-mail address is verified.",
  "requests.minimised_details_destroyed": "This request was minimised: the subject's details were destroyed.",
  "requests.new_date_swiss_only": "A new date is notified under the Swiss nFADP only.",
  "requests.new_date_closed": "This request is closed: there is no answer left to date.",
  "requests.new_date_before_due": "The new date must be after the current due date.",
  "requests.new_date_in_past": "The new date must be in the future.",
  "requests.later_date_notified": "A later date was already notified.",
  "requests.write_note_first": "Write a note first.",
  "requests.note_too_long": "The note is too long.",
  "requests.appeal_decider_role": "Only a DPO or an administrator can decide an appeal.",
  "requests.no_appeal": "This request has no appeal.",
  "requests.appeal_same_decider":
    "You made the refusal this appeal is about: another DPO or administrator must decide it.",
  "requests.appeal_extender_role": "Only a DPO or an administrator can extend an appeal.",
  "requests.appeal_already_decided": "This appeal is already decided.",
  "requests.appeal_no_extension": "The law of this appeal allows no extension of its decision period.",
  "requests.appeal_period_over": "The first decision period is over: it can no longer be extended.",
  "requests.complaint_not_found": "This complaint does not exist on this request.",
  "requests.too_many_files": "Too many files.",
  "requests.file_not_found": "This file does not exist.",
  "requests.import_not_startable":
    "This import does not exist, is not yours, has problems to fix, or was started already.",
  "requests.import_starter_inactive": "The staff member who started this import is no longer active.",
  "requests.import_row_date_invalid": "Its received_at is not a date, a time and a zone that the import can read.",
  "requests.import_row_fields_invalid": "These columns are not valid: {fields}.",
  "requests.received_in_future": "The time of receipt cannot be in the future.",
  "requests.received_too_early": "The time of receipt cannot be before 1 January 2000.",
  "requests.preview_request_not_found": "No such request.",
  "requests.no_agent_permission": "This request has no agent permission.",
  "requests.file_empty": "The file {file} is empty.",
  "requests.file_too_large": "The file {file} is too large.",
  "requests.file_wrong_type": "The file {file} is not a PDF, PNG, JPEG or plain text.",
  "requests.opt_out_not_offered": "This right is not offered under the law of the place of residence.",
  "requests.right_not_granted":
    "The law of the place of residence ({residence}, {law}) does not grant this right ({right}).",
} as const;
