import { frOf } from "@/lib/domain/french-article";
import type { Locale } from "@/lib/domain/locale";
import type { LegalBasis, TransferSafeguard } from "@/lib/domain/register";

/** Words shared by every variant of the report. */
export const COMMON = {
  en: {
    title: "Your personal data",
    generated: (date: string) => `Report prepared on ${date}.`,
    data: "The data we hold about you",
    dataIntro:
      "Each set of records below is shown with its fields and up to three examples. Every record is in the files beside this report: data.json (all records, machine-readable), one CSV file per set, and summary.txt (this report as plain text).",
    count: (n: number) => (n === 1 ? "1 record" : `${n} records`),
    example: (i: number, n: number) => `Record ${i} of ${n}`,
    system: (name: string) => `Held in: ${name}`,
    none: "None",
    noData: "We found no personal data about you in our systems.",
  },
  fr: {
    title: "Vos données personnelles",
    generated: (date: string) => `Rapport établi le ${date}.`,
    data: "Les données que nous détenons sur vous",
    dataIntro:
      "Chaque ensemble d'enregistrements est présenté ci-dessous avec ses champs et jusqu'à trois exemples. Tous les enregistrements figurent dans les fichiers joints à ce rapport : data.json (tous les enregistrements, lisibles par machine), un fichier CSV par ensemble, et summary.txt (ce rapport en texte brut).",
    count: (n: number) => (n <= 1 ? `${n} enregistrement` : `${n} enregistrements`),
    example: (i: number, n: number) => `Enregistrement ${i} sur ${n}`,
    system: (name: string) => `Conservé dans : ${name}`,
    none: "Aucun",
    noData: "Nous n'avons trouvé aucune donnée personnelle vous concernant dans nos systèmes.",
  },
} as const satisfies Record<Locale, unknown>;

/** GDPR family (and LGPD, PIPEDA, nFADP): the Art. 15(1) points, with their letter where the law has one. */
export const ACCESS = {
  en: {
    intro: (company: string, reference: string, provision: string) =>
      `This report answers your access request ${reference} to ${company}, under ${provision}.`,
    confirm: (systems: string[]) =>
      `We confirm that we process personal data about you. We found records about you in ${systems.length === 1 ? "1 system" : `${systems.length} systems`}: ${systems.join(", ")}.`,
    controller: "Who is responsible for your data",
    controllerText: (company: string, address: string | null, contact: string) =>
      `${company}${address ? `, ${address},` : ""} is responsible for the processing of your data (the controller). To contact us about your data or this request: ${contact}.`,
    about: (system: string) => `How ${system} uses your data`,
    purposes: "Why we use it (purposes)",
    legalBases: "Legal basis",
    categories: "Categories of data",
    recipients: "Who receives it",
    retention: "How long we keep it",
    source: "Where it comes from",
    automated: "Automated decisions, including profiling",
    automatedNone: "We make no decision about you based solely on automated processing, including profiling.",
    transfers: (area: string) => `Transfers outside ${area} and their safeguards`,
    transfersNone: (area: string) => `None: your data stays in ${area} or in countries recognised as adequate.`,
    sourceSubject: "You",
    rights: "Your rights",
    complaint: "How to complain",
  },
  fr: {
    intro: (company: string, reference: string, provision: string) =>
      `Ce rapport répond à votre demande d'accès ${reference} auprès de ${company}, en application ${frOf(provision)}.`,
    confirm: (systems: string[]) =>
      `Nous confirmons traiter des données personnelles vous concernant. Nous avons trouvé des enregistrements vous concernant dans ${systems.length === 1 ? "1 système" : `${systems.length} systèmes`} : ${systems.join(", ")}.`,
    controller: "Qui est responsable de vos données",
    controllerText: (company: string, address: string | null, contact: string) =>
      `Le responsable du traitement de vos données est ${company}${address ? `, ${address}` : ""}. Pour nous contacter au sujet de vos données ou de cette demande : ${contact}.`,
    about: (system: string) => `Comment ${system} utilise vos données`,
    purposes: "Pourquoi nous les utilisons (finalités)",
    legalBases: "Base juridique",
    categories: "Catégories de données",
    recipients: "Qui les reçoit (destinataires)",
    retention: "Combien de temps nous les conservons",
    source: "D'où elles proviennent",
    automated: "Décisions automatisées, y compris le profilage",
    automatedNone:
      "Nous ne prenons aucune décision vous concernant fondée exclusivement sur un traitement automatisé, y compris le profilage.",
    transfers: (area: string) => `Transferts hors ${area} et leurs garanties`,
    transfersNone: (area: string) => `Aucun : vos données restent ${area} ou dans des pays reconnus adéquats.`,
    sourceSubject: "Vous",
    rights: "Vos droits",
    complaint: "Comment introduire une réclamation",
  },
} as const satisfies Record<Locale, unknown>;

/** The Art. 15(1) point (or 15(2)) each fact answers, shown after its heading under GDPR and UK GDPR. */
export const POINT = {
  purposes: "Art. 15(1)(a)",
  legalBases: "Art. 6(1)",
  categories: "Art. 15(1)(b)",
  recipients: "Art. 15(1)(c)",
  retention: "Art. 15(1)(d)",
  source: "Art. 15(1)(g)",
  automated: "Art. 15(1)(h)",
  transfers: "Art. 15(2)",
} as const;

export const LEGAL_BASIS_TEXT: Record<Locale, Record<LegalBasis, string>> = {
  en: {
    consent: "Your consent",
    contract: "A contract with you, or steps you asked for before one",
    legal_obligation: "A legal obligation we must comply with",
    vital_interests: "Protecting someone's vital interests",
    public_task: "A task in the public interest",
    legitimate_interests: "Our legitimate interests, balanced against yours",
  },
  fr: {
    consent: "Votre consentement",
    contract: "Un contrat avec vous, ou des mesures précontractuelles prises à votre demande",
    legal_obligation: "Une obligation légale à laquelle nous sommes soumis",
    vital_interests: "La sauvegarde des intérêts vitaux d'une personne",
    public_task: "Une mission d'intérêt public",
    legitimate_interests: "Nos intérêts légitimes, mis en balance avec les vôtres",
  },
};

export const SAFEGUARD_TEXT: Record<Locale, Record<TransferSafeguard, string>> = {
  en: {
    adequacy: "adequacy decision (the country is recognised as protecting personal data adequately)",
    scc: "standard contractual clauses",
    bcr: "binding corporate rules",
    derogation: "a derogation for a specific situation (e.g. your explicit consent or the performance of a contract)",
    other: "another appropriate safeguard",
  },
  fr: {
    adequacy: "décision d'adéquation (le pays est reconnu comme protégeant suffisamment les données)",
    scc: "clauses contractuelles types",
    bcr: "règles d'entreprise contraignantes",
    derogation:
      "une dérogation pour une situation particulière (par exemple votre consentement explicite ou l'exécution d'un contrat)",
    other: "une autre garantie appropriée",
  },
};
