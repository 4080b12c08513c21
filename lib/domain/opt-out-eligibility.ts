import type { RegimeCode } from "./deadline/regimes";
import { regimeGrants } from "./rights";
import { usStateLaw } from "./us-states";
import { OPT_OUT_TYPES, type OptOutType } from "./vocabulary";

/**
 * Which opt-out request types a person protected by `regime` is offered: those of the request types the
 * product files that the regime grants (rights.ts). CCPA: sale/sharing (Cal. Civ. Code § 1798.120) and the
 * sensitive-data limit (§ 1798.121); the other states' laws: the opt-out of sale (each state's record in
 * lib/domain/us-states cites it). Their opt-outs of targeted advertising and profiling are rights keys
 * the portal names but not yet request types of their own.
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

/** The residence opt-outs are filed under when the person does not say (the portal's opt-out page is California's). */
export const OPT_OUT_DEFAULT_JURISDICTION = "US-CA";
