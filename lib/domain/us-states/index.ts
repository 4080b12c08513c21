import { LAWS_A } from "./laws-east";
import { LAWS_C } from "./laws-mid";
import { LAWS_B } from "./laws-west";
import { REFUSAL_DAYS } from "./refusal-days";
import { US_STATE_CODES, type UsStateCode, type UsStateLaw, type UsStateRegimeCode } from "./types";

export { RIGHT_KEYS, US_STATE_CODES } from "./types";
export { STATE_OPT_OUT_KINDS, US_STATE_OPT_OUTS, type StateOptOutKind } from "./opt-outs";
export { PROFILING_QUESTION_CITES } from "./profiling-question";
export type { RightKey, UsStateCode, UsStateLaw, UsStateRegimeCode } from "./types";

export const US_STATE_LAWS: Readonly<Record<UsStateCode, UsStateLaw>> = Object.fromEntries(
  [...LAWS_A, ...LAWS_C, ...LAWS_B].map((record) => {
    const refusal = REFUSAL_DAYS[record.state];
    const unconfirmed = refusal.unconfirmed ? [...record.unconfirmed, refusal.unconfirmed] : record.unconfirmed;
    return [record.state, { ...record, refusalDays: refusal.days, unconfirmed }];
  }),
) as Record<UsStateCode, UsStateLaw>;

/** "US_VA" for Virginia: the regime code a resident of the state is protected by. */
export function usStateRegime(state: UsStateCode): UsStateRegimeCode {
  return `US_${state}`;
}

export const US_STATE_REGIMES: readonly UsStateRegimeCode[] = US_STATE_CODES.map(usStateRegime);

/** The state law behind a regime code ("US_VA" → Virginia's), or undefined for any other regime. */
export function usStateLaw(regime: string): UsStateLaw | undefined {
  if (!regime.startsWith("US_")) return undefined;
  return (US_STATE_LAWS as Record<string, UsStateLaw | undefined>)[regime.slice(3)];
}

/**
 * Where the law gives "a reasonable period" to appeal, the portal keeps the appeal open this many days
 * after the refusal (product decision: the longest decision period any state sets, so no consumer is
 * cut short; staff can still accept a later appeal by hand).
 */
export const DEFAULT_APPEAL_WINDOW_DAYS = 60;
