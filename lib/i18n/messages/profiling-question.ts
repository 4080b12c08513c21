/**
 * The portal's words for the right to question the result of profiling (Minn. Stat. § 325M.14, subd. 1(g);
 * Conn. Gen. Stat. § 42-518(a) as amended by PA 25-113): the card, spread into each catalogue's `portal.rights`,
 * and the form's question, which is required for this request (lib/requests/intake/intake-schema.ts).
 */
export const PROFILING_QUESTION_RIGHT = {
  en: {
    question_profiling: {
      title: "Question a decision made by profiling",
      legal: "Right to question the result of profiling",
      article: "325M.14, subd. 1(g)",
      body: "If profiling led to a decision with legal or similarly significant effects on you (credit, housing, insurance, education, employment, health care), question it: we tell you why, and what could lead to another decision.",
      next: "After confirming your identity, we explain the reason for the decision, give you the personal data we used, and re-evaluate the decision if that data was wrong.",
    },
  },
  fr: {
    question_profiling: {
      title: "Contester une décision prise par profilage",
      legal: "Droit de contester le résultat d’un profilage",
      article: "325M.14, subd. 1(g)",
      body: "Si un profilage a conduit à une décision produisant des effets juridiques ou similairement importants à votre égard (crédit, logement, assurance, études, emploi, santé), contestez-la : nous vous disons pourquoi, et ce qui pourrait mener à une autre décision.",
      next: "Après confirmation de votre identité, nous vous expliquons la raison de la décision, vous remettons les données personnelles utilisées, et réexaminons la décision si ces données étaient inexactes.",
    },
  },
} as const;

/** The request form's free-text field, when it carries the decision questioned (required then). */
export const PROFILING_QUESTION_FORM = {
  en: {
    profilingDetails: "Which decision do you question, and why?",
    profilingDetailsHint:
      "For example: a loan, rental or insurance application refused, with its date and any reference. Tell us if you think the data used was wrong.",
  },
  fr: {
    profilingDetails: "Quelle décision contestez-vous, et pourquoi ?",
    profilingDetailsHint:
      "Par exemple : une demande de prêt, de location ou d’assurance refusée, avec sa date et sa référence éventuelle. Dites-nous si vous pensez que les données utilisées étaient inexactes.",
  },
} as const;
