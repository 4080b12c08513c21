/** Sign-in errors (SSO admission, next-auth), the SSO second-factor step and the reset-password page, in English. */
export const ssoEn = {
  sso: {
    errors: {
      sso_failed: "Single sign-on did not complete. Try again, or sign in with your e-mail and password.",
      sso_no_account:
        "Single sign-on worked, but no active back-office account uses that e-mail address. Ask an administrator to create or reactivate your account.",
      sso_email_missing:
        "Your identity provider did not share your e-mail address, so your account cannot be found. Ask your administrator to release the e-mail claim to this app.",
      sso_email_unverified:
        "Your identity provider says your e-mail address is not verified, so it cannot be used to sign in here.",
      sso_enrol_required:
        "Your account needs two-factor authentication in this app and has not set it up yet. Sign in once with your e-mail and password to set it up, then use single sign-on.",
      expired: "This sign-in took too long or is no longer valid. Start again.",
    },
    totpLead: "You are signed in with single sign-on. Your account also uses a code from your authenticator app.",
    cancel: "Cancel and start again",
  },
  regimeDuties: {
    newDateTitle: "New date (nFADP, art. 18 al. 2 OPDo)",
    told: "Told on {at}: answer by {date} — {reason}",
    // Art. 32 nFADP claims (correct, erase, object, restrict): no statutory limit, art. 18 OPDo is access's.
    newDateTitleOther: "New date (nFADP: no statutory time limit for this request, art. 32 nFADP)",
    dueHint: "The legal due date is {date}. If we cannot answer by then, tell the person when we will.",
    // Art. 18 al. 2 OPDo: the notice belongs inside the 30 days; late, it is still better sent than not.
    lateNotice:
      "The 30 days ended on {date}: art. 18 al. 2 OPDo asks for this notice within them. Send it now all the same, and say why it is late.",
    dueHintOther:
      "Our committed due date is {date} (30 days, as for access). If we cannot answer by then, tell the person when we will.",
    notify: "Notify a new date",
    notifySubmit: "Notify the new date",
    sending: "Sending…",
    answerBy: "We will answer by",
    whyLate: "Why we cannot answer within 30 days (sent to the person)",
    complaintsTitle: "Complaints to us (s. 164A DPA 2018)",
    received: "Received {at} · acknowledge by {date} ·",
    answered: "answered {at}",
    acknowledged: "acknowledged {at}",
    notAcknowledged: "not acknowledged yet",
    outcome: "Outcome: {outcome}",
    acknowledge: "Acknowledge complaint",
    tellOutcome: "Tell the outcome",
    sendOutcome: "Send the outcome",
    outcomeLabel: "Outcome (sent to the person)",
  },
  resetPassword: {
    title: "Set a new password",
    forWhom: "For {name} ({email}). This link works once.",
    submit: "Set password",
    gone: "This link has expired or was already used. Ask an administrator for a new one.",
    toSignIn: "Go to sign-in",
  },
};
