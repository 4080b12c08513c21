/** The legal regimes and the jurisdictions (with their default controller time zone) that use them. */

export type RegimeCode = "GDPR" | "UK_GDPR" | "CCPA" | "LGPD" | "PIPEDA" | "NFADP";

export interface Period {
  unit: "month" | "day";
  amount: number;
}

export interface RegimeRule {
  code: RegimeCode;
  /** Response period, counted from the day after receipt. */
  period: Period;
  /** Total period when extended, counted from receipt (not from the first deadline); null = no extension. */
  extension: Period | null;
  /** Whether a period ending on a weekend/public holiday moves to the next working day (rule 4). */
  rollsToWorkingDay: boolean;
  /** True when "no roll-forward" is our product decision rather than the text of the law. */
  noRollIsProductDecision: boolean;
  clockStopAllowed: boolean;
  /** Business days (weekdays) within which receipt must be confirmed; null = no such duty. */
  acknowledgeWithinBusinessDays: number | null;
}

export const REGIMES: Record<RegimeCode, RegimeRule> = {
  GDPR: {
    code: "GDPR",
    period: { unit: "month", amount: 1 },
    extension: { unit: "month", amount: 3 },
    rollsToWorkingDay: true,
    noRollIsProductDecision: false,
    clockStopAllowed: true,
    acknowledgeWithinBusinessDays: null,
  },
  UK_GDPR: {
    code: "UK_GDPR",
    period: { unit: "month", amount: 1 },
    extension: { unit: "month", amount: 3 },
    rollsToWorkingDay: true,
    noRollIsProductDecision: false,
    clockStopAllowed: true,
    acknowledgeWithinBusinessDays: null,
  },
  CCPA: {
    code: "CCPA",
    period: { unit: "day", amount: 45 },
    extension: { unit: "day", amount: 90 },
    rollsToWorkingDay: false,
    noRollIsProductDecision: false,
    clockStopAllowed: false,
    // Product decision: weekdays only, California state holidays are not excluded.
    acknowledgeWithinBusinessDays: 10,
  },
  LGPD: {
    code: "LGPD",
    period: { unit: "day", amount: 15 },
    extension: null,
    rollsToWorkingDay: false,
    noRollIsProductDecision: true,
    clockStopAllowed: false,
    acknowledgeWithinBusinessDays: null,
  },
  PIPEDA: {
    code: "PIPEDA",
    period: { unit: "day", amount: 30 },
    extension: { unit: "day", amount: 60 },
    rollsToWorkingDay: false,
    noRollIsProductDecision: true,
    clockStopAllowed: false,
    acknowledgeWithinBusinessDays: null,
  },
  NFADP: {
    code: "NFADP",
    period: { unit: "day", amount: 30 },
    // The nFADP only requires notifying the subject of a new date: no computable extended deadline.
    extension: null,
    rollsToWorkingDay: false,
    noRollIsProductDecision: true,
    clockStopAllowed: false,
    acknowledgeWithinBusinessDays: null,
  },
};

export interface HolidayCalendarRef {
  country: string;
  state?: string;
}

export interface Jurisdiction {
  code: string;
  regime: RegimeCode;
  timeZone: string;
  /** Public holidays that stop a period ending (only used by regimes that roll forward). */
  holidays: HolidayCalendarRef | null;
}

// 27 EU member states + EEA (IS, LI, NO), ISO 3166-1 alpha-2 codes (Greece = GR, not EL).
const GDPR_TIME_ZONES: Record<string, string> = {
  AT: "Europe/Vienna",
  BE: "Europe/Brussels",
  BG: "Europe/Sofia",
  HR: "Europe/Zagreb",
  CY: "Asia/Nicosia",
  CZ: "Europe/Prague",
  DK: "Europe/Copenhagen",
  EE: "Europe/Tallinn",
  FI: "Europe/Helsinki",
  FR: "Europe/Paris",
  DE: "Europe/Berlin",
  GR: "Europe/Athens",
  HU: "Europe/Budapest",
  IE: "Europe/Dublin",
  IT: "Europe/Rome",
  LV: "Europe/Riga",
  LT: "Europe/Vilnius",
  LU: "Europe/Luxembourg",
  MT: "Europe/Malta",
  NL: "Europe/Amsterdam",
  PL: "Europe/Warsaw",
  PT: "Europe/Lisbon",
  RO: "Europe/Bucharest",
  SK: "Europe/Bratislava",
  SI: "Europe/Ljubljana",
  ES: "Europe/Madrid",
  SE: "Europe/Stockholm",
  IS: "Atlantic/Reykjavik",
  LI: "Europe/Vaduz",
  NO: "Europe/Oslo",
};

const JURISDICTION_LIST: Jurisdiction[] = [
  ...Object.entries(GDPR_TIME_ZONES).map(([code, timeZone]): Jurisdiction => ({
    code,
    regime: "GDPR",
    timeZone,
    holidays: { country: code },
  })),
  { code: "GB", regime: "UK_GDPR", timeZone: "Europe/London", holidays: { country: "GB", state: "ENG" } },
  { code: "US-CA", regime: "CCPA", timeZone: "America/Los_Angeles", holidays: null },
  { code: "BR", regime: "LGPD", timeZone: "America/Sao_Paulo", holidays: null },
  { code: "CA", regime: "PIPEDA", timeZone: "America/Toronto", holidays: null },
  { code: "CH", regime: "NFADP", timeZone: "Europe/Zurich", holidays: null },
];

const JURISDICTIONS = new Map(JURISDICTION_LIST.map((j) => [j.code, j]));

export function findJurisdiction(code: string): Jurisdiction | undefined {
  return JURISDICTIONS.get(code.trim().toUpperCase());
}

export function allJurisdictions(): readonly Jurisdiction[] {
  return JURISDICTION_LIST;
}
