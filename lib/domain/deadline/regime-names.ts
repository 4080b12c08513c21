import type { RegimeCode } from "./regimes";
import { frArticle } from "../french-article";
import type { Locale } from "../locale";
import { US_STATE_CODES, US_STATE_LAWS, usStateRegime, type UsStateRegimeCode } from "../us-states";

function usStateNames(): Record<UsStateRegimeCode, Record<Locale, string>> {
  const out = {} as Record<UsStateRegimeCode, Record<Locale, string>>;
  for (const state of US_STATE_CODES) {
    const { law } = US_STATE_LAWS[state];
    out[usStateRegime(state)] = {
      en: `the ${law.short} (${law.title})`,
      fr: `${frArticle("le", law.short)} (${law.title})`,
    };
  }
  return out;
}

export const REGIME_NAMES: Record<RegimeCode, Record<Locale, string>> = {
  ...usStateNames(),
  GDPR: { en: "the GDPR", fr: "le RGPD" },
  UK_GDPR: { en: "the UK GDPR", fr: "le UK GDPR" },
  CCPA: { en: "the CCPA/CPRA", fr: "le CCPA/CPRA" },
  LGPD: { en: "the LGPD", fr: "la LGPD" },
  PIPEDA: { en: "PIPEDA", fr: "la LPRPDE" },
  NFADP: { en: "the nFADP", fr: "la nLPD" },
};

/** The regime's name with its article, as a sentence uses it: "the GDPR", "la LGPD", "PIPEDA". */
export function regimeName(regime: RegimeCode, lang: Locale): string {
  return REGIME_NAMES[regime][lang];
}

/** The regime's short name for a label: "UK GDPR", "RGPD", "nFADP", "CPA (Colorado Privacy Act)". */
export function regimeShortName(regime: RegimeCode, lang: Locale): string {
  return REGIME_NAMES[regime][lang].replace(/^(the|le|la) /, "");
}
