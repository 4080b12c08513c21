import type { RegimeCode } from "./deadline/regimes";
import type { Locale } from "./locale";
import { residentAuthority } from "./regime-notices/eu-authorities";
import { usStateTexts } from "./regime-notices/us-states";
import { usStateLaw } from "./us-states";

/**
 * What the subject is told about their rights when we refuse or extend, per regime: the provision we
 * act under, who they can complain to and how, and their judicial remedy. Every authority and article
 * is the requester's regime's own (dsr-law.md, "Which law, which calendar"); no regime's words in
 * another's mail (regime-texts.test.ts). Pure: the configured lead authority is passed in.
 */
export interface Authority {
  name: string;
  url: string;
}

export interface RegimeTexts {
  /** Refusal: the provision, the right to complain (and to whom), each a paragraph. */
  refusal: string[];
  /** The judicial remedy, where the regime gives one to the requester. */
  judicialRemedy: string | null;
  /** Extension notice: the provision that allows it and the complaint route. Null: no extension exists. */
  extension: string[] | null;
}

export const EDPB_MEMBERS = "https://www.edpb.europa.eu/about-edpb/about-edpb/members_en";
export const ICO: Authority = {
  name: "Information Commissioner's Office (ICO)",
  url: "https://ico.org.uk/make-a-complaint/",
};
export const CPPA: Authority = {
  name: "California Privacy Protection Agency (CPPA)",
  url: "https://cppa.ca.gov/webapplications/complaint",
};
export const CALIFORNIA_AG: Authority = {
  name: "California Attorney General",
  url: "https://oag.ca.gov/contact/consumer-complaint-against-business-or-company",
};
export const ANPD: Authority = {
  name: "Autoridade Nacional de Proteção de Dados (ANPD)",
  url: "https://www.gov.br/anpd/pt-br",
};
export const OPC: Record<Locale, Authority> = {
  en: { name: "Office of the Privacy Commissioner of Canada", url: "https://www.priv.gc.ca/en/report-a-concern/" },
  fr: {
    name: "Commissariat à la protection de la vie privée du Canada",
    url: "https://www.priv.gc.ca/fr/signaler-un-probleme/",
  },
};
export const FDPIC: Record<Locale, Authority> = {
  en: { name: "Federal Data Protection and Information Commissioner (FDPIC)", url: "https://www.edoeb.admin.ch/en" },
  fr: {
    name: "Préposé fédéral à la protection des données et à la transparence (PFPDT)",
    url: "https://www.edoeb.admin.ch/fr",
  },
};

const at = (a: Authority) => `${a.name} (${a.url})`;

function gdpr(locale: Locale, lead: Authority, resident: Authority | null): RegimeTexts {
  if (locale === "fr")
    return {
      refusal: [
        `Conformément à l'article 12, paragraphe 4, du RGPD, vous avez le droit d'introduire une réclamation auprès d'une autorité de contrôle, notamment notre autorité chef de file, ${at(lead)}.`,
        resident
          ? `L'article 77 du RGPD vous permet aussi de saisir l'autorité de contrôle de l'État membre où vous résidez : ${at(resident)}.`
          : `L'article 77 du RGPD vous permet aussi de saisir l'autorité de contrôle de l'État membre de l'UE/EEE où vous résidez, où vous travaillez ou où la violation aurait eu lieu (liste des autorités : ${EDPB_MEMBERS}).`,
      ],
      judicialRemedy:
        "Vous avez également le droit de former un recours juridictionnel effectif (article 79 du RGPD), c'est-à-dire de saisir la justice.",
      extension: [
        "L'article 12, paragraphe 3, du RGPD nous permet de prolonger le délai de réponse de deux mois lorsque les demandes sont complexes ou nombreuses.",
        `Si vous contestez cette prolongation, vous pouvez saisir ${at(lead)}, ou l'autorité de contrôle de votre État membre (article 77 du RGPD ; ${resident ? at(resident) : `liste : ${EDPB_MEMBERS}`}).`,
      ],
    };
  return {
    refusal: [
      `Under Article 12(4) of the GDPR, you have the right to lodge a complaint with a supervisory authority: our lead supervisory authority is ${at(lead)}.`,
      resident
        ? `Under Article 77 of the GDPR you may also complain to the supervisory authority of the member state where you live: ${at(resident)}.`
        : `Under Article 77 of the GDPR you may also complain to the supervisory authority of the EU/EEA member state where you live or work, or where the alleged infringement took place (list of authorities: ${EDPB_MEMBERS}).`,
    ],
    judicialRemedy:
      "You also have the right to an effective judicial remedy (Article 79 of the GDPR), that is, to take the matter to court.",
    extension: [
      "Article 12(3) of the GDPR allows us to extend the time limit by two further months when requests are complex or numerous.",
      `If you disagree with this extension, you can complain to ${at(lead)} or to the supervisory authority of your own member state (Article 77 of the GDPR; ${resident ? at(resident) : `list: ${EDPB_MEMBERS}`}).`,
    ],
  };
}

function ukGdpr(locale: Locale): RegimeTexts {
  if (locale === "fr")
    return {
      refusal: [
        `Conformément à l'article 12, paragraphe 4, du UK GDPR, vous avez le droit de déposer une plainte auprès de l'autorité britannique, l'${at(ICO)}.`,
      ],
      judicialRemedy: "Vous pouvez également faire valoir vos droits devant les tribunaux du Royaume-Uni.",
      extension: [
        "L'article 12, paragraphe 3, du UK GDPR nous permet de prolonger le délai de réponse de deux mois lorsque les demandes sont complexes ou nombreuses.",
        "Selon l'article 12A du UK GDPR, le délai court à partir de la réception des informations demandées pour confirmer votre identité, et il est suspendu pendant que nous attendons les précisions dont nous avons raisonnablement besoin sur votre demande.",
        `Si vous n'êtes pas satisfait, vous pouvez déposer une plainte auprès de l'${at(ICO)}.`,
      ],
    };
  return {
    refusal: [`Under Article 12(4) of the UK GDPR, you have the right to complain to the ${at(ICO)}.`],
    judicialRemedy: "You can also seek to enforce your rights through the courts of the United Kingdom.",
    extension: [
      "Article 12(3) of the UK GDPR allows us to extend the time limit by two further months when requests are complex or numerous.",
      "Under Article 12A of the UK GDPR, the time limit runs from when we receive the information we asked for to confirm your identity, and it stops running while we wait for details we reasonably need to clarify your request.",
      `If you are unhappy, you can complain to the ${at(ICO)}.`,
    ],
  };
}

function ccpa(locale: Locale): RegimeTexts {
  if (locale === "fr")
    return {
      refusal: [
        "Nous vous avons indiqué ci-dessus le motif de notre décision, comme l'exige le California Consumer Privacy Act (Cal. Civ. Code § 1798.100 et suivants) et son règlement d'application (Cal. Code Regs., tit. 11, § 7000 et suivants).",
        `Si vous estimez que nous n'avons pas respecté la loi, vous pouvez déposer une plainte auprès de la ${at(CPPA)} ou du ${at(CALIFORNIA_AG)}.`,
      ],
      judicialRemedy: null,
      extension: [
        "Le règlement du California Consumer Privacy Act (Cal. Code Regs., tit. 11, § 7021(b)) nous permet de disposer de 45 jours calendaires supplémentaires, soit 90 jours au total depuis la réception, en vous en indiquant la raison.",
        `En cas de désaccord, vous pouvez déposer une plainte auprès de la ${at(CPPA)} ou du ${at(CALIFORNIA_AG)}.`,
      ],
    };
  return {
    refusal: [
      "We have explained the basis for our decision above, as the California Consumer Privacy Act (Cal. Civ. Code § 1798.100 et seq.) and its regulations (Cal. Code Regs., tit. 11, § 7000 et seq.) require.",
      `If you believe we have not complied with the law, you can file a complaint with the ${at(CPPA)} or with the ${at(CALIFORNIA_AG)}.`,
    ],
    judicialRemedy: null,
    extension: [
      "The California Consumer Privacy Act regulations (Cal. Code Regs., tit. 11, § 7021(b)) allow us up to 45 additional calendar days, 90 in total from receipt, when we tell you why.",
      `If you disagree, you can file a complaint with the ${at(CPPA)} or with the ${at(CALIFORNIA_AG)}.`,
    ],
  };
}

function lgpd(locale: Locale): RegimeTexts {
  if (locale === "fr")
    return {
      refusal: [
        `Conformément à la loi brésilienne LGPD (loi nº 13.709/2018), article 18, § 1, vous avez le droit d'adresser une réclamation à l'${at(ANPD)}.`,
      ],
      judicialRemedy: "Vous pouvez également défendre vos droits en justice (article 22 de la LGPD).",
      extension: null,
    };
  return {
    refusal: [
      `Under Brazil's LGPD (Law No. 13,709/2018), Article 18, § 1, you have the right to petition the ${at(ANPD)}.`,
    ],
    judicialRemedy: "You can also defend your rights in court (Article 22 of the LGPD).",
    extension: null,
  };
}

function pipeda(locale: Locale): RegimeTexts {
  const opc = OPC[locale];
  if (locale === "fr")
    return {
      refusal: [
        `Conformément au paragraphe 8(7) de la LPRPDE, nous vous avons indiqué les motifs de notre refus ; vous avez le droit de déposer une plainte auprès du ${at(opc)} (article 11 de la LPRPDE).`,
      ],
      judicialRemedy:
        "Après le rapport du Commissaire, vous pouvez demander une audience à la Cour fédérale (article 14 de la LPRPDE).",
      extension: [
        "Le paragraphe 8(4) de la LPRPDE nous permet de prolonger le délai d'au plus trente jours lorsque le respecter entraverait gravement nos activités ou que des consultations sont nécessaires.",
        `Vous avez le droit de déposer une plainte auprès du ${at(opc)} au sujet de cette prolongation. Une absence de réponse dans le délai vaut refus (paragraphe 8(5) de la LPRPDE).`,
      ],
    };
  return {
    refusal: [
      `Under subsection 8(7) of PIPEDA we have given you the reasons for our refusal; you have the right to file a complaint with the ${at(opc)} (section 11 of PIPEDA).`,
    ],
    judicialRemedy:
      "After the Commissioner's report, you may apply to the Federal Court for a hearing (section 14 of PIPEDA).",
    extension: [
      "Subsection 8(4) of PIPEDA allows us to extend the time limit by up to thirty days when meeting it would unreasonably interfere with our activities or consultations are needed.",
      `You have the right to make a complaint to the ${at(opc)} about this extension. No answer within the time limit counts as a refusal (subsection 8(5) of PIPEDA).`,
    ],
  };
}

/**
 * nFADP: art. 26(4) (reasons for refusing, restricting or deferring the information) is the right of access's
 * (and portability's, art. 29); a refused art. 32 claim (correct, erase, prohibit) is told the FDPIC route only.
 */
function nfadp(locale: Locale, requestType?: string): RegimeTexts {
  const fdpic = FDPIC[locale];
  const access = requestType === undefined || requestType === "access" || requestType === "portability";
  if (!access)
    return {
      refusal: [
        locale === "fr"
          ? `Vous pouvez signaler la situation au ${at(fdpic)}, qui peut ouvrir une enquête (article 49 de la nLPD).`
          : `You can report the matter to the ${at(fdpic)}, who may open an investigation (Article 49 of the nFADP).`,
      ],
      judicialRemedy:
        locale === "fr"
          ? "Vous pouvez également intenter une action civile devant les tribunaux (article 32 de la nLPD)."
          : "You can also bring a civil action before the courts (Article 32 of the nFADP).",
      extension: null,
    };
  if (locale === "fr")
    return {
      refusal: [
        `Conformément à l'article 26, alinéa 4, de la loi fédérale sur la protection des données (nLPD), nous vous avons indiqué pourquoi nous refusons, restreignons ou différons la communication des renseignements. Vous pouvez signaler la situation au ${at(fdpic)}.`,
      ],
      judicialRemedy: "Vous pouvez également intenter une action civile devant les tribunaux (article 32 de la nLPD).",
      extension: null,
    };
  return {
    refusal: [
      `Under Article 26(4) of the Swiss Federal Act on Data Protection (nFADP) we have told you why we refuse, restrict or defer the information. You can report the matter to the ${at(fdpic)}.`,
    ],
    judicialRemedy: "You can also bring a civil action before the courts (Article 32 of the nFADP).",
    extension: null,
  };
}

/**
 * `residence` names the resident's own member-state authority (Art. 77 GDPR) when it is not the lead one;
 * `requestType` where a regime's refusal provision depends on the right (nFADP art. 26(4): access only).
 */
export function regimeTexts(
  regime: RegimeCode,
  locale: Locale,
  lead: Authority,
  residence?: string | null,
  requestType?: string,
): RegimeTexts {
  const state = usStateLaw(regime);
  if (state) return usStateTexts(state, locale);
  switch (regime) {
    case "GDPR":
      return gdpr(locale, lead, residentAuthority(residence, lead));
    case "UK_GDPR":
      return ukGdpr(locale);
    case "CCPA":
      return ccpa(locale);
    case "LGPD":
      return lgpd(locale);
    case "PIPEDA":
      return pipeda(locale);
    case "NFADP":
      return nfadp(locale, requestType);
    default:
      throw new Error(`No texts for regime ${regime}`);
  }
}
