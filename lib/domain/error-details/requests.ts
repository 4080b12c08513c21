/** Details of refusals in requests: stable key → the English sentence (the REST API's words). */
export const REQUESTS_DETAILS = {
  "requests.template_does_not_exist": "This template does not exist.",
  "requests.person_cannot_assigned_requests": "This person cannot be assigned requests.",
  "requests.someone_else_holds_request_only":
    "Someone else holds this request; only a DPO or an admin can reassign it. Ask them, or the holder.",
  "requests.request_minimised_end_record_period": "This request was minimised at the end of its record period.",
  "requests.role_cannot_decide_agents_permission": "Your role cannot decide an agent's permission.",
  "requests.rejecting_permission_refuses_request_dpo":
    "Rejecting the permission refuses the request: a DPO or an administrator decides it.",
  "requests.request_not_filed_agent": "This request was not filed by an agent.",
  "requests.permission_already_decided": "This permission was already decided.",
  "requests.closed_request_keeps_regime_answered": "A closed request keeps the regime it was answered under.",
  "requests.request_already_country_region": "The request already has this country or region.",
  "requests.write_message_first": "Write a message first.",
  "requests.message_too_long": "The message is too long.",
  "requests.cannot_write_subject_before_e": "You cannot write to the subject before their e-mail address is verified.",
  "requests.request_minimised_subjects_details_were":
    "This request was minimised: the subject's details were destroyed.",
  "requests.new_date_notified_under_swiss": "A new date is notified under the Swiss nFADP only.",
  "requests.request_closed_no_answer_left": "This request is closed: there is no answer left to date.",
  "requests.new_date_must_after_current": "The new date must be after the current due date.",
  "requests.new_date_must_future": "The new date must be in the future.",
  "requests.later_date_already_notified": "A later date was already notified.",
  "requests.write_note_first": "Write a note first.",
  "requests.note_too_long": "The note is too long.",
  "requests.only_dpo_administrator_can_decide": "Only a DPO or an administrator can decide an appeal.",
  "requests.request_no_appeal": "This request has no appeal.",
  "requests.made_refusal_appeal_about_another":
    "You made the refusal this appeal is about: another DPO or administrator must decide it.",
  "requests.only_dpo_administrator_can_extend": "Only a DPO or an administrator can extend an appeal.",
  "requests.appeal_already_decided": "This appeal is already decided.",
  "requests.law_appeal_allows_no_extension": "The law of this appeal allows no extension of its decision period.",
  "requests.first_decision_period_over_can": "The first decision period is over: it can no longer be extended.",
  "requests.complaint_does_not_exist_request": "This complaint does not exist on this request.",
  "requests.too_many_files": "Too many files.",
  "requests.file_does_not_exist": "This file does not exist.",
  "requests.import_does_not_exist_not":
    "This import does not exist, is not yours, has problems to fix, or was started already.",
  "requests.staff_member_who_started_import": "The staff member who started this import is no longer active.",
  "requests.time_receipt_cannot_future": "The time of receipt cannot be in the future.",
  "requests.no_such_request": "No such request.",
  "requests.request_no_agent_permission": "This request has no agent permission.",
  "requests.extended_regime_has_no_extension":
    "This request was extended, and {regime} has no extension: settle the extension with the DPO before correcting the regime.",
  "requests.file_empty": "The file {file} is empty.",
  "requests.file_too_large": "The file {file} is too large.",
  "requests.file_wrong_type": "The file {file} is not a PDF, PNG, JPEG or plain text.",
} as const;
