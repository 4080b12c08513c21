import type { RegimeCode } from "../deadline/regimes";
import type { Locale } from "../locale";
import type { Authority } from "../regime-texts";
import { ccpaNotices, lgpdNotices, pipedaNotices } from "./americas";
import { residentAuthority } from "./eu-authorities";
import { gdprNotices, nfadpNotices, ukNotices } from "./europe";
import type { RegimeNotices } from "./types";
import { usStateLaw } from "../us-states";
import { usStateNotices } from "./us-states";

export type { ComplaintContext, RegimeNotices } from "./types";
export { residentAuthority } from "./eu-authorities";

/**
 * What the subject reads about the law, in their regime and language (dsr-law.md, "Which law, which
 * calendar"). `lead` is the controller's configured lead authority (quoted for GDPR only); `residence`
 * adds the resident's own member-state authority under Art. 77 GDPR when it is not the lead one.
 */
export function regimeNotices(
  regime: RegimeCode,
  locale: Locale,
  /** `requestType`: where a regime's time limit depends on the right asked for (LGPD art. 19 covers access only). */
  p: { lead: Authority; residence?: string | null; requestType?: string },
): RegimeNotices {
  const state = usStateLaw(regime);
  if (state) return usStateNotices(state, locale);
  switch (regime) {
    case "GDPR":
      return gdprNotices(locale, { lead: p.lead, resident: residentAuthority(p.residence, p.lead) });
    case "UK_GDPR":
      return ukNotices(locale);
    case "CCPA":
      return ccpaNotices(locale, p.requestType);
    case "LGPD":
      return lgpdNotices(locale, p.requestType);
    case "PIPEDA":
      return pipedaNotices(locale);
    case "NFADP":
      return nfadpNotices(locale, p.requestType);
    default:
      throw new Error(`No notices for regime ${regime}`);
  }
}
