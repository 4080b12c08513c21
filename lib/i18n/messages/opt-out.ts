import type { Locale } from "@/lib/domain/locale";

/** The portal's opt-out page, its GPC notices and its confirmation, in both languages (same keys). */
const en = {
  homeTitle: "Your California privacy choices",
  homeBody:
    "California residents can tell us not to sell or share their personal information, and to limit the use of their sensitive personal information. No identity check is needed.",
  homeCta: "Make a privacy choice",
  gpcBanner:
    "Your browser sent a Global Privacy Control signal. We treat it as a request to opt out of sale and sharing.",
  gpcBannerState:
    "Your browser sent a Global Privacy Control signal. Under the law of {state}, we treat it as a request to opt out of targeted advertising and of the sale of your personal data.",
  title: "Do not sell or share my personal information",
  lead: "For California residents (CCPA/CPRA). Tell us who you are and what you choose: we apply it in every system that holds your information within 15 business days and confirm by e-mail. We do not ask you to prove your identity.",
  gpcDetected:
    "Global Privacy Control detected: your browser asks that your personal information not be sold or shared. Tell us your e-mail address so we can apply it to your records too.",
  choicesLegend: "What do you choose?",
  choices: {
    opt_out_sale: "Do not sell or share my personal information",
    limit_sensitive: "Limit the use of my sensitive personal information",
    opt_out_targeted_ads: "Do not use my personal data for targeted advertising",
    opt_out_profiling:
      "Do not profile me in furtherance of decisions that produce legal or similarly significant effects (credit, housing, insurance, education, employment, health care)",
    opt_out_sensitive:
      "Do not process my sensitive data (health, origin, beliefs, orientation, biometrics, precise location)",
  },
  email: "E-mail address",
  emailHint: "We look your records up with it and send the confirmation there.",
  fullName: "Full name",
  required: "required",
  optional: "optional",
  submit: "Send my choice",
  errorSummary: "There is a problem",
  errors: {
    required: "Enter your e-mail address.",
    email: "Enter an e-mail address like name@example.com.",
    choose: "Choose at least one option.",
    tooLong: "This is too long.",
    rate_limited: "Too many requests from your connection. Please try again later.",
    generic: "Something went wrong. Please try again.",
  },
  doneTitle: "Your choice is recorded",
  doneLead:
    "We are applying it in every system that holds your information and will confirm by e-mail. No further step is needed from you.",
  doneReference: "Reference",
  doneChoice: "Your choice",
  doneDue: "Applied by (15 business days)",
  doneGpc: "Filed from your browser's Global Privacy Control signal.",
  // The other US states (their own law and period; {state}, {law}, {days} filled in).
  titleState: "Opt out: my privacy choices",
  leadState:
    "For residents of {state} ({law}). Tell us who you are and what you choose: we apply it in every system that holds your personal data within {days} days and confirm by e-mail. We do not ask you to prove your identity.",
  gpcNotRequired:
    "Your browser sent a Global Privacy Control signal. The law of {state} does not make that signal an opt-out by itself: tick your choice below and we apply it.",
  choicesState: { opt_out_sale: "Do not sell my personal data" },
  gpcDetectedState:
    "Global Privacy Control detected: under the law of {state}, your browser's signal asks us not to use your personal data for targeted advertising and not to sell it. Tell us your e-mail address so we can apply it to your records too.",
  residenceLabel: "Where do you live?",
  residenceSubmit: "Show the choices for this state",
  doneDueDays: "Applied by ({days} days)",
  noOptOutThere:
    "The law of the place you chose ({place}) gives no opt-out of the sale of personal data, targeted advertising or profiling: this page is for California and the US states that do. Your other rights are on the home page.",
};

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

const fr: Shape<typeof en> = {
  homeTitle: "Vos choix de confidentialité en Californie",
  homeBody:
    "Les résidents de Californie peuvent nous demander de ne pas vendre ni partager leurs informations personnelles, et de limiter l'utilisation de leurs informations personnelles sensibles. Aucune vérification d'identité n'est nécessaire.",
  homeCta: "Faire un choix",
  gpcBanner:
    "Votre navigateur a envoyé un signal Global Privacy Control. Nous le traitons comme une demande de refus de la vente et du partage.",
  gpcBannerState:
    "Votre navigateur a envoyé un signal Global Privacy Control. Selon la loi de cet État ({state}), nous le traitons comme une demande de refus de la publicité ciblée et de la vente de vos données personnelles.",
  title: "Ne pas vendre ni partager mes informations personnelles",
  lead: "Pour les résidents de Californie (CCPA/CPRA). Dites-nous qui vous êtes et ce que vous choisissez : nous l'appliquons dans tous les systèmes qui détiennent vos informations sous 15 jours ouvrables et le confirmons par e-mail. Nous ne vous demandons pas de prouver votre identité.",
  gpcDetected:
    "Signal Global Privacy Control détecté : votre navigateur demande que vos informations personnelles ne soient ni vendues ni partagées. Indiquez votre adresse e-mail pour que nous l'appliquions aussi à vos dossiers.",
  choicesLegend: "Que choisissez-vous ?",
  choices: {
    opt_out_sale: "Ne pas vendre ni partager mes informations personnelles",
    limit_sensitive: "Limiter l'utilisation de mes informations personnelles sensibles",
    opt_out_targeted_ads: "Ne pas utiliser mes données personnelles pour de la publicité ciblée",
    opt_out_profiling:
      "Ne pas me profiler en vue de décisions produisant des effets juridiques ou similairement importants (crédit, logement, assurance, études, emploi, santé)",
    opt_out_sensitive:
      "Ne pas traiter mes données sensibles (santé, origine, convictions, orientation, biométrie, localisation précise)",
  },
  email: "Adresse e-mail",
  emailHint: "Elle nous sert à retrouver vos dossiers et à vous envoyer la confirmation.",
  fullName: "Nom complet",
  required: "obligatoire",
  optional: "facultatif",
  submit: "Envoyer mon choix",
  errorSummary: "Il y a un problème",
  errors: {
    required: "Indiquez votre adresse e-mail.",
    email: "Indiquez une adresse e-mail comme nom@exemple.fr.",
    choose: "Choisissez au moins une option.",
    tooLong: "C'est trop long.",
    rate_limited: "Trop de demandes depuis votre connexion. Réessayez plus tard.",
    generic: "Une erreur s'est produite. Veuillez réessayer.",
  },
  doneTitle: "Votre choix est enregistré",
  doneLead:
    "Nous l'appliquons dans tous les systèmes qui détiennent vos informations et vous le confirmerons par e-mail. Vous n'avez rien d'autre à faire.",
  doneReference: "Référence",
  doneChoice: "Votre choix",
  doneDue: "Appliqué au plus tard le (15 jours ouvrables)",
  doneGpc: "Déposé à partir du signal Global Privacy Control de votre navigateur.",
  titleState: "Refuser : mes choix de confidentialité",
  leadState:
    "Pour les résidents de l'État suivant : {state} ({law}). Dites-nous qui vous êtes et ce que vous choisissez : nous l'appliquons dans tous les systèmes qui détiennent vos données personnelles sous {days} jours et le confirmons par e-mail. Nous ne vous demandons pas de prouver votre identité.",
  gpcNotRequired:
    "Votre navigateur a envoyé un signal Global Privacy Control. La loi de cet État ({state}) n'en fait pas à lui seul un refus : cochez votre choix ci-dessous et nous l'appliquons.",
  choicesState: { opt_out_sale: "Ne pas vendre mes données personnelles" },
  gpcDetectedState:
    "Signal Global Privacy Control détecté : selon la loi de cet État ({state}), le signal de votre navigateur nous demande de ne pas utiliser vos données personnelles pour de la publicité ciblée et de ne pas les vendre. Indiquez votre adresse e-mail pour que nous l'appliquions aussi à vos dossiers.",
  residenceLabel: "Où habitez-vous ?",
  residenceSubmit: "Afficher les choix pour cet État",
  doneDueDays: "Appliqué au plus tard le (sous {days} jours)",
  noOptOutThere:
    "La loi du lieu choisi ({place}) ne prévoit pas de refus de la vente des données personnelles, de la publicité ciblée ni du profilage : cette page concerne la Californie et les États américains qui le prévoient. Vos autres droits sont sur la page d'accueil.",
};

export type OptOutMessages = typeof en;

export function optOutMessages(locale: Locale): OptOutMessages {
  return locale === "fr" ? (fr as OptOutMessages) : en;
}
