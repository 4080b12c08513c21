import type { RegimeCode } from "@/lib/domain/deadline";
import type { Locale } from "@/lib/domain/locale";
import type { RightKey } from "@/lib/domain/rights";
import { PROFILING_QUESTION_CITES, US_STATE_OPT_OUTS, usStateLaw, type StateOptOutKind } from "@/lib/domain/us-states";

/**
 * The portal's words about rights that depend on the person's regime: the provision each right comes
 * from (only once the residence is known; before, the portal speaks of no particular law) and the
 * opt-out card the US laws add. Both languages.
 */
const GDPR_ARTICLES: Partial<Record<RightKey, string>> = {
  access: "15",
  rectification: "16",
  erasure: "17",
  portability: "20",
  restriction: "18",
  objection: "21",
};
const CCPA_SECTIONS: Partial<Record<RightKey, string>> = {
  access: "1798.110",
  erasure: "1798.105",
  rectification: "1798.106",
  portability: "1798.130(a)(3)(B)(iii)",
  opt_out_sale: "1798.120",
  limit_sensitive: "1798.121",
};
const NFADP_ARTICLES: Partial<Record<RightKey, string>> = {
  access: "25",
  rectification: "32",
  erasure: "32",
  portability: "28",
  restriction: "32",
  objection: "30",
};

/**
 * LGPD (Law 13,709/2018) art. 18: I confirmation of processing (its own request, answered at once), II access, III correction, IV blocking of
 * unnecessary or unlawful data, V portability, VI elimination of data processed with consent; § 2 opposition.
 */
const LGPD_ITEMS: Partial<Record<RightKey, string>> = {
  confirmation: "I",
  access: "II",
  rectification: "III",
  erasure: "VI",
  portability: "V",
  restriction: "IV",
  objection: "§ 2",
};
/**
 * PIPEDA Schedule 1: 4.9 individual access; 4.9.5 amendment of inaccurate or incomplete information, which
 * "involves the correction, deletion, or addition of information". PIPEDA has no general right to erasure:
 * deleting accurate information rests on the withdrawal of consent (4.3.8) and on destroying what is no longer
 * needed for the identified purposes (4.5.3), so an erasure cites all three.
 */
const PIPEDA_PRINCIPLES: Partial<Record<RightKey, { en: string; fr: string }>> = {
  access: { en: "Principle 4.9", fr: "principe 4.9" },
  rectification: { en: "Principle 4.9.5", fr: "principe 4.9.5" },
  erasure: { en: "Principles 4.3.8, 4.5.3 and 4.9.5", fr: "principes 4.3.8, 4.5.3 et 4.9.5" },
  // Withdrawal of consent, "at any time, subject to legal or contractual restrictions and reasonable notice".
  objection: { en: "Principle 4.3.8", fr: "principe 4.3.8" },
};

/**
 * A right's card text where the regime's right differs from the GDPR's words ("legitimate interests" means
 * nothing under PIPEDA: its objection is the withdrawal of consent of principle 4.3.8, "subject to legal or
 * contractual restrictions and reasonable notice", and the organisation says what the withdrawal implies).
 */
const BODIES: Partial<Record<RegimeCode, Partial<Record<RightKey, Record<Locale, string>>>>> = {
  PIPEDA: {
    objection: {
      en: "Withdraw your consent to a use of your data, direct marketing first of all: we stop it unless a law or a contract requires it, and tell you what stopping it means for you.",
      fr: "Retirez votre consentement à une utilisation de vos données, à commencer par la prospection : nous y mettons fin, sauf si une loi ou un contrat l’impose, et vous disons ce que cela implique pour vous.",
    },
  },
};

/**
 * Oregon, Delaware, Maryland and Minnesota grant a list of the specific third parties the data went to: an access
 * request answers it (the report names each recipient), so the access card says so.
 */
const THIRD_PARTY_LIST: Record<Locale, string> = {
  en: "Under your state's law this includes the list of the specific third parties we disclosed it to.",
  fr: "La loi de votre État y ajoute la liste des tiers précis à qui nous les avons communiquées.",
};

/** The card text of `right` under `regime` (null: no residence chosen), `general` where the regime adds nothing. */
export function rightBody(regime: RegimeCode | null, right: RightKey, locale: Locale, general: string): string {
  if (!regime) return general;
  const own = BODIES[regime]?.[right]?.[locale];
  if (own) return own;
  if (right === "access" && usStateLaw(regime)?.rights.value.includes("third_party_list"))
    return `${general} ${THIRD_PARTY_LIST[locale]}`;
  return general;
}

/** "GDPR article 15", "Cal. Civ. Code § 1798.110", "VCDPA, Va. Code § 59.1-577(A)"; null: none to quote. */
export function rightCitation(regime: RegimeCode, right: RightKey, locale: Locale): string | null {
  const state = usStateLaw(regime);
  if (state) {
    const own =
      right === "question_profiling"
        ? PROFILING_QUESTION_CITES[state.state]
        : US_STATE_OPT_OUTS[state.state].kinds[right as StateOptOutKind];
    return `${state.law.short}, ${own ?? state.rights.cite}`;
  }
  const fr = locale === "fr";
  switch (regime) {
    case "GDPR":
    case "UK_GDPR": {
      const n = GDPR_ARTICLES[right];
      const law = regime === "GDPR" ? (fr ? "RGPD" : "GDPR") : "UK GDPR";
      return n ? (fr ? `article ${n} du ${law}` : `${law} article ${n}`) : null;
    }
    case "CCPA": {
      const s = CCPA_SECTIONS[right];
      return s ? `Cal. Civ. Code § ${s}` : null;
    }
    case "LGPD": {
      const n = LGPD_ITEMS[right];
      if (!n) return null;
      if (fr) return `article 18, ${n}, de la LGPD`;
      return n.startsWith("§") ? `LGPD article 18, ${n}` : `LGPD article 18(${n})`;
    }
    case "PIPEDA": {
      const n = PIPEDA_PRINCIPLES[right];
      return n ? (fr ? `LPRPDE, annexe 1, ${n.fr}` : `PIPEDA Schedule 1, ${n.en}`) : null;
    }
    case "NFADP": {
      const n = NFADP_ARTICLES[right];
      return n ? (fr ? `article ${n} de la nLPD` : `nFADP article ${n}`) : null;
    }
    default:
      return null;
  }
}

export const REGIME_RIGHTS_WORDS = {
  en: {
    chooseTitle: "Where do you live?",
    chooseHelp: "Your rights and our time limit depend on the law that protects you, which follows where you live.",
    chooseSubmit: "Show my rights",
    chooseLabel: "Country or US state where you live",
    neutralTimeLimit:
      "We answer within the time limit set by the law that protects you. Tell us where you live to see your rights, the law they come from and the date we would answer by.",
    rightsFor: "Your rights as a resident of {place}",
    rightsForOther:
      "Your rights where you live outside the places listed: {law} protects you through our establishment",
    change: "Change",
    optOutTitle: "Do not sell or share my personal information",
    optOutTitleState: "Opt out of the sale of your personal data",
    optOutBody: "Tell us to stop selling or sharing your personal information. No identity check is needed.",
    // "Sharing" is California's word (cross-context behavioural advertising); the states' laws opt out of a sale.
    optOutBodyState: "Tell us to stop selling your personal data. No identity check is needed.",
    optOutCta: "Opt out",
    appeal: "If we refuse your request, even in part, you can appeal our decision from your request's page.",
  },
  fr: {
    chooseTitle: "Où habitez-vous ?",
    chooseHelp: "Vos droits et notre délai dépendent de la loi qui vous protège, qui suit votre lieu de résidence.",
    chooseSubmit: "Afficher mes droits",
    chooseLabel: "Pays ou État américain où vous habitez",
    neutralTimeLimit:
      "Nous répondons dans le délai fixé par la loi qui vous protège. Indiquez où vous habitez pour voir vos droits, la loi dont ils viennent et la date à laquelle nous répondrions.",
    rightsFor: "Vos droits en tant que résident : {place}",
    rightsForOther:
      "Vos droits si vous habitez hors des lieux de la liste : {law} vous protège par notre établissement",
    change: "Modifier",
    optOutTitle: "Ne pas vendre ni partager mes informations personnelles",
    optOutTitleState: "Refuser la vente de vos données personnelles",
    optOutBody:
      "Demandez-nous de cesser de vendre ou de partager vos informations personnelles. Aucune vérification d'identité n'est nécessaire.",
    optOutBodyState:
      "Demandez-nous de cesser de vendre vos données personnelles. Aucune vérification d'identité n'est nécessaire.",
    optOutCta: "Refuser",
    appeal:
      "Si nous rejetons votre demande, même en partie, vous pouvez faire appel de notre décision depuis la page de votre demande.",
  },
} satisfies Record<Locale, Record<string, string>>;
