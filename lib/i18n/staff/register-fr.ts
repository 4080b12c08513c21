import type { registerEn } from "./register-en";

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** One system's page in French (same keys as register-en.ts, checked by the type). */
export const registerFr: Shape<typeof registerEn> = {
  registerPage: {
    back: "« Systèmes",
    connector: "Connecteur",
    key: "Clé",
    kind: "Type",
    status: "État",
    capabilities: "Capacités",
    lastTest: "Dernier test de connexion",
    title: "Informations de registre",
    intro: "Le rapport d’accès les cite à la personne concernée, dans les termes écrits ici.",
    save: "Enregistrer les informations de registre",
    saving: "Enregistrement…",
    saved: "Modifications enregistrées : {fields}.",
    nothingChanged: "Aucune modification.",
    purposes: "Finalités",
    purposesHint: "Une par ligne, avec la base légale, p. ex. « Service client (contrat) ». {max} au plus.",
    categories: "Catégories de données",
    categoriesHint: "Une par ligne, p. ex. « Coordonnées ».",
    recipients: "Destinataires",
    recipientsHint:
      "Un par ligne, nommé : {named} ou simplement {name}. L’adresse e-mail, si elle est donnée, reçoit les avis de rectification, d’effacement et de limitation (art. 19).",
    retention: "Durée de conservation",
    retentionHint: "Combien de temps les données sont conservées, ou les critères qui en décident.",
    source: "Source",
    sourceHint:
      "D’où viennent les données, p. ex. « Vous, lors de la création de votre compte » ou le tiers qui les a fournies.",
    legalBases: "Bases légales",
    legalBasesHint: "Le rapport d’accès nomme chacune dans la langue de la personne.",
    legalBasisLabels: {
      consent: "Consentement — art. 6, par. 1, a)",
      contract: "Contrat — art. 6, par. 1, b)",
      legal_obligation: "Obligation légale — art. 6, par. 1, c)",
      vital_interests: "Intérêts vitaux — art. 6, par. 1, d)",
      public_task: "Mission d’intérêt public — art. 6, par. 1, e)",
      legitimate_interests: "Intérêts légitimes — art. 6, par. 1, f)",
    },
    automatedDecisions: "Décisions automatisées",
    automatedDecisionsHint:
      "Décisions fondées exclusivement sur un traitement automatisé (art. 22), avec la logique sous-jacente et leurs conséquences pour la personne. Laissez vide s’il n’y en a pas.",
    transfers: "Transferts hors de l’UE/EEE",
    transfersHint: "Un par ligne : {format}. Garanties : adequacy, scc, bcr, derogation, other (art. 15, par. 2).",
    recipientNamed: "Nom <privacy@example.com>",
    recipientName: "Nom",
    transferFormat: "US | Destinataire | scc | où obtenir une copie",
    languages: { fr: "français", en: "anglais" },
    versionTitle: "Version en {language} (facultatif)",
    versionHint:
      "Ce que reçoit une personne qui lit le {language} (le rapport d’accès, les courriels, la page de suivi) cite ces textes au lieu des informations ci-dessus ; laissez un champ vide pour citer l’information telle qu’écrite.",
    recipientsVersionHint:
      "Un nom par ligne, dans l’ordre du champ Destinataires. Les adresses e-mail restent celles qui y sont données.",
    factNames: {
      name: "Nom du système",
      purposes: "Finalités (une par ligne)",
      categories: "Catégories de données (une par ligne)",
      recipients: "Noms des destinataires (un par ligne)",
      retention: "Durée de conservation",
      source: "Source",
      automatedDecisions: "Décisions automatisées",
    },
  },
};
