/**
 * Bell titles stored as a key + values (staff_notifications.message) and rendered in the reader's
 * language; the English text is also stored in `title` for older readers. `{operation}` is a step
 * name, shown with the catalogue's step words.
 */
export const notificationsEn = {
  notificationTitles: {
    gate_review_package: "{reference}: the data package is ready for your review",
    gate_approve_erasure: "{reference}: an erasure plan awaits the DPO's approval",
    gate_approve_changes: "{reference}: proposed corrections await your approval",
    step_failed: "{reference}: a fulfilment step failed ({operation}) — retry it from the request",
    step_timed_out: "{reference}: a system did not answer in time ({operation}) — retry it from the request",
    manual_task: "{reference}: a manual task in {system} is yours",
    subject_replied: "{reference}: the person answered your question — the request goes on",
    subject_message: "{reference}: the person wrote a message",
    subject_message_lift:
      "{reference}: the person wrote during the lift notice — read it before the restriction is lifted",
    subject_message_closed: "{reference}: the person answered your message on this closed request (it stays closed)",
    complaint_received: "{reference}: complaint received (acknowledge by {date})",
    complaint_ack_due_soon: "{reference}: acknowledge the complaint by {date}",
    complaint_ack_overdue: "{reference}: complaint not acknowledged, due {date}",
    due_in_7: "{reference} is due within 7 days ({date})",
    due_in_3: "{reference} is due within 3 days ({date})",
    due_in_1: "{reference} is due tomorrow ({date})",
    due_today: "{reference} is due today ({date})",
    overdue: "OVERDUE: {reference} was due on {date}",
    extension_cutoff: "{reference}: finish or extend now — the first deadline is {date}",
    ccpa_acknowledgement: "{reference}: CCPA receipt confirmation not delivered yet",
    unassigned: "{reference} has had no assignee for 2 business days",
    mail_uncertain:
      "A mail may not have been sent (“{template}”, to {recipientRole}): check and resend it from the request's mails",
    mail_given_up:
      "A mail could not be sent for {days} days (“{template}”, to {recipientRole}): resend it from the request's mails",
    // Worded as the English-only titles were, so that rows stored before the keys map back to them (migration 0037).
    sign_in_locked_account: "Sign-in locked for the account {email} after {failures} failed attempts ({minutes} min)",
    sign_in_locked_account_address:
      "Sign-in locked for the account {email} from one client address after {failures} failed attempts ({minutes} min)",
    sign_in_locked_unknown:
      "Sign-in locked for an unknown e-mail address after {failures} failed attempts ({minutes} min)",
    sign_in_locked_unknown_address:
      "Sign-in locked for an unknown e-mail address from one client address after {failures} failed attempts ({minutes} min)",
    sign_in_locked_ip: "Sign-in locked for one client address after {failures} failed attempts ({minutes} min)",
    webhook_given_up:
      "Webhook endpoint {host} was disabled: a delivery failed on every attempt for {hours} h. Fix it, then re-enable it in Admin › Webhooks.",
    webhook_failures:
      "Webhook endpoint {host} was disabled: {failures} attempts failed in a row (last: {error}). Fix it, then re-enable it in Admin › Webhooks.",
    verification_expired: "{reference} withdrawn: identity never verified (entered by staff, {channel})",
  },
  /**
   * What a stored alert is about, by its kind, for a row whose words cannot be rendered in the reader's
   * language (stored before the keys and not recognised by the migration): said in that language
   * rather than shown in English.
   */
  notificationKinds: {
    fulfilment_review: "An alert about a step awaiting review",
    fulfilment_approval: "An alert about an approval awaiting the DPO",
    fulfilment_failed: "An alert about a failed fulfilment step",
    fulfilment_task: "An alert about a manual task",
    mail_failed: "An alert about a mail that may not have been sent",
    deadline: "A deadline alert",
    complaint: "An alert about a complaint",
    "security.sign_in_locked": "A security alert: sign-in locked",
    webhook_disabled: "An alert: a webhook endpoint was disabled",
    verification_expired: "An alert: a request withdrawn, identity never verified",
    other: "An alert stored in English before translation",
  },
};
