import type { Locale } from "@/lib/domain/locale";

/** The status page's words about the requester's law (the legal sentences themselves: lib/domain/regime-notices). */
export const STATUS_REGIME = {
  en: {
    rightsTitle: "Your rights",
    rightsLaw: "Your request is answered under {law}.",
    extendedNote: "We extended the time limit by {length}. Our reason: {reason}",
    refusalNote: "Our reasons are in the mail we sent you. Your options:",
    newDateTitle: "When we will answer",
    newDateItem:
      "On {told} we told you that we cannot answer within 30 days and will answer by {date}. Our reason: {reason}",
    complaintTitle: "Complain to us",
    complaintLabel: "Your complaint",
    complaintHint: "At most 5,000 characters. Tell us what went wrong with your request.",
    complaintSend: "Send my complaint",
    complaintSent: "Your complaint was sent. We will acknowledge it within 30 days.",
    complaintReceived: "Complaint sent on {date}: we acknowledge it by {ack} at the latest.",
    complaintAcknowledged: "We acknowledged it on {date}.",
    complaintAnswered: "Our answer ({date}):",
    complaintErrors: {
      invalid_request: "Write your complaint before sending it.",
      too_long: "Your complaint is too long (at most 5,000 characters).",
      rate_limited: "You have sent many complaints about this request: please write to us in the messages below.",
      generic: "Your complaint could not be sent. Please try again in a moment.",
    },
  },
  fr: {
    rightsTitle: "Vos droits",
    rightsLaw: "Votre demande est traitée selon {law}.",
    extendedNote: "Nous avons prolongé le délai de {length}. Notre raison : {reason}",
    refusalNote: "Nos motifs figurent dans le message que nous vous avons envoyé. Vos recours :",
    newDateTitle: "Quand nous vous répondrons",
    newDateItem:
      "Le {told}, nous vous avons indiqué que nous ne pouvions pas vous répondre dans les 30 jours et que nous vous répondrions au plus tard le {date}. Notre raison : {reason}",
    complaintTitle: "Nous adresser une réclamation",
    complaintLabel: "Votre réclamation",
    complaintHint: "5 000 caractères au plus. Dites-nous ce qui n’a pas été dans le traitement de votre demande.",
    complaintSend: "Envoyer ma réclamation",
    complaintSent: "Votre réclamation a été envoyée. Nous en accuserons réception dans les 30 jours.",
    complaintReceived: "Réclamation envoyée le {date} : nous en accusons réception au plus tard le {ack}.",
    complaintAcknowledged: "Nous en avons accusé réception le {date}.",
    complaintAnswered: "Notre réponse ({date}) :",
    complaintErrors: {
      invalid_request: "Écrivez votre réclamation avant de l’envoyer.",
      too_long: "Votre réclamation est trop longue (5 000 caractères au plus).",
      rate_limited:
        "Vous avez envoyé de nombreuses réclamations sur cette demande : écrivez-nous plutôt dans les messages ci-dessous.",
      generic: "Votre réclamation n’a pas pu être envoyée. Réessayez dans un instant.",
    },
  },
} satisfies Record<Locale, unknown>;

export type StatusRegimeCopy = (typeof STATUS_REGIME)["en"];
