import type { Locale } from "@/lib/domain/locale";

/** The status page's and the staff list's words about appeals of a refusal (US state laws). */
export const APPEAL_WORDS = {
  en: {
    title: "Appeal this decision",
    intro:
      "If you disagree with our refusal, in whole or in part, you can ask us to look at it again. Someone who did not make the refusal decides.",
    openUntil: "You can appeal until {date} ({zone}).",
    label: "Why do you disagree with our decision?",
    hint: "Say what you think we got wrong. At most 5000 characters.",
    send: "Send my appeal",
    sent: "Your appeal has been sent.",
    received: "Appeal received on {date}. We will decide by {due} at the latest ({zone}).",
    granted: "Your appeal was granted on {date}: your request is reopened.",
    denied: "Your appeal was denied on {date}.",
    errors: {
      required: "Say why you disagree with our decision.",
      too_long: "Your appeal is too long (at most 5000 characters).",
      already_appealed: "You have already appealed this decision.",
      not_open: "This decision can no longer be appealed from this page.",
      generic: "Your appeal could not be sent. Try again.",
    },
  },
  fr: {
    title: "Faire appel de cette décision",
    intro:
      "Si vous contestez notre refus, total ou partiel, vous pouvez nous demander de le réexaminer. Une personne qui n'a pas pris la décision de refus statue.",
    openUntil: "Vous pouvez faire appel jusqu'au {date} ({zone}).",
    label: "Pourquoi contestez-vous notre décision ?",
    hint: "Dites-nous ce qui vous semble erroné. 5000 caractères au plus.",
    send: "Envoyer mon appel",
    sent: "Votre appel a été envoyé.",
    received: "Appel reçu le {date}. Nous statuerons au plus tard le {due} ({zone}).",
    granted: "Votre appel a été accueilli le {date} : votre demande est rouverte.",
    denied: "Votre appel a été rejeté le {date}.",
    errors: {
      required: "Dites-nous pourquoi vous contestez notre décision.",
      too_long: "Votre appel est trop long (5000 caractères au plus).",
      already_appealed: "Vous avez déjà fait appel de cette décision.",
      not_open: "Il n'est plus possible de faire appel de cette décision depuis cette page.",
      generic: "Votre appel n'a pas pu être envoyé. Réessayez.",
    },
  },
} satisfies Record<Locale, unknown>;
