import type { RegimeCode } from "@/lib/domain/deadline/regimes";
import type { Locale } from "@/lib/domain/locale";
import { regimeNotices } from "@/lib/domain/regime-notices";
import type { Authority } from "@/lib/domain/regime-texts";
import { textIn, type TextInLanguages } from "@/lib/domain/text-in-languages";

/**
 * The exemption the erasure plan shows staff for data kept: the label recorded on the dataset's legal hold is
 * written in GDPR terms ("Art. 17(3)(b) GDPR — legal obligation"); under another law the plan shows that law's
 * provision instead, the one the person will read in the completion mail (quoteRecordedExemption, outcome-body),
 * so staff do not approve a Californian's or a Brazilian's plan on a GDPR article.
 */
export function erasureExemptionLabel(
  recorded: TextInLanguages | undefined,
  p: { regime: RegimeCode; locale: Locale; lead: Authority; requestType: string },
): string {
  const n = regimeNotices(p.regime, p.locale, { lead: p.lead, requestType: p.requestType });
  return n.quoteRecordedExemption ? textIn(recorded, p.locale) : n.erasureExemption;
}
