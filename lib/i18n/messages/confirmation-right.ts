/**
 * The portal's words for the confirmation that personal data is processed (LGPD art. 18 I, answered "em formato
 * simplificado, imediatamente" by art. 19 I): the card, spread into each catalogue's `portal.rights`. Only a
 * person protected by the LGPD sees it (lib/domain/rights.ts).
 */
export const CONFIRMATION_RIGHT = {
  en: {
    confirmation: {
      title: "Ask whether we process your data",
      legal: "Right to confirmation of processing",
      article: "18, I",
      body: "A quick yes or no: do we process personal data about you? We answer as soon as you have confirmed your e-mail address. For a copy of the data and the full account of its use, ask to see your data.",
      next: "After confirming your e-mail address, we check every system that could hold your data and tell you by e-mail, the same day, whether we process personal data about you.",
    },
  },
  fr: {
    confirmation: {
      title: "Savoir si nous traitons vos données",
      legal: "Droit à la confirmation du traitement",
      article: "18, I",
      body: "Une réponse simple, oui ou non : traitons-nous des données personnelles vous concernant ? Nous répondons dès que vous avez confirmé votre adresse e-mail. Pour une copie des données et le détail de leur utilisation, demandez à voir vos données.",
      next: "Après confirmation de votre adresse e-mail, nous vérifions chaque système qui pourrait contenir vos données et vous disons par e-mail, le jour même, si nous traitons des données personnelles vous concernant.",
    },
  },
} as const;
