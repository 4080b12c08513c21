import type { Locale } from "@/lib/domain/locale";
import type { RequestType } from "@/lib/domain/vocabulary";
import { recordCount } from "./format";
import { CONFIRMATION_COPY } from "./confirmation-copy";
import { PROFILING_ANSWER_COPY } from "./profiling-answer-copy";

/** The completion mail's words, per language: the outcome per request type, and each result's wording. */

export type NotifiedAction = "erasure" | "rectification" | "restriction";

export const OUTCOME: Record<Locale, Record<RequestType, string>> = {
  en: {
    access: "Your data is ready to download on your request page, together with a report explaining how we use it.",
    portability:
      "Your data is ready to download on your request page, in a structured, machine-readable format that you can reuse with another service.",
    erasure:
      "We erased your data. See the details on your request page, including any data the law requires us to keep, and why.",
    rectification: "We corrected your data as you asked. See the details on your request page.",
    restriction:
      "We have restricted the processing of your data: from now on we only store it and do not use it otherwise. We will tell you before we lift this restriction. See the details on your request page.",
    objection: "We have stopped using your data for the processing you objected to.",
    opt_out_sale:
      "We no longer sell or share your personal information: every system that holds it has recorded your choice.",
    limit_sensitive:
      "We now use your sensitive personal information only as needed to provide the goods or services you ask for: every system that holds it has recorded your choice.",
    opt_out_targeted_ads:
      "We no longer process your personal data for targeted advertising: every system that holds it has recorded your choice.",
    opt_out_profiling:
      "We no longer profile you in furtherance of decisions that produce legal or similarly significant effects concerning you: every system that holds your personal data has recorded your choice.",
    opt_out_sensitive: "We no longer process your sensitive data: every system that holds it has recorded your choice.",
    question_profiling:
      "We reviewed the decision you questioned. Our answer, and the personal data we used, are on your request page.",
    confirmation: "We checked every system that could hold personal data about you.",
  },
  fr: {
    access:
      "Vos données sont prêtes à être téléchargées sur la page de votre demande, avec un rapport expliquant comment nous les utilisons.",
    portability:
      "Vos données sont prêtes à être téléchargées sur la page de votre demande, dans un format structuré et lisible par machine, réutilisable auprès d’un autre service.",
    erasure:
      "Nous avons effacé vos données. Consultez le détail sur la page de votre demande, y compris les données que la loi nous oblige à conserver, et pourquoi.",
    rectification:
      "Nous avons corrigé vos données comme vous l’avez demandé. Consultez le détail sur la page de votre demande.",
    restriction:
      "Nous avons limité le traitement de vos données : désormais, nous les conservons seulement, sans les utiliser autrement. Nous vous préviendrons avant de lever cette limitation. Consultez le détail sur la page de votre demande.",
    objection: "Nous avons cessé d’utiliser vos données pour le traitement auquel vous vous êtes opposé(e).",
    opt_out_sale:
      "Nous ne vendons plus et ne partageons plus vos informations personnelles : chaque système qui les détient a enregistré votre choix.",
    limit_sensitive:
      "Nous n’utilisons plus vos informations personnelles sensibles que pour fournir les biens ou services que vous demandez : chaque système qui les détient a enregistré votre choix.",
    opt_out_targeted_ads:
      "Nous ne traitons plus vos données personnelles à des fins de publicité ciblée : chaque système qui les détient a enregistré votre choix.",
    opt_out_profiling:
      "Nous ne vous profilons plus en vue de décisions produisant des effets juridiques ou similairement importants à votre égard : chaque système qui détient vos données personnelles a enregistré votre choix.",
    opt_out_sensitive:
      "Nous ne traitons plus vos données sensibles : chaque système qui les détient a enregistré votre choix.",
    question_profiling:
      "Nous avons réexaminé la décision que vous contestez. Notre réponse, et les données personnelles utilisées, sont sur la page de votre demande.",
    confirmation: "Nous avons vérifié chaque système susceptible de contenir des données personnelles vous concernant.",
  },
};

/** The wording of the concrete result, per language. */
/** The outcome sentence; a US state's opt-out of sale says "sell" only (no CCPA "share"). */
export function outcomeSentence(type: RequestType, locale: Locale, regime?: string | null): string {
  if (type === "opt_out_sale" && regime?.startsWith("US_"))
    return locale === "fr"
      ? "Nous ne vendons plus vos données personnelles : chaque système qui les détient a enregistré votre choix."
      : "We no longer sell your personal data: every system that holds it has recorded your choice.";
  return OUTCOME[locale][type];
}

export const RESULT_COPY = {
  en: {
    preview: {
      package: (until: string) => `Your data is ready to download until ${until}.`,
      erasure: "What we erased, and what we kept.",
      rectification: "The corrections we made to your data.",
      restriction: "We restricted the processing of your data.",
      objection: "We stopped using your data for direct marketing.",
      profiling_answer: "Our answer about the decision you questioned.",
      confirmation: "Whether we process personal data about you.",
    },
    packageReady: "Your data is ready to download on your request page.",
    packageHow: (until: string, max: number) => (
      <>
        To download it, open your request page with the button below. Before each download we send you a one-time code
        by e-mail, so that only you can open the file. The file is available until <strong>{until}</strong>, for up to{" "}
        {max} download{max === 1 ? "" : "s"}.
      </>
    ),
    excluded: (n: number) =>
      `${n === 1 ? "1 record was" : `${n} records were`} left out of the file because ${n === 1 ? "it concerns other people or is" : "they concern other people or are"} protected by law. You may ask us why: reply to this mail or contact our Data Protection Officer (details below).`,
    disagree: "If you disagree, you can reply to this mail; your other options are listed below.",
    erasedTitle: "What we erased:",
    erasedItem: (label: string, action: "delete" | "anonymise", rows: number) =>
      `${label}: ${recordCount(rows, "en")} ${action === "delete" ? "deleted" : "anonymised"}`,
    anonymisedNote: "Anonymised records are kept only in a form that can no longer be linked to you.",
    nothingErased: "We did not erase any data: all the data we found has to be kept, as explained below.",
    nothingFound: "We found no data about you to erase.",
    keptTitle: (provision: string) =>
      `What we kept, and why: the law allows us to keep some data despite a request for erasure (${provision}). We kept:`,
    keptItem: (label: string, rows: number, exemption: string | null, reason: string) => (
      <>
        <strong>{label}</strong>: {recordCount(rows, "en")}.{exemption ? ` Legal ground: ${exemption}.` : null} Reason:{" "}
        {reason}
      </>
    ),
    keptNone: "We did not have to keep any of it.",
    recipients: (action: NotifiedAction, provision: string | null) =>
      `${provision ? `As the law requires (${provision}), we` : "We"} informed the following recipients of your data of the ${
        action === "erasure" ? "erasure" : action === "rectification" ? "correction" : "restriction"
      }, so that they do the same:`,
    colon: ": ",
    changedTitle: "We made these corrections:",
    removedValue: "removed",
    nothingChanged: "No change was needed.",
    declinedTitle: "We did not make these corrections you asked for, for the reason given:",
    restricted: "We restricted the processing of your data in these systems:",
    restrictedMeaning: "From now on we only store it there and do not use it otherwise.",
    restrictedNoSystem:
      "We restricted the processing of your data: from now on we only store it and do not use it otherwise.",
    restrictionLift: (provision: string | null) =>
      `We will tell you before the restriction is lifted${provision ? ` (${provision})` : ""}.`,
    objection: "We have stopped using your data for direct marketing in these systems:",
    objectionNoSystem: "We have stopped using your data for direct marketing.",
    seeAlso: "You can also see these details on your request page.",
    ...PROFILING_ANSWER_COPY.en,
    ...CONFIRMATION_COPY.en,
  },
  fr: {
    preview: {
      package: (until: string) => `Vos données sont téléchargeables jusqu’au ${until}.`,
      erasure: "Ce que nous avons effacé, et ce que nous avons conservé.",
      rectification: "Les corrections apportées à vos données.",
      restriction: "Nous avons limité le traitement de vos données.",
      objection: "Nous avons cessé d’utiliser vos données pour la prospection commerciale.",
      profiling_answer: "Notre réponse sur la décision que vous contestez.",
      confirmation: "Si nous traitons des données personnelles vous concernant.",
    },
    packageReady: "Vos données sont prêtes à être téléchargées sur la page de votre demande.",
    packageHow: (until: string, max: number) => (
      <>
        Pour les télécharger, ouvrez la page de votre demande avec le bouton ci-dessous. Avant chaque téléchargement,
        nous vous envoyons par e-mail un code à usage unique, pour que vous seul(e) puissiez ouvrir le fichier. Le
        fichier est disponible jusqu’au <strong>{until}</strong>, pour {max} téléchargement{max > 1 ? "s" : ""} au
        maximum.
      </>
    ),
    excluded: (n: number) =>
      `${
        n > 1
          ? `${n} enregistrements n’ont pas été inclus dans le fichier, car ils concernent d’autres personnes ou sont protégés par la loi.`
          : `${n} enregistrement n’a pas été inclus dans le fichier, car il concerne d’autres personnes ou est protégé par la loi.`
      } Vous pouvez nous demander pourquoi : répondez à ce message ou contactez notre délégué à la protection des données (coordonnées ci-dessous).`,
    disagree:
      "Si vous n’êtes pas d’accord, vous pouvez répondre à ce message ; vos autres recours figurent ci-dessous.",
    erasedTitle: "Ce que nous avons effacé :",
    erasedItem: (label: string, action: "delete" | "anonymise", rows: number) =>
      `${label} : ${recordCount(rows, "fr")} ${action === "delete" ? "supprimé" : "anonymisé"}${rows > 1 ? "s" : ""}`,
    anonymisedNote:
      "Les enregistrements anonymisés ne sont conservés que sous une forme qui ne permet plus de vous identifier.",
    nothingErased:
      "Nous n’avons effacé aucune donnée : toutes les données trouvées doivent être conservées, comme expliqué ci-dessous.",
    nothingFound: "Nous n’avons trouvé aucune donnée vous concernant à effacer.",
    keptTitle: (provision: string) =>
      `Ce que nous avons conservé, et pourquoi : la loi nous permet de conserver certaines données malgré une demande d’effacement (${provision}). Nous avons conservé :`,
    keptItem: (label: string, rows: number, exemption: string | null, reason: string) => (
      <>
        <strong>{label}</strong> : {recordCount(rows, "fr")}.{exemption ? ` Fondement : ${exemption}.` : null} Motif :{" "}
        {reason}
      </>
    ),
    keptNone: "Nous n’avons eu à en conserver aucune.",
    recipients: (action: NotifiedAction, provision: string | null) =>
      `${provision ? `Comme la loi l’exige (${provision}), nous` : "Nous"} avons informé ${
        action === "erasure"
          ? "de cet effacement"
          : action === "rectification"
            ? "de cette rectification"
            : "de cette limitation"
      } les destinataires suivants de vos données, pour qu’ils fassent de même :`,
    colon: " : ",
    changedTitle: "Nous avons apporté ces corrections :",
    removedValue: "valeur supprimée",
    nothingChanged: "Aucune modification n’était nécessaire.",
    declinedTitle: "Nous n’avons pas apporté ces corrections demandées, pour le motif indiqué :",
    restricted: "Nous avons limité le traitement de vos données dans ces systèmes :",
    restrictedMeaning: "Désormais, nous les y conservons seulement, sans les utiliser autrement.",
    restrictedNoSystem:
      "Nous avons limité le traitement de vos données : désormais, nous les conservons seulement, sans les utiliser autrement.",
    restrictionLift: (provision: string | null) =>
      `Nous vous préviendrons avant de lever cette limitation${provision ? ` (${provision})` : ""}.`,
    objection: "Nous avons cessé d’utiliser vos données à des fins de prospection commerciale dans ces systèmes :",
    objectionNoSystem: "Nous avons cessé d’utiliser vos données à des fins de prospection commerciale.",
    seeAlso: "Vous retrouvez aussi ce détail sur la page de votre demande.",
    ...PROFILING_ANSWER_COPY.fr,
    ...CONFIRMATION_COPY.fr,
  },
} as const;

export type Copy = (typeof RESULT_COPY)[Locale];
