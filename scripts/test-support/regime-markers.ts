import type { RegimeCode } from "@/lib/domain/deadline";
import type { Locale } from "@/lib/domain/locale";
import { US_FOREIGN, US_OWN } from "./us-state-markers";

/**
 * What identifies each regime in a text the subject reads: its authority's site and its law's name. A mail
 * for one regime must show its own and none of the others' (issue 12, "no other regime's words").
 */
export const OWN: Record<RegimeCode, Record<Locale, RegExp[]>> = {
  ...US_OWN,
  GDPR: { en: [/cnil\.fr/, /\bGDPR\b/], fr: [/cnil\.fr/, /\bRGPD\b/] },
  UK_GDPR: { en: [/ico\.org\.uk/, /UK GDPR/], fr: [/ico\.org\.uk/, /UK GDPR/] },
  CCPA: {
    en: [/cppa\.ca\.gov/, /oag\.ca\.gov/, /Cal\. (Civ\. Code|Code Regs\.)/],
    fr: [/cppa\.ca\.gov/, /oag\.ca\.gov/, /Cal\. (Civ\. Code|Code Regs\.)/],
  },
  LGPD: { en: [/gov\.br\/anpd/, /LGPD/], fr: [/gov\.br\/anpd/, /LGPD/] },
  PIPEDA: { en: [/priv\.gc\.ca\/en/, /PIPEDA/], fr: [/priv\.gc\.ca\/fr/, /LPRPDE/] },
  NFADP: { en: [/edoeb\.admin\.ch/, /nFADP/], fr: [/edoeb\.admin\.ch/, /nLPD/] },
};

/** Words that belong to one regime only: seen in another regime's text, they are a leak. */
export const FOREIGN: Record<RegimeCode, RegExp[]> = {
  ...US_FOREIGN,
  GDPR: [/cnil/i, /(?<!UK )\bGDPR\b/, /\bRGPD\b/, /edpb\.europa\.eu/, /[Aa]rticle 77/, /CEPD|EDPB/],
  UK_GDPR: [/\bICO\b/, /ico\.org\.uk/, /UK GDPR/, /Data Protection Act 2018/],
  CCPA: [/\bCCPA\b/, /California/, /cppa\.ca\.gov/, /oag\.ca\.gov/, /Cal\. Civ/],
  LGPD: [/LGPD/, /ANPD/, /gov\.br/],
  PIPEDA: [/PIPEDA|LPRPDE/, /priv\.gc\.ca/, /Privacy Commissioner|Commissariat à la protection/],
  NFADP: [/nFADP|nLPD/, /edoeb/, /FDPIC|PFPDT/, /OPDo|Data Protection Ordinance/],
};

/** One residence per regime for the tests; DE is a GDPR resident of another member state than the controller's. */
export const RESIDENCES: { residence: string; regime: RegimeCode }[] = [
  { residence: "FR", regime: "GDPR" },
  { residence: "DE", regime: "GDPR" },
  { residence: "GB", regime: "UK_GDPR" },
  { residence: "US-CA", regime: "CCPA" },
  { residence: "BR", regime: "LGPD" },
  { residence: "CA", regime: "PIPEDA" },
  { residence: "CH", regime: "NFADP" },
  // One per US state family: the Virginia model, Colorado (appeal +60, 24-month records), Utah (no
  // appeal), Iowa (90 days), Oregon and Minnesota (third parties, profiling questions).
  { residence: "US-VA", regime: "US_VA" },
  { residence: "US-CO", regime: "US_CO" },
  { residence: "US-UT", regime: "US_UT" },
  { residence: "US-IA", regime: "US_IA" },
  { residence: "US-OR", regime: "US_OR" },
  { residence: "US-MN", regime: "US_MN" },
];

/** The leaks of other regimes' words in a text written for `regime` (empty when clean). */
export function leaks(regime: RegimeCode, text: string): string[] {
  const found: string[] = [];
  for (const [other, patterns] of Object.entries(FOREIGN) as [RegimeCode, RegExp[]][]) {
    if (other === regime) continue;
    for (const re of patterns) {
      const m = text.match(re);
      if (m) found.push(`${other}: "${m[0]}"`);
    }
  }
  return found;
}

/** The own markers missing from a text written for `regime` in `locale` (empty when all are there). */
export function missing(regime: RegimeCode, locale: Locale, text: string): string[] {
  return OWN[regime][locale].filter((re) => !re.test(text)).map(String);
}
