/**
 * The portal's words for the US state opt-outs (issue 13), spread into each catalogue's `portal.rights`:
 * targeted advertising and profiling (e.g. Va. Code § 59.1-577(A)(5)), and Utah's and Iowa's sensitive data.
 */
export const STATE_OPT_OUT_RIGHTS = {
  en: {
    opt_out_targeted_ads: {
      title: "Do not use my personal data for targeted advertising",
      legal: "Right to opt out of targeted advertising",
      article: "59.1-577(A)(5)",
      body: "Stop us showing you advertisements chosen from your activity across other companies' websites and apps.",
      next: "No identity check is needed. We apply it in every system within your state's period and confirm by e-mail.",
    },
    opt_out_profiling: {
      title: "Do not profile me for significant decisions",
      legal: "Right to opt out of profiling",
      article: "59.1-577(A)(5)",
      body: "Stop us profiling you in furtherance of decisions that produce legal or similarly significant effects (credit, housing, insurance, education, employment, health care).",
      next: "No identity check is needed. We apply it in every system within your state's period and confirm by e-mail.",
    },
    opt_out_sensitive: {
      title: "Do not process my sensitive data",
      legal: "Opportunity to opt out of the processing of sensitive data",
      article: "13-61-302(3)",
      body: "Stop us processing your sensitive data: racial or ethnic origin, religious beliefs, health, sexual orientation, citizenship, genetic or biometric data, precise location.",
      next: "No identity check is needed. We apply it in every system within your state's period and confirm by e-mail.",
    },
  },
  fr: {
    opt_out_targeted_ads: {
      title: "Ne pas utiliser mes données personnelles pour de la publicité ciblée",
      legal: "Droit de refuser la publicité ciblée",
      article: "59.1-577(A)(5)",
      body: "Empêchez-nous de vous montrer des publicités choisies d'après votre activité sur les sites et applications d'autres entreprises.",
      next: "Aucune vérification d'identité n'est nécessaire. Nous l'appliquons dans tous nos systèmes dans le délai de votre État et le confirmons par e-mail.",
    },
    opt_out_profiling: {
      title: "Ne pas me profiler pour des décisions importantes",
      legal: "Droit de refuser le profilage",
      article: "59.1-577(A)(5)",
      body: "Empêchez-nous de vous profiler en vue de décisions produisant des effets juridiques ou similairement importants (crédit, logement, assurance, études, emploi, santé).",
      next: "Aucune vérification d'identité n'est nécessaire. Nous l'appliquons dans tous nos systèmes dans le délai de votre État et le confirmons par e-mail.",
    },
    opt_out_sensitive: {
      title: "Ne pas traiter mes données sensibles",
      legal: "Possibilité de refuser le traitement des données sensibles",
      article: "13-61-302(3)",
      body: "Empêchez-nous de traiter vos données sensibles : origine raciale ou ethnique, convictions religieuses, santé, orientation sexuelle, nationalité, données génétiques ou biométriques, localisation précise.",
      next: "Aucune vérification d'identité n'est nécessaire. Nous l'appliquons dans tous nos systèmes dans le délai de votre État et le confirmons par e-mail.",
    },
  },
} as const;
