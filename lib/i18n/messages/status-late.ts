/**
 * The status page once the due date has passed (QA F19: it never promises a past date) and on a closed request
 * staff wrote on (QA F27: the answer window, lib/domain/closed-reply.ts). The legal sentences are the regime's own
 * (lib/domain/regime-notices: `complaint`, `judicialRemedy`, PIPEDA's `deemedRefused`).
 */
export const STATUS_LATE = {
  en: {
    dueDatePassed: "Our answer was due by",
    passed: "passed",
    lateTitle: "Our answer is late",
    late: "The time limit for our answer ended on {date} and we have not answered yet. We apologise: your request is still being handled and we will answer as soon as we can.",
    lateComplain: "You do not have to wait for us: you can complain to the authority that oversees us.",
    lateWrite: "You can also write to us below to ask where things stand.",
    closedReply:
      "This request is closed, but you can still answer our message here until {date} inclusive. Your answer does not reopen the request; to ask for something else,",
    closedNoReply: "This request is closed; you can no longer write in it. To ask for something else,",
    newRequest: "make a new request",
  },
  fr: {
    dueDatePassed: "Notre réponse était due au plus tard le",
    passed: "dépassé",
    lateTitle: "Notre réponse est en retard",
    late: "Le délai pour vous répondre a pris fin le {date} et nous ne vous avons pas encore répondu. Veuillez nous en excuser : votre demande est toujours en cours de traitement et nous vous répondrons dès que possible.",
    lateComplain:
      "Vous n’avez pas à nous attendre : vous pouvez porter plainte auprès de l’autorité qui nous contrôle.",
    lateWrite: "Vous pouvez aussi nous écrire ci-dessous pour savoir où en est votre demande.",
    closedReply:
      "Cette demande est close, mais vous pouvez encore répondre ici à notre message jusqu’au {date} inclus. Votre réponse ne rouvre pas la demande ; pour demander autre chose,",
    closedNoReply: "Cette demande est close ; vous ne pouvez plus y écrire. Pour demander autre chose,",
    newRequest: "faites une nouvelle demande",
  },
} as const;
