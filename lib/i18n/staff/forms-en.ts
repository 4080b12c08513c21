/** The staff catalogue's form words (identity check, regime correction, password), in English. */
export const formsEn = {
  identity: {
    mark: "Mark identity as verified",
    record: "Record identity as verified",
    saving: "Saving…",
    how: "How the identity was checked",
    choose: "Choose…",
    notChecked: "Not checked: send the verification mail",
    note: "Identity check note (recorded in the audit log)",
    methods: {
      known_account: "Known customer account",
      id_document: "ID document seen",
      security_questions: "Answered security questions",
      other: "Other (say how in the note)",
    },
  },
  regime: {
    summary: "Correct the country or region of residence (regime)",
    submit: "Correct and recompute the deadline",
    saving: "Saving…",
    label: "Correct the requester's residence",
    confirm: "This changes the law the request is answered under and its due date. Continue?",
    livesIn: "Lives in",
    reason: "Reason (recorded in the audit log)",
  },
  password: {
    chooseTitle: "Choose your own password",
    changeTitle: "Change your password",
    mustChange:
      "You signed in with a password an administrator gave you. Choose your own before you continue: nobody else should know it.",
    signedInAs: "Signed in as {name} ({email}). Every session of yours ends once the password is changed.",
    submit: "Change password",
    back: "Back to the back-office",
    current: "Current password",
    new: "New password",
    again: "New password again",
    hint: "At least 12 characters. A few unrelated words make a strong password that is easy to remember; avoid your name and e-mail.",
    saving: "Saving…",
  },
};
