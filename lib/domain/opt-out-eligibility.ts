import type { RegimeCode } from "./deadline/regimes";
import { regimeGrants } from "./rights";
import { usStateLaw, US_STATE_OPT_OUTS, type UsStateCode } from "./us-states";
import { OPT_OUT_TYPES, type OptOutType } from "./vocabulary";

/**
 * Which opt-out request types a person protected by `regime` is offered: those of the request types the
 * product files that the regime grants (rights.ts). CCPA: sale/sharing (Cal. Civ. Code § 1798.120) and the
 * sensitive-data limit (§ 1798.121); the other states' laws: the opt-outs of sale, targeted advertising and
 * profiling, and Utah's and Iowa's of sensitive-data processing, where each grants them (us-states/opt-outs.ts
 * cites each). A Californian gets no separate targeted-advertising card: "sharing" in the CCPA is disclosure
 * for cross-context behavioural advertising (§ 1798.140(ah)), so "do not sell or share" already covers it.
 */
export function optOutTypesFor(regime: RegimeCode | undefined): readonly OptOutType[] {
  if (!regime) return [];
  return OPT_OUT_TYPES.filter((type) => regimeGrants(regime, type));
}

/**
 * Whether the law obliges the controller to treat a universal opt-out signal (Global Privacy Control,
 * `Sec-GPC: 1`) as an opt-out of sale: the CCPA (§ 1798.135(b)(1), 11 CCR § 7025) and the states whose record
 * says so (`optOut.universalOptOut`). Elsewhere the portal still says it saw the signal, and files what the
 * person chooses, but the request is not recorded as a GPC opt-out.
 */
export function honoursUniversalOptOut(regime: RegimeCode | undefined): boolean {
  if (regime === "CCPA") return true;
  return regime ? (usStateLaw(regime)?.optOut.universalOptOut.value ?? false) : false;
}

/**
 * Whether a universal opt-out signal counts as this opt-out where the law obliges honouring it: sale/sharing
 * under the CCPA; targeted advertising and sale under the state laws that have the duty (e.g. C.R.S.
 * § 6-1-1306(1)(a)(IV), Conn. Gen. Stat. § 42-520(e)(1)(A)(ii)). Never profiling or sensitive data.
 */
export function universalOptOutCovers(regime: RegimeCode | undefined, type: OptOutType): boolean {
  if (!honoursUniversalOptOut(regime)) return false;
  if (regime === "CCPA") return type === "opt_out_sale";
  const state = regime!.slice(3) as UsStateCode;
  return (US_STATE_OPT_OUTS[state]?.universalSignalCovers as readonly string[] | undefined)?.includes(type) ?? false;
}

/** The residence opt-outs are filed under when the person does not say (the portal's opt-out page is California's). */
export const OPT_OUT_DEFAULT_JURISDICTION = "US-CA";
