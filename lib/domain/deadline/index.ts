/** Legal response deadlines for data-subject requests (GDPR, UK GDPR, CCPA/CPRA, LGPD, PIPEDA, nFADP). */
export {
  acknowledgementDue,
  clockStartsAtIdentity,
  computeDeadline,
  defaultControllerTimeZone,
  isSupportedJurisdiction,
  listJurisdictions,
  regimeForResidence,
} from "./compute";
export { DeadlineInputError } from "./errors";
export {
  addDays,
  addMonthsClamped,
  daysBetween,
  instantOnLocalDate,
  isValidLocalDate,
  isValidTimeZone,
  localDateOf,
  startOfLocalDay,
  type LocalDate,
  offsetMs,
} from "./local-date";
export { localToday } from "./local-today";
export { parseInstantOrLocalDate } from "./instant-text";
export { addBusinessDays } from "./working-days";
export type { PauseInput } from "./pauses";
export type { RegimeCode } from "./regimes";
export type { DeadlineInput, DeadlineResult, JurisdictionCode } from "./types";
export { REGIMES, rollCalendar } from "./regimes";
export { findJurisdiction, isEuEea, isListedJurisdiction, OTHER_RESIDENCE, setEstablishmentSource } from "./residences";
export {
  requestController,
  requestTimeZone,
  todayForRequest,
  todaysByTimeZone,
  type RequestCalendar,
} from "./today-for-request";
