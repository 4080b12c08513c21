import { REGIMES, regimeForResidence, type RegimeCode } from "@/lib/domain/deadline";
import { controllerProfile } from "@/lib/env";
import type { RegimeParams } from "./types";

/** The requester's regime as recorded (a value outside the table falls back to the one its residence gives). */
export function regimeOfRequest(r: { regime: string; jurisdiction: string }): RegimeCode {
  if (r.regime in REGIMES) return r.regime as RegimeCode;
  return regimeForResidence(r.jurisdiction) ?? "GDPR";
}

/** What every law-bearing mail needs about a request: its regime, the residence (Art. 77), the lead authority. */
export function regimeMailParams(r: { regime: string; jurisdiction: string }): RegimeParams {
  const { authority } = controllerProfile();
  return {
    regime: regimeOfRequest(r),
    residence: r.jurisdiction,
    authorityName: authority.name,
    authorityUrl: authority.url,
  };
}
