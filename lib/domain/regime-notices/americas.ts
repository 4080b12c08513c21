import type { Locale } from "../locale";
import { ANPD, CALIFORNIA_AG, CPPA, OPC, type Authority } from "../regime-texts";
import type { RegimeNotices } from "./types";

const at = (a: Authority) => `${a.name} (${a.url})`;

/**
 * CCPA/CPRA. An opt-out of sale/sharing or a request to limit sensitive personal information has its own time limit:
 * "as soon as feasibly possible, but no later than 15 business days from the date the business receives the request"
 * (Cal. Code Regs., tit. 11, § 7026(f)(1), § 7027(g)(1)), with no extension and no acknowledgement period — not
 * § 7021's 10 + 45 (+ 45) days of the requests to know, delete and correct.
 */
export function ccpaNotices(locale: Locale, requestType?: string): RegimeNotices {
  const base = ccpaRequestNotices(locale, requestType);
  if (requestType !== "opt_out_sale" && requestType !== "limit_sensitive") return base;
  const section = requestType === "opt_out_sale" ? "§ 7026(f)(1)" : "§ 7027(g)(1)";
  // Such a request needs no verification; the one ground to deny it is a documented belief that it is fraudulent,
  // and the business must say so and why (§ 7026(d), § 7027(e)) — not the know/delete/correct denial rules.
  const fraud = requestType === "opt_out_sale" ? "§ 7026(d)" : "§ 7027(e)";
  return locale === "fr"
    ? {
        ...base,
        refusalRights: `Nous ne pouvons rejeter votre demande que si nous avons des raisons sérieuses, raisonnables et documentées de la croire frauduleuse ; nous devons alors vous le dire et vous expliquer pourquoi (Cal. Code Regs., tit. 11, ${fraud}).`,
        timeLimit: `Le règlement du CCPA (Cal. Code Regs., tit. 11, ${section}) nous impose d'appliquer votre choix dès que possible, et au plus tard 15 jours ouvrés après la réception de votre demande.`,
        extensionGrounds: "Ce délai ne peut pas être prolongé.",
      }
    : {
        ...base,
        refusalRights: `We may deny your request only if we have a good-faith, reasonable and documented belief that it is fraudulent; we must then tell you so and explain why (Cal. Code Regs., tit. 11, ${fraud}).`,
        timeLimit: `The CCPA regulations (Cal. Code Regs., tit. 11, ${section}) require us to apply your choice as soon as feasibly possible and no later than 15 business days after we receive your request.`,
        extensionGrounds: "This time limit cannot be extended.",
      };
}

/**
 * The regulations' denial provision of each request (Cal. Code Regs., tit. 11): delete § 7022(f), correct § 7023(f),
 * know § 7024(e) (a portable copy is part of a request to know); all three when the request is not known.
 */
function denialSections(requestType: string | undefined, locale: Locale): string {
  const and = locale === "fr" ? "et" : "and";
  if (requestType === "erasure") return "§ 7022(f)";
  if (requestType === "rectification") return "§ 7023(f)";
  if (requestType === "access" || requestType === "portability") return "§ 7024(e)";
  return `§§ 7022(f), 7023(f) ${and} 7024(e)`;
}

/**
 * Who must be told of the change, by the right: a deletion goes to the business's service providers and contractors,
 * and to the third parties it sold or shared the information to (Cal. Civ. Code § 1798.105(c)(1), read: "notify any
 * service providers or contractors to delete ... and notify all third parties to whom the business has sold or shared
 * the personal information"); a correction to its service providers and contractors (Cal. Code Regs., tit. 11,
 * § 7023(c), read: "instruct all service providers and contractors that maintain the personal information at issue
 * ... to make the necessary corrections"). The CCPA has no right to restriction, so nothing else is passed on.
 */
function ccpaRecipientsProvision(requestType: string | undefined): string | null {
  if (requestType === "erasure") return "Cal. Civ. Code § 1798.105(c)(1)";
  if (requestType === "rectification") return "Cal. Code Regs., tit. 11, § 7023(c)";
  return null;
}

/** CCPA/CPRA: Cal. Civ. Code § 1798.100 et seq. and Cal. Code Regs., tit. 11, § 7000 et seq. No GDPR words. */
function ccpaRequestNotices(locale: Locale, requestType?: string): RegimeNotices {
  const denial = denialSections(requestType, locale);
  const recipientsProvision = ccpaRecipientsProvision(requestType);
  const complaint =
    locale === "fr"
      ? `Si vous estimez que nous n'avons pas respecté le California Consumer Privacy Act (Cal. Civ. Code § 1798.100 et suivants), vous pouvez déposer une plainte auprès de la ${at(CPPA)} ou du ${at(CALIFORNIA_AG)}.`
      : `If you believe we have not complied with the California Consumer Privacy Act (Cal. Civ. Code § 1798.100 et seq.), you can file a complaint with the ${at(CPPA)} or with the ${at(CALIFORNIA_AG)}.`;
  if (locale === "fr")
    return {
      law: "le California Consumer Privacy Act (CCPA)",
      timeLimit:
        "Le règlement du CCPA (Cal. Code Regs., tit. 11, § 7021) nous impose d'accuser réception de votre demande dans les 10 jours ouvrés et d'y répondre dans les 45 jours calendaires suivant sa réception.",
      extensionGrounds:
        "Ce délai peut être prolongé de 45 jours calendaires au plus (90 au total) lorsque c'est raisonnablement nécessaire ; nous devons alors vous en indiquer la raison dans les 45 premiers jours (Cal. Civ. Code § 1798.130(a)(2) ; Cal. Code Regs., tit. 11, § 7021(b)).",
      extensionLength: "45 jours",
      silence: null,
      clock: {
        stopped: "Le délai de 45 jours continue de courir pendant que nous attendons votre réponse (§ 7021(b)).",
        running: "Le délai de 45 jours continue de courir pendant que nous attendons votre réponse (§ 7021(b)).",
      },
      complaint: [complaint],
      judicialRemedy: null,
      controllerComplaint: null,
      refusalRights: `Si nous rejetons votre demande, même en partie, nous devons vous en expliquer le fondement (Cal. Code Regs., tit. 11, ${denial}).`,
      erasureExemption: "Cal. Civ. Code § 1798.105(d)",
      quoteRecordedExemption: false,
      recipientsProvision,
      restrictionLiftProvision: null,
      newDateProvision: null,
    };
  return {
    law: "the California Consumer Privacy Act (CCPA)",
    timeLimit:
      "The CCPA regulations (Cal. Code Regs., tit. 11, § 7021) require us to confirm receipt of your request within 10 business days and to answer it within 45 calendar days of receipt.",
    extensionGrounds:
      "We may take up to 45 more calendar days (90 in total) when reasonably necessary, telling you why within the first 45 days (Cal. Civ. Code § 1798.130(a)(2); Cal. Code Regs., tit. 11, § 7021(b)).",
    extensionLength: "45 days",
    silence: null,
    clock: {
      stopped: "The 45 days keep running while we wait for your answer (§ 7021(b)).",
      running: "The 45 days keep running while we wait for your answer (§ 7021(b)).",
    },
    complaint: [complaint],
    judicialRemedy: null,
    controllerComplaint: null,
    refusalRights: `If we deny your request, even in part, we must explain the basis for the denial (Cal. Code Regs., tit. 11, ${denial}).`,
    erasureExemption: "Cal. Civ. Code § 1798.105(d)",
    quoteRecordedExemption: false,
    recipientsProvision,
    restrictionLiftProvision: null,
    newDateProvision: null,
  };
}

/** Brazil's LGPD (Lei 13.709/2018): 15 days art. 19, II; ANPD art. 18 § 1; reasons art. 18 § 4; courts art. 22. */
export function lgpdNotices(locale: Locale, requestType?: string): RegimeNotices {
  // Art. 19, II: 15 days for confirmation and access. The other rights of art. 18 are answered under art. 18,
  // §§ 3-4 (act, or tell the person why not); the 15 days are then our own commitment (product decision).
  const otherRight = requestType !== undefined && requestType !== "access" && requestType !== "confirmation";
  const confirmation = requestType === "confirmation";
  if (locale === "fr")
    return {
      law: "la loi brésilienne sur la protection des données (LGPD, loi nº 13.709/2018)",
      timeLimit: confirmation
        ? "L'article 19, I, de la LGPD nous impose de confirmer immédiatement, sous une forme simplifiée, si nous traitons des données vous concernant : nous vous répondons le jour même."
        : otherRight
          ? "La LGPD nous impose de donner suite à votre demande sans délai ou, si nous ne pouvons pas le faire immédiatement, de vous en indiquer les raisons (article 18, §§ 3 et 4) ; nous vous répondons dans les 15 jours suivant votre demande, le délai que l'article 19, II, fixe pour l'accès."
          : "L'article 19, II, de la LGPD nous impose de vous répondre de façon complète dans les 15 jours suivant votre demande.",
      extensionGrounds: "La LGPD ne permet pas de prolonger ce délai.",
      extensionLength: null,
      silence: null,
      clock: {
        stopped: `${confirmation ? "Notre délai" : "Le délai de 15 jours"} continue de courir pendant que nous attendons votre réponse.`,
        running: `${confirmation ? "Notre délai" : "Le délai de 15 jours"} continue de courir pendant que nous attendons votre réponse.`,
      },
      complaint: [`Vous avez le droit d'adresser une réclamation à l'${at(ANPD)} (article 18, § 1, de la LGPD).`],
      judicialRemedy: "Vous pouvez également défendre vos droits en justice (article 22 de la LGPD).",
      controllerComplaint: null,
      refusalRights:
        "Si nous ne pouvons pas donner suite à votre demande, nous devons vous indiquer les raisons de fait ou de droit qui l'empêchent (article 18, § 4, de la LGPD).",
      erasureExemption: "article 16 de la LGPD",
      quoteRecordedExemption: false,
      recipientsProvision: "article 18, § 6, de la LGPD",
      restrictionLiftProvision: null,
      newDateProvision: null,
    };
  return {
    law: "Brazil's General Data Protection Law (LGPD, Law No. 13,709/2018)",
    timeLimit: confirmation
      ? "Article 19(I) of the LGPD requires us to confirm at once, in a simplified form, whether we process data about you: we answer the same day."
      : otherRight
        ? "The LGPD requires us to act on your request without delay or, if we cannot act at once, to tell you why (Article 18, §§ 3 and 4); we answer within 15 days of your request, the time limit Article 19(II) sets for access."
        : "Article 19(II) of the LGPD requires a complete answer within 15 days of your request.",
    extensionGrounds: "The LGPD does not allow this time limit to be extended.",
    extensionLength: null,
    silence: null,
    clock: {
      stopped: `${confirmation ? "Our time limit keeps" : "The 15 days keep"} running while we wait for your answer.`,
      running: `${confirmation ? "Our time limit keeps" : "The 15 days keep"} running while we wait for your answer.`,
    },
    complaint: [`You have the right to petition the ${at(ANPD)} about your data (Article 18, § 1, of the LGPD).`],
    judicialRemedy: "You can also defend your rights in court (Article 22 of the LGPD).",
    controllerComplaint: null,
    refusalRights:
      "If we cannot act on your request, we must tell you the factual or legal reasons that prevent us (Article 18, § 4, of the LGPD).",
    erasureExemption: "Art. 16 LGPD",
    quoteRecordedExemption: false,
    recipientsProvision: "Art. 18, § 6, LGPD",
    restrictionLiftProvision: null,
    newDateProvision: null,
  };
}

/** Canada's PIPEDA: 30 days s. 8(3); extension and complaint right s. 8(4); silence is refusal s. 8(5); reasons s. 8(7). */
export function pipedaNotices(locale: Locale): RegimeNotices {
  const opc = OPC[locale];
  if (locale === "fr")
    return {
      law: "la Loi sur la protection des renseignements personnels et les documents électroniques (LPRPDE)",
      timeLimit:
        "Le paragraphe 8(3) de la LPRPDE nous impose de vous répondre dans les trente jours suivant la réception de votre demande.",
      extensionGrounds:
        "Ce délai peut être prolongé d'au plus trente jours si le respecter entraverait gravement nos activités ou si des consultations sont nécessaires (ou plus longtemps pour convertir les renseignements en un autre format) ; nous devons alors vous en aviser dans les trente premiers jours, en vous indiquant votre droit de porter plainte auprès du Commissaire à la protection de la vie privée (paragraphe 8(4) de la LPRPDE).",
      extensionLength: "trente jours",
      silence:
        "Si nous ne vous répondons pas dans le délai, nous sommes réputés avoir refusé votre demande (paragraphe 8(5) de la LPRPDE), et vous pouvez porter plainte auprès du Commissaire.",
      deemedRefused: `Le délai est passé sans que nous vous ayons répondu : selon le paragraphe 8(5) de la LPRPDE, nous sommes donc réputés avoir refusé votre demande. Vous pouvez porter plainte dès maintenant auprès du ${at(opc)} (article 11 de la LPRPDE). Nous continuons de traiter votre demande et vous répondrons.`,
      clock: {
        stopped: "Le délai de trente jours continue de courir pendant que nous attendons votre réponse.",
        running: "Le délai de trente jours continue de courir pendant que nous attendons votre réponse.",
      },
      complaint: [`Vous avez le droit de déposer une plainte auprès du ${at(opc)} (article 11 de la LPRPDE).`],
      judicialRemedy:
        "Après le rapport du Commissaire, vous pouvez demander une audience à la Cour fédérale (article 14 de la LPRPDE).",
      controllerComplaint: null,
      refusalRights:
        "Si nous refusons, nous devons vous en indiquer les motifs par écrit, ainsi que vos recours (paragraphe 8(7) de la LPRPDE).",
      erasureExemption: "principe 4.5 de l'annexe 1 de la LPRPDE",
      quoteRecordedExemption: false,
      // Schedule 1, 4.9.5: an amendment (correction, deletion or addition) is "transmitted to third parties having access
      // to the information in question" where appropriate. PIPEDA has no restriction right (rights.ts).
      recipientsProvision: "principe 4.9.5 de l'annexe 1 de la LPRPDE",
      restrictionLiftProvision: null,
      newDateProvision: null,
    };
  return {
    law: "the Personal Information Protection and Electronic Documents Act (PIPEDA)",
    timeLimit: "Subsection 8(3) of PIPEDA requires us to answer within thirty days of receiving your request.",
    extensionGrounds:
      "This may be extended by up to thirty days if meeting it would unreasonably interfere with our activities or consultations are needed (or longer to convert the information into an alternative format); we must then tell you within the first thirty days, and of your right to complain to the Privacy Commissioner (subsection 8(4) of PIPEDA).",
    extensionLength: "thirty days",
    silence:
      "If we do not answer within the time limit, we are deemed to have refused your request (subsection 8(5) of PIPEDA), and you can complain to the Privacy Commissioner.",
    deemedRefused: `The time limit has passed without our answer: under subsection 8(5) of PIPEDA, we are therefore deemed to have refused your request. You can complain now to the ${at(opc)} (section 11 of PIPEDA). We are still handling your request and will answer it.`,
    clock: {
      stopped: "The thirty days keep running while we wait for your answer.",
      running: "The thirty days keep running while we wait for your answer.",
    },
    complaint: [`You have the right to file a complaint with the ${at(opc)} (section 11 of PIPEDA).`],
    judicialRemedy:
      "After the Commissioner's report, you may apply to the Federal Court for a hearing (section 14 of PIPEDA).",
    controllerComplaint: null,
    refusalRights:
      "If we refuse, we must tell you why in writing, and of any recourse you have (subsection 8(7) of PIPEDA).",
    erasureExemption: "Principle 4.5 of Schedule 1 to PIPEDA",
    quoteRecordedExemption: false,
    recipientsProvision: "Principle 4.9.5 of Schedule 1 to PIPEDA",
    restrictionLiftProvision: null,
    newDateProvision: null,
  };
}
