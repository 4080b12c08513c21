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

/**
 * A person who lives in none of the places listed. The laws protecting them are then those that follow the
 * controller's establishment, whatever the person's residence: GDPR Art. 3(1) (Recital 14: "whatever their
 * nationality or place of residence"), UK GDPR Art. 3(1), LGPD art. 3, I (processing in Brazil), PIPEDA (an
 * organisation's commercial activities in Canada), nFADP art. 3(1). A US state law protects only that state's
 * residents: a US controller's "other country" resident has no law to cite, so the residence is not offered.
 */
export const OTHER_RESIDENCE = "OTHER";
const FOLLOWS_ESTABLISHMENT = new Set(["GDPR", "UK_GDPR", "LGPD", "PIPEDA", "NFADP"]);

let establishmentOf: () => string | undefined = () => undefined;

/** Where the controller is established (CONTROLLER_COUNTRY), told by lib/env: the domain reads no environment. */
export function setEstablishmentSource(source: () => string | undefined): void {
  establishmentOf = source;
}

/** The listed place the controller is established in (a residence is not an establishment). */
export function isListedJurisdiction(code: string): boolean {
  return JURISDICTIONS.has(code.trim().toUpperCase());
}

function otherResidence(): Jurisdiction | undefined {
  const home = JURISDICTIONS.get((establishmentOf() ?? "").trim().toUpperCase());
  if (!home || !FOLLOWS_ESTABLISHMENT.has(home.regime)) return undefined;
  // The establishment's law, calendar and zone: the same as for a resident of the controller's own country.
  return { ...home, code: OTHER_RESIDENCE };
}

export function findJurisdiction(code: string): Jurisdiction | undefined {
  const c = code.trim().toUpperCase();
  return c === OTHER_RESIDENCE ? otherResidence() : JURISDICTIONS.get(c);
}

/** Every residence offered: the listed places, then "another country" where the establishment's law covers it. */
export function allJurisdictions(): readonly Jurisdiction[] {
  const other = otherResidence();
  return other ? [...JURISDICTION_LIST, other] : JURISDICTION_LIST;
}

/** Whether `code` is an EU/EEA member state (GDPR). */
export function isEuEea(code: string): boolean {
  return JURISDICTIONS.get(code.trim().toUpperCase())?.regime === "GDPR";
}
