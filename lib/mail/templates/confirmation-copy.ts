/**
 * The answer to a confirmation of processing (LGPD art. 18 I, in the simplified form of art. 19 I), as the
 * completion mail and the status page word it (RESULT_COPY). "No" keeps the one record we do hold: the request.
 */
export const CONFIRMATION_COPY = {
  en: {
    confirmationYes: "Yes: we process personal data about you.",
    confirmationNo:
      "No: we do not process personal data about you, apart from this request itself, which we keep as the law requires.",
    confirmationFull:
      "For a copy of that data with its origin, the criteria used and the purposes of the processing (LGPD art. 19 II), ask to see your data: we answer within 15 days.",
  },
  fr: {
    confirmationYes: "Oui : nous traitons des données personnelles vous concernant.",
    confirmationNo:
      "Non : nous ne traitons pas de données personnelles vous concernant, hormis cette demande elle-même, que nous conservons comme la loi l’exige.",
    confirmationFull:
      "Pour une copie de ces données avec leur origine, les critères utilisés et les finalités du traitement (article 19, II, de la LGPD), demandez à voir vos données : nous répondons sous 15 jours.",
  },
} as const;
