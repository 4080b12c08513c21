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
 * residence is known; request types beyond the first six plug in through the same keys.
 */
const BY_REGIME: Record<Exclude<RegimeCode, `US_${string}`>, readonly RightKey[]> = {
  // GDPR Art. 15-18, 20, 21; the UK GDPR keeps the same articles; the nFADP art. 25, 28, 32 and LGPD art. 18
  // give access, correction, deletion, portability and objection (product decision: the same six forms).
  GDPR: GDPR_RIGHTS,
  UK_GDPR: GDPR_RIGHTS,
  LGPD: GDPR_RIGHTS,
  // PIPEDA Schedule 1: access (4.9) and amendment (4.9.5), which covers deletion of inaccurate information.
  PIPEDA: ["access", "rectification", "erasure"],
  NFADP: ["access", "rectification", "erasure", "portability", "objection"],
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
