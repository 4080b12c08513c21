import { regimeForResidence } from "./deadline/compute";
import type { RegimeCode } from "./deadline/regimes";
import { usStateLaw, type RightKey } from "./us-states";

export { RIGHT_KEYS, type RightKey } from "./us-states";

const GDPR_RIGHTS: readonly RightKey[] = [
  "access",
  "rectification",
  "erasure",
  "portability",
  "restriction",
  "objection",
];

/**
 * The rights a regime grants, as right keys. The portal lists them (and only them) once the person's
 * residence is known, and every intake path asks `grantedAtResidence`; request types beyond the first six plug
 * in through the same keys.
 */
const BY_REGIME: Record<Exclude<RegimeCode, `US_${string}`>, readonly RightKey[]> = {
  // GDPR Art. 15-18, 20, 21; the UK GDPR keeps the same articles.
  GDPR: GDPR_RIGHTS,
  UK_GDPR: GDPR_RIGHTS,
  // LGPD art. 18: II access, III correction, IV anonymisation, blocking ("bloqueio": the restriction) or deletion of
  // unnecessary, excessive or unlawful data, V portability, VI deletion of data processed with consent; art. 18 § 2
  // opposition to processing on another legal basis (the objection); I confirmation of the existence of processing,
  // answered "em formato simplificado, imediatamente" (art. 19 I), apart from the complete declaration of access.
  LGPD: [...GDPR_RIGHTS, "confirmation"],
  // PIPEDA Schedule 1: access (4.9) and amendment (4.9.5, "the correction, deletion, or addition of information").
  // Objection: 4.3.8, "an individual may withdraw consent at any time, subject to legal or contractual restrictions
  // and reasonable notice" — consent being PIPEDA's basis for processing (4.3, s. 6.1), withdrawing it is how a
  // Canadian stops a processing (marketing first of all); the organisation must say what the withdrawal implies, and
  // a legal or contractual restriction is the refusal's reason. No restriction (no right to have data marked and
  // only stored) and no portability in PIPEDA.
  PIPEDA: ["access", "rectification", "erasure", "objection"],
  // nFADP (RS 235.1): access art. 25, portability art. 28, objection art. 30 al. 2 let. b (processing against the
  // person's express declaration), correction art. 32 al. 1, deletion art. 32 al. 2 let. c. Restriction: art. 32
  // al. 2 let. a lets the person ask that "a particular processing of personal data be prohibited" (let. b: a
  // particular disclosure to third parties), and art. 32 al. 3 adds a note of contest where neither accuracy nor
  // inaccuracy can be established — what the GDPR's restriction on the ground "accuracy contested" does.
  NFADP: ["access", "rectification", "erasure", "portability", "restriction", "objection"],
  // Cal. Civ. Code §§ 1798.100, .105, .106, .110, .120, .121: know, delete, correct, opt out of sale/sharing,
  // limit sensitive personal information. Portability: § 1798.130(a)(3)(B)(iii) (a portable format).
  CCPA: ["access", "erasure", "rectification", "portability", "opt_out_sale", "limit_sensitive"],
};

export function rightsForRegime(regime: RegimeCode): readonly RightKey[] {
  const state = usStateLaw(regime);
  if (state) return state.rights.value;
  return BY_REGIME[regime as keyof typeof BY_REGIME] ?? [];
}

export function regimeGrants(regime: RegimeCode, right: RightKey): boolean {
  return rightsForRegime(regime).includes(right);
}

/**
 * THE intake rule, asked by every path that files a request (API, portal form, staff form and import, authorised
 * agents): whether the law protecting a resident of `jurisdiction` (ISO country, or "US-CA" style) grants `right`.
 * An unknown residence grants nothing. What a path does with "no" differs: the public paths refuse before writing;
 * staff record the request anyway (a letter still has to be answered) and see a notice (lib/requests/intake).
 */
export function grantedAtResidence(jurisdiction: string, right: string): boolean {
  const regime = regimeForResidence(jurisdiction.trim().toUpperCase());
  return regime !== undefined && regimeGrants(regime, right as RightKey);
}
