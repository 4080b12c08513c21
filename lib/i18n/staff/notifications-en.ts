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
  },
};
