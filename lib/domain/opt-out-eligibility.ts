import type { RegimeCode } from "./deadline/regimes";
import { OPT_OUT_TYPES, type OptOutType } from "./vocabulary";

/**
 * Which opt-out request types a person protected by `regime` is offered. Today only the CCPA/CPRA
 * grants them (Cal. Civ. Code § 1798.120 sale/sharing, § 1798.121 sensitive data); the other US states'
 * opt-outs arrive with their regimes, and this then reads the per-regime rights table instead.
 */
export function optOutTypesFor(regime: RegimeCode | undefined): readonly OptOutType[] {
  return regime === "CCPA" ? OPT_OUT_TYPES : [];
}

/** The residence opt-outs are filed under when the person does not say (the portal's opt-out page is California's). */
export const OPT_OUT_DEFAULT_JURISDICTION = "US-CA";
