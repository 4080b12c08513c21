import type { RegimeCode } from "./deadline/regimes";
import { regimeGrants, type RightKey } from "./rights";
import { isOptOutType, REFUSAL_REASONS, type RefusalReason } from "./vocabulary";

/**
 * The refusal reasons a regime's law knows. "Manifestly unfounded" and "excessive" are grounds of GDPR and UK
 * GDPR Art. 12(5), CCPA Civ. Code § 1798.145(h)(3), nFADP art. 26(1)(c) and the US state laws (e.g. Va. Code
 * § 59.1-577(B)(4)); PIPEDA has no such ground (its refusals are the exceptions of s. 9, ss. 8(7) and 9 require
 * the provision relied on) and neither has the LGPD (art. 18, § 4 asks for the reasons of fact or law). Telling
 * a Canadian or a Brazilian "the law allows us to refuse such a request" would be untrue, so those two codes are
 * not offered there; "exemption" or "other" with the provision in the text remain.
 */
const NOT_GROUNDS: Partial<Record<RegimeCode, readonly RefusalReason[]>> = {
  PIPEDA: ["manifestly_unfounded", "excessive"],
  LGPD: ["manifestly_unfounded", "excessive"],
  // Oregon (ORS 646A.576(5)(c), as the Oregon DOJ's business FAQ and the SB 619 summaries give it) and Colorado
  // (C.R.S. 6-1-1306(2)(c)) let a controller charge a fee for a second request in twelve months; no text found of
  // either allows refusing one as unfounded or excessive (Virginia, Montana and Utah do, in those words). The exact
  // wording of both subsections is still unread (lib/domain/us-states records): until it is, "the law allows us to
  // refuse such a request" is not sent where it may be untrue; "other" with the reasons written out remains.
  US_OR: ["manifestly_unfounded", "excessive"],
  US_CO: ["manifestly_unfounded", "excessive"],
};

/**
 * "Compelling legitimate grounds" answers one question only: an objection under Art. 21(1) GDPR / UK GDPR to
 * processing other than direct marketing (never a marketing objection: Art. 21(3) allows no balancing, and no
 * other right). Offered only there, so its mail's sentence is never sent to someone it does not concern.
 */
const ART_21_1: readonly RegimeCode[] = ["GDPR", "UK_GDPR"];

/**
 * An opt-out (of sale/sharing, targeted advertising, profiling; a limit on sensitive data) is filed without proof of
 * identity: 11 CCR § 7026(d) and § 7027(e) forbid asking for verification, and the state laws let a controller
 * decline only the rights it cannot authenticate (access, correction, deletion, portability: e.g. Va. Code
 * § 59.1-577(A)(1)-(4) and (B)). "We could not verify your identity" is therefore never a ground for refusing one; a
 * request believed fraudulent is refused as "other", with the reasons written out.
 */
const NOT_FOR_OPT_OUTS: readonly RefusalReason[] = ["identity_not_verified"];

export function refusalReasonsFor(
  regime: RegimeCode,
  request?: { type: string; objectionScope?: string | null },
): readonly RefusalReason[] {
  const excluded = [...(NOT_GROUNDS[regime] ?? []), ...(request && isOptOutType(request.type) ? NOT_FOR_OPT_OUTS : [])];
  const weighed =
    request?.type === "objection" && request.objectionScope !== "direct_marketing" && ART_21_1.includes(regime);
  // "Your law does not give this right" is true only of a request staff recorded for a right the regime lacks
  // (lib/requests/intake/valid-intake.ts); offered then alone, so it is never sent to someone who has the right.
  const ungranted = request !== undefined && !regimeGrants(regime, request.type as RightKey);
  return REFUSAL_REASONS.filter(
    (r) => !excluded.includes(r) && (r !== "compelling_grounds" || weighed) && (r !== "right_not_granted" || ungranted),
  );
}
