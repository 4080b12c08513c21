import { US_STATE_CODES, usStateRegime, type UsStateCode } from "../us-states";
import type { Jurisdiction } from "./regimes";

/** A controller established in a US state counts in the state's main time zone (the capital's). */
const US_STATE_TIME_ZONES: Record<UsStateCode, string> = {
  VA: "America/New_York",
  CO: "America/Denver",
  CT: "America/New_York",
  UT: "America/Denver",
  IA: "America/Chicago",
  OR: "America/Los_Angeles",
  TX: "America/Chicago",
  MT: "America/Denver",
  DE: "America/New_York",
  NH: "America/New_York",
  NJ: "America/New_York",
  TN: "America/Chicago",
  MN: "America/Chicago",
  MD: "America/New_York",
  IN: "America/Indiana/Indianapolis",
  KY: "America/New_York",
  RI: "America/New_York",
  NE: "America/Chicago",
};

// 27 EU member states + EEA (IS, LI, NO), ISO 3166-1 alpha-2 codes (Greece = GR, not EL): GDPR.
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

/**
 * Every residence the portal offers, with the regime that protects its residents (dsr-law.md, "Which
 * law, which calendar": EU/EEA → GDPR, GB → UK GDPR, US-CA → CCPA/CPRA, BR → LGPD, CA → PIPEDA,
 * CH → nFADP, US-VA … US-NE → that state's law, lib/domain/us-states). The same codes name a controller's establishment (CONTROLLER_COUNTRY).
 */
const JURISDICTION_LIST: Jurisdiction[] = [
  ...Object.entries(GDPR_TIME_ZONES).map(([code, timeZone]): Jurisdiction => ({
    code,
    regime: "GDPR",
    timeZone,
    holidays: { country: code },
  })),
  { code: "GB", regime: "UK_GDPR", timeZone: "Europe/London", holidays: { country: "GB", state: "ENG" } },
  { code: "US-CA", regime: "CCPA", timeZone: "America/Los_Angeles", holidays: { country: "US", state: "CA" } },
  ...US_STATE_CODES.map((state): Jurisdiction => ({
    code: `US-${state}`,
    regime: usStateRegime(state),
    timeZone: US_STATE_TIME_ZONES[state],
    holidays: { country: "US", state },
  })),
  { code: "BR", regime: "LGPD", timeZone: "America/Sao_Paulo", holidays: { country: "BR" } },
  { code: "CA", regime: "PIPEDA", timeZone: "America/Toronto", holidays: { country: "CA" } },
  { code: "CH", regime: "NFADP", timeZone: "Europe/Zurich", holidays: { country: "CH" } },
];

const JURISDICTIONS = new Map(JURISDICTION_LIST.map((j) => [j.code, j]));

export function findJurisdiction(code: string): Jurisdiction | undefined {
  return JURISDICTIONS.get(code.trim().toUpperCase());
}

export function allJurisdictions(): readonly Jurisdiction[] {
  return JURISDICTION_LIST;
}

/** Whether `code` is an EU/EEA member state (GDPR). */
export function isEuEea(code: string): boolean {
  return findJurisdiction(code)?.regime === "GDPR";
}
