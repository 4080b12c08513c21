/** Legal response deadlines for data-subject requests (GDPR, UK GDPR, CCPA/CPRA, LGPD, PIPEDA, nFADP). */
export { computeDeadline, isSupportedJurisdiction, listJurisdictions } from "./compute";
export { DeadlineInputError } from "./errors";
export {
  addDays,
  addMonthsClamped,
  daysBetween,
  instantOnLocalDate,
  isValidLocalDate,
  isValidTimeZone,
  localDateOf,
  type LocalDate,
} from "./local-date";
export { parseInstantOrLocalDate } from "./instant-text";
export { addBusinessDays } from "./working-days";
export type { PauseInput } from "./pauses";
export type { RegimeCode } from "./regimes";
export type { DeadlineInput, DeadlineResult, JurisdictionCode } from "./types";
export { REGIMES, findJurisdiction } from "./regimes";
export { requestTimeZone, todayForRequest, todaysByJurisdiction } from "./today-for-request";
