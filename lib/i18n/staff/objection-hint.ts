import type { RegimeCode } from "@/lib/domain/deadline/regimes";
import type { StaffMessages } from "./index";

/**
 * What the DPO weighs a non-marketing objection under: GDPR and UK GDPR Art. 21(1), LGPD art. 18 § 2, PIPEDA
 * Principle 4.3.8 (withdrawal of consent), nFADP art. 30(2)(b) with art. 31. Citing Art. 21(1) to a Brazilian's or a
 * Canadian's objection would send the DPO to a test their law does not set (QA F18).
 */
export function objectionHint(words: Pick<StaffMessages, "fulfilment">, regime: RegimeCode): string {
  const hints = words.fulfilment.objection;
  if (regime === "GDPR" || regime === "UK_GDPR") return hints.gdpr;
  if (regime === "LGPD") return hints.lgpd;
  if (regime === "PIPEDA") return hints.pipeda;
  if (regime === "NFADP") return hints.nfadp;
  return hints.other;
}
