import type { Locale } from "../locale";
import { EDPB_MEMBERS, FDPIC, ICO, type Authority } from "../regime-texts";
import type { ComplaintContext, RegimeNotices } from "./types";

const at = (a: Authority) => `${a.name} (${a.url})`;

/** GDPR: Art. 12(3)-(4), 77, 79; the lead authority and, for a resident of another member state, their own (Art. 77). */
export function gdprNotices(locale: Locale, c: ComplaintContext): RegimeNotices {
  if (locale === "fr")
    return {
      law: "le RGPD",
      timeLimit:
        "L'article 12, paragraphe 3, du RGPD nous impose de vous répondre dans un délai d'un mois à compter de la réception de votre demande.",
      extensionGrounds:
        "Ce délai peut être prolongé de deux mois, compte tenu de la complexité et du nombre de demandes ; nous devons alors vous en informer, avec les motifs, dans le premier mois (article 12, paragraphe 3, du RGPD).",
      extensionLength: "deux mois",
      silence: null,
      clock: {
        stopped:
          "Le délai est suspendu pendant que nous attendons votre réponse, comme l'admettent les lignes directrices 01/2022 du CEPD sur le droit d'accès ; il reprend dès que vous répondez.",
        running: "Le délai continue de courir pendant que nous attendons votre réponse.",
      },
      complaint: [
        `Vous avez le droit d'introduire une réclamation auprès d'une autorité de contrôle (article 77 du RGPD), notamment notre autorité chef de file, ${at(c.lead)}.`,
        c.resident
          ? `Vous pouvez aussi saisir l'autorité de contrôle de l'État membre où vous résidez : ${at(c.resident)}.`
          : `Vous pouvez aussi saisir l'autorité de contrôle de l'État membre de l'UE/EEE où vous résidez, où vous travaillez ou où la violation aurait eu lieu (liste : ${EDPB_MEMBERS}).`,
      ],
      judicialRemedy: "Vous avez également le droit de former un recours juridictionnel effectif (article 79 du RGPD).",
      controllerComplaint: null,
      refusalRights:
        "Si nous refusons de donner suite à votre demande, même en partie, nous devons vous en indiquer les motifs dans un délai d'un mois, ainsi que votre droit d'introduire une réclamation et de former un recours juridictionnel (article 12, paragraphe 4, du RGPD).",
      erasureExemption: "article 17, paragraphe 3, du RGPD",
      quoteRecordedExemption: true,
      recipientsProvision: "article 19 du RGPD",
      restrictionLiftProvision: "article 18, paragraphe 3, du RGPD",
      newDateProvision: null,
    };
  return {
    law: "the GDPR",
    timeLimit: "Article 12(3) of the GDPR requires us to answer within one month of receiving your request.",
    extensionGrounds:
      "This may be extended by two further months where necessary, taking into account the complexity and number of requests; we must then tell you so, with our reasons, within the first month (Article 12(3) of the GDPR).",
    extensionLength: "two months",
    silence: null,
    clock: {
      stopped:
        "The time limit is paused while we wait for your answer, as the EDPB Guidelines 01/2022 on the right of access allow; it restarts as soon as you reply.",
      running: "The time limit keeps running while we wait for your answer.",
    },
    complaint: [
      `You have the right to lodge a complaint with a supervisory authority (Article 77 of the GDPR): our lead supervisory authority is ${at(c.lead)}.`,
      c.resident
        ? `You may also complain to the supervisory authority of the member state where you live: ${at(c.resident)}.`
        : `You may also complain to the supervisory authority of the EU/EEA member state where you live or work, or where the alleged infringement took place (list: ${EDPB_MEMBERS}).`,
    ],
    judicialRemedy: "You also have the right to an effective judicial remedy (Article 79 of the GDPR).",
    controllerComplaint: null,
    refusalRights:
      "If we refuse to act on your request, even in part, we must tell you why within one month, and of your right to lodge a complaint and to seek a judicial remedy (Article 12(4) of the GDPR).",
    erasureExemption: "Art. 17(3) GDPR",
    quoteRecordedExemption: true,
    recipientsProvision: "Art. 19 GDPR",
    restrictionLiftProvision: "Art. 18(3) GDPR",
    newDateProvision: null,
  };
}

/** UK GDPR as amended by the Data (Use and Access) Act 2025: Art. 12A stop-the-clock, s. 164A DPA 2018 complaints. */
export function ukNotices(locale: Locale): RegimeNotices {
  if (locale === "fr")
    return {
      law: "le UK GDPR",
      timeLimit:
        "L'article 12, paragraphe 3, et l'article 12A du UK GDPR (tel que modifié par le Data (Use and Access) Act 2025) nous imposent de vous répondre dans un délai d'un mois à compter de la réception de votre demande ou, si nous vous avons demandé de confirmer votre identité, de la réception de cette confirmation.",
      extensionGrounds:
        "Ce délai peut être prolongé de deux mois, compte tenu de la complexité et du nombre de demandes ; nous devons alors vous en informer, avec les motifs, dans le premier mois (article 12, paragraphe 3, du UK GDPR).",
      extensionLength: "deux mois",
      silence: null,
      clock: {
        stopped:
          "Selon l'article 12A du UK GDPR, le délai court à partir du jour où nous recevons les informations demandées pour confirmer votre identité, et il est suspendu pendant que nous attendons les précisions dont nous avons raisonnablement besoin sur votre demande : ni le jour où nous vous les demandons ni celui où nous les recevons ne sont comptés ; il reprend le lendemain.",
        running: "Le délai continue de courir pendant que nous attendons votre réponse.",
      },
      complaint: [`Vous pouvez déposer une plainte auprès de l'${at(ICO)}.`],
      judicialRemedy:
        "Vous pouvez également faire valoir vos droits devant les tribunaux du Royaume-Uni (article 79 du UK GDPR).",
      controllerComplaint:
        "Vous pouvez aussi nous adresser une réclamation (article 164A du Data Protection Act 2018) depuis la page de votre demande : nous en accusons réception dans les 30 jours et vous informons de son issue sans retard injustifié.",
      refusalRights:
        "Si nous refusons de donner suite à votre demande, même en partie, nous devons vous en indiquer les motifs dans un délai d'un mois, ainsi que votre droit de déposer une plainte auprès de l'ICO et de saisir la justice (article 12, paragraphe 4, du UK GDPR).",
      erasureExemption: "article 17, paragraphe 3, du UK GDPR",
      quoteRecordedExemption: false,
      recipientsProvision: "article 19 du UK GDPR",
      restrictionLiftProvision: "article 18, paragraphe 3, du UK GDPR",
      newDateProvision: null,
      searchScope:
        "Conformément à l'article 15, paragraphe 1A, du UK GDPR (inséré par le Data (Use and Access) Act 2025), cette réponse vous communique les données personnelles et les informations que nous avons trouvées au terme d'une recherche raisonnable et proportionnée ; le rapport joint nomme les systèmes consultés.",
    };
  return {
    law: "the UK GDPR",
    timeLimit:
      "Articles 12(3) and 12A of the UK GDPR (as amended by the Data (Use and Access) Act 2025) require us to answer within one month of receiving your request or, if we asked you to confirm your identity, of receiving that confirmation.",
    extensionGrounds:
      "This may be extended by two further months where necessary, taking into account the complexity and number of requests; we must then tell you so, with our reasons, within the first month (Article 12(3) of the UK GDPR).",
    extensionLength: "two months",
    silence: null,
    clock: {
      stopped:
        "Under Article 12A of the UK GDPR, the time limit runs from the day we receive the information we asked for to confirm your identity, and it stops while we wait for details we reasonably need to clarify your request: neither the day we ask nor the day we receive them counts; it starts again the day after.",
      running: "The time limit keeps running while we wait for your answer.",
    },
    complaint: [`You can make a complaint to the ${at(ICO)}.`],
    judicialRemedy:
      "You can also seek to enforce your rights through the courts of the United Kingdom (Article 79 of the UK GDPR).",
    controllerComplaint:
      "You can also complain to us directly (section 164A of the Data Protection Act 2018) from your request page: we acknowledge every complaint within 30 days and tell you the outcome without undue delay.",
    refusalRights:
      "If we refuse to act on your request, even in part, we must tell you why within one month, and of your right to complain to the ICO and to go to court (Article 12(4) of the UK GDPR).",
    erasureExemption: "Art. 17(3) UK GDPR",
    quoteRecordedExemption: false,
    recipientsProvision: "Art. 19 UK GDPR",
    restrictionLiftProvision: "Art. 18(3) UK GDPR",
    newDateProvision: null,
    searchScope:
      "Under Article 15(1A) of the UK GDPR (inserted by the Data (Use and Access) Act 2025), this answer gives you the personal data and information we found through a reasonable and proportionate search; the report in the file names the systems we searched.",
  };
}

/**
 * Swiss nFADP (SR 235.1) and its ordinance, the OPDo/DPO (SR 235.11), paragraphs read in the ordinance's text:
 * access art. 25 nFADP; 30 days art. 18(1) OPDo; "cannot answer within 30 days → tell the person by when"
 * art. 18(2) OPDo; a refusal, restriction or deferral within the same 30 days art. 18(3) OPDo; refusal reasons
 * art. 26(4) nFADP; report to the FDPIC (investigation, art. 49 nFADP); civil action art. 32 nFADP.
 */
export function nfadpNotices(locale: Locale, requestType?: string): RegimeNotices {
  const fdpic = FDPIC[locale];
  // The 30 days of art. 18(1) OPDo are the right of access's (art. 25 nFADP; portability, art. 28, by art. 22
  // OPDo). The claims of art. 32(1)-(2) nFADP (correct, prohibit a processing, erase) have no time limit in the
  // Act or the ordinance: the 30 days are then our own commitment (product decision), not "required".
  const otherRight = requestType !== undefined && requestType !== "access" && requestType !== "portability";
  if (locale === "fr")
    return {
      law: "la loi fédérale sur la protection des données (nLPD)",
      timeLimit: otherRight
        ? "La nLPD ne fixe pas de délai pour cette demande (article 32 de la nLPD) ; nous vous répondons dans les 30 jours suivant sa réception, le délai que l'article 18, alinéa 1, de l'ordonnance sur la protection des données (OPDo, RS 235.11) fixe pour le droit d'accès."
        : "L'article 18, alinéa 1, de l'ordonnance sur la protection des données (OPDo, RS 235.11) nous impose de vous répondre dans les 30 jours suivant la réception de votre demande (droit d'accès, article 25 de la nLPD).",
      extensionGrounds: otherRight
        ? "Si nous ne pouvons pas vous répondre dans les 30 jours, nous vous en informerons et vous indiquerons la date à laquelle nous vous répondrons."
        : "Si nous ne pouvons pas vous répondre dans les 30 jours, nous devons vous en informer et vous indiquer la date à laquelle nous vous répondrons (article 18, alinéa 2, de l'OPDo).",
      extensionLength: null,
      silence: null,
      clock: {
        stopped: "Le délai de 30 jours continue de courir pendant que nous attendons votre réponse.",
        running: "Le délai de 30 jours continue de courir pendant que nous attendons votre réponse.",
      },
      complaint: [
        `Vous pouvez signaler la situation au ${at(fdpic)}, qui peut ouvrir une enquête (article 49 de la nLPD).`,
      ],
      judicialRemedy: "Vous pouvez également intenter une action civile devant les tribunaux (article 32 de la nLPD).",
      controllerComplaint: null,
      refusalRights: otherRight
        ? "Si nous ne donnons pas suite à votre demande, nous vous en indiquerons le motif."
        : "Si nous refusons, restreignons ou différons la communication des renseignements, nous devons vous en indiquer le motif (article 26, alinéa 4, de la nLPD), dans le même délai (article 18, alinéa 3, de l'OPDo).",
      erasureExemption: "articles 6, alinéa 4, et 31, alinéa 1, de la nLPD",
      quoteRecordedExemption: false,
      // No provision to name: neither the nFADP (the controller's duties are arts. 19-24: inform, automated decisions,
      // impact assessment, breach notice) nor the OPDo of 31 August 2022 (its controller chapter is arts. 13-15:
      // information, keeping the assessment, breach notice) obliges the controller to pass a correction or erasure on
      // to recipients. We still tell them, and the mail says so without "as the law requires".
      recipientsProvision: null,
      restrictionLiftProvision: null,
      // Art. 18(2) OPDo is the access request's (and portability's) new date; elsewhere it is our commitment.
      newDateProvision: otherRight
        ? null
        : "article 18, alinéa 2, de l'ordonnance sur la protection des données (OPDo, RS 235.11)",
    };
  return {
    law: "the Swiss Federal Act on Data Protection (nFADP)",
    timeLimit: otherRight
      ? "The nFADP sets no time limit for this request (Article 32 of the nFADP); we answer within 30 days of receiving it, the time limit Article 18(1) of the Swiss Data Protection Ordinance (DPO, SR 235.11) sets for the right of access."
      : "Article 18(1) of the Swiss Data Protection Ordinance (DPO, SR 235.11) requires us to answer within 30 days of receiving your request (right of access, Article 25 of the nFADP).",
    extensionGrounds: otherRight
      ? "If we cannot answer within 30 days, we will tell you so and give you the date by which we will answer."
      : "If we cannot answer within 30 days, we must tell you so and give you the date by which we will answer (Article 18(2) of the Data Protection Ordinance).",
    extensionLength: null,
    silence: null,
    clock: {
      stopped: "The 30 days keep running while we wait for your answer.",
      running: "The 30 days keep running while we wait for your answer.",
    },
    complaint: [
      `You can report the matter to the ${at(fdpic)}, who may open an investigation (Article 49 of the nFADP).`,
    ],
    judicialRemedy: "You can also bring a civil action before the courts (Article 32 of the nFADP).",
    controllerComplaint: null,
    refusalRights: otherRight
      ? "If we do not act on your request, we will tell you why."
      : "If we refuse, restrict or defer the information, we must tell you why (Article 26(4) of the nFADP), within the same time limit (Article 18(3) of the Data Protection Ordinance).",
    erasureExemption: "Articles 6(4) and 31(1) nFADP",
    quoteRecordedExemption: false,
    recipientsProvision: null,
    restrictionLiftProvision: null,
    newDateProvision: otherRight ? null : "Article 18(2) of the Swiss Data Protection Ordinance (DPO, SR 235.11)",
  };
}
