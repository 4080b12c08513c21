import type { Locale } from "@/lib/domain/locale";

/**
 * The status page's words around what the completion, refusal and extension mails said (the result's own
 * sentences are the mail's: lib/mail/templates/completion-copy.tsx).
 */
export const STATUS_OUTCOME = {
  en: {
    title: "What we did",
    refusalTitle: "Why we could not act on your request",
    refusalDetails: "Details from our team:",
    refusalOptions: "If you disagree, your options:",
    newDate: "New date for our answer: {date}.",
    excluded:
      "{n} record(s) were left out of the file because they concern other people or are protected by law. You may ask us why: reply below or contact our Data Protection Officer.",
    timesIn: "Times are shown in {zone} time.",
    purged:
      "The download window closed on {date}; the file was then deleted and we keep no copy of it. You can make a new access request at any time.",
    purgedTried: "This file no longer exists: it was deleted when its download window closed.",
    goneTitle: "Your data: file deleted",
    goneBack: "Back to your request",
    goneAskAgain:
      "To receive your data again, make a new access request: we will prepare a new file and e-mail you a new download link.",
    goneNewRequest: "Make a new access request",
  },
  fr: {
    title: "Ce que nous avons fait",
    refusalTitle: "Pourquoi nous ne pouvons pas donner suite à votre demande",
    refusalDetails: "Précisions de notre équipe :",
    refusalOptions: "Si vous n’êtes pas d’accord, vos recours :",
    newDate: "Nouvelle date de notre réponse : {date}.",
    excluded:
      "{n} enregistrement(s) n’ont pas été inclus dans le fichier, car ils concernent d’autres personnes ou sont protégés par la loi. Vous pouvez nous demander pourquoi : répondez ci-dessous ou contactez notre délégué à la protection des données.",
    timesIn: "Les heures sont indiquées dans le fuseau {zone}.",
    purged:
      "La période de téléchargement s’est terminée le {date} ; le fichier a ensuite été supprimé et nous n’en gardons aucune copie. Vous pouvez faire une nouvelle demande d’accès à tout moment.",
    purgedTried: "Ce fichier n’existe plus : il a été supprimé à la fin de sa période de téléchargement.",
    goneTitle: "Vos données : fichier supprimé",
    goneBack: "Retour à votre demande",
    goneAskAgain:
      "Pour recevoir à nouveau vos données, faites une nouvelle demande d’accès : nous préparerons un nouveau fichier et vous enverrons par e-mail un nouveau lien de téléchargement.",
    goneNewRequest: "Faire une nouvelle demande d’accès",
  },
} satisfies Record<Locale, Record<string, string>>;
