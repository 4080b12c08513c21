/** The request page's action menu (lib/requests/staff/action-menu.ts), in English. */
export const menuEn = {
  menu: {
    label: "Actions on this request",
    intro: "Only what you may do now is offered. Each action opens its own form; Escape closes it.",
    open: {
      assign: "Assign to someone…",
      ask_subject: "Ask the subject…",
      complete: "Complete…",
      extend: "Extend the deadline…",
      refuse: "Refuse…",
      withdraw: "Withdraw…",
      reopen: "Reopen…",
    },
    completeHint: "Closes the request and mails the subject the completion notice below.",
    previewTitle: "The mail as the subject will receive it",
    previewUpdating: "Updating the preview…",
    previewFailed: "The preview could not be rendered: {reason}",
    previewSubject: "Subject: {subject}",
    dangerZone: "Ends the request",
  },
  specifics: {
    yes: "yes",
    no: "no",
    rectification: "Corrections asked for",
    field: "Field",
    current: "Current value",
    proposed: "Correct value",
    noCurrent: "not given",
    restrictionGround: "Ground for the restriction",
    objectionScope: "Objection to",
    gpc: "Global Privacy Control signal",
    gpcYes: "sent by the browser",
  },
  /** How the timeline names a fulfilment step: "Erase in Demo Shop". */
  stepWords: { stepIn: "{step} in {systems}" },
};
