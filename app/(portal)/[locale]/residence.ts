import { OTHER_RESIDENCE, regimeForResidence, type RegimeCode } from "@/lib/domain/deadline";
import { regimeName } from "@/lib/domain/deadline/regime-names";
import type { Locale } from "@/lib/domain/locale";
import { fill } from "@/lib/i18n/fill";
import { REGIME_RIGHTS_WORDS } from "@/lib/i18n/messages/regime-rights";
import { residenceLabel } from "@/lib/i18n/residence-label";

export { jurisdictionOptions, residenceLabel } from "@/lib/i18n/residence-label";

/** "Your rights as a resident of …", or for another country the law that follows our establishment. */
export function rightsForText(residence: { code: string; regime: RegimeCode }, locale: Locale): string {
  const w = REGIME_RIGHTS_WORDS[locale];
  return residence.code === OTHER_RESIDENCE
    ? fill(w.rightsForOther, { law: regimeName(residence.regime, locale) })
    : fill(w.rightsFor, { place: residenceLabel(residence.code, locale) });
}

/**
 * The residence the person told us (?residence=US-CA; the regime spelling US_CA is read the same), if it is
 * one we know; else null (neutral wording).
 */
export function chosenResidence(param: string | string[] | undefined): { code: string; regime: RegimeCode } | null {
  const code = typeof param === "string" ? param.trim().toUpperCase().replace(/^US_/, "US-") : "";
  const regime = code ? regimeForResidence(code) : undefined;
  return regime ? { code, regime } : null;
}
