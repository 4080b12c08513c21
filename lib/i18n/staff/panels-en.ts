/** The staff catalogue's words for the workspace's side panels (mails), in English. */
export const panelsEn = {
  /** One line of detail under a timeline entry. */
  detail: {
    to: "to {name}",
    someone: "someone",
    nobody: "nobody",
    reason: "reason: {text}",
    code: "code: {code}",
    due: "due {date}",
    via: "via {channel}",
    error: "error: {error}",
  },
  notifications: {
    title: "Notifications",
    markAll: "Mark all as read",
    none: "No notifications. Deadline reminders and escalations appear here.",
    markRead: "Mark read",
    older: "Older notifications →",
  },
  mails: {
    title: "Mails",
    none: "No mail recorded for this request.",
    columns: { mail: "Mail", to: "To", state: "State", tries: "Tries", when: "When" },
    mail: "mail",
    states: {
      queued: "Queued",
      sending: "Sending",
      sent: "Sent",
      failed: "Failed — retrying",
      uncertain: "Uncertain",
      given_up: "Given up",
    },
    roles: { subject: "the subject", staff: "staff", recipient: "a recipient (Art. 19)" },
    uncertain: "The sending process stopped mid-way: the person may have it already. Resend only if they did not.",
    resend: "Resend",
    queuing: "Queuing…",
    resendLabel: "Resend the {mail}",
    resendConfirm: "This mail may already have reached the person; resending can give them a second copy. Resend?",
    sentAt: "sent ",
    lastTry: "last try ",
    queuedAt: "queued ",
  },
};
