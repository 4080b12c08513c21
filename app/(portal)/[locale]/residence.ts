import { listJurisdictions, regimeForResidence, type RegimeCode } from "@/lib/domain/deadline";
import type { Locale } from "@/lib/domain/locale";
import { US_STATE_LAWS } from "@/lib/domain/us-states";

// French differs from English for one state name only (Virginie).
const FRENCH_STATE_NAMES: Record<string, string> = { VA: "Virginie" };
const SUBDIVISIONS: Record<string, Record<Locale, string>> = {
  "US-CA": { en: "California (United States)", fr: "Californie (États-Unis)" },
  ...Object.fromEntries(
    Object.values(US_STATE_LAWS).map((law) => [
      `US-${law.state}`,
      { en: `${law.name} (United States)`, fr: `${FRENCH_STATE_NAMES[law.state] ?? law.name} (États-Unis)` },
    ]),
  ),
};

export function residenceLabel(code: string, locale: Locale): string {
  return SUBDIVISIONS[code]?.[locale] ?? new Intl.DisplayNames([locale], { type: "region" }).of(code) ?? code;
}

/** Every residence the portal offers, labelled in the reader's language and sorted. */
export function jurisdictionOptions(locale: Locale) {
  return listJurisdictions()
    .map(({ code }) => ({ code, label: residenceLabel(code, locale) }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
}

/**
 * The residence the person told us (?residence=US-CA; the regime spelling US_CA is read the same), if it is
 * one we know; else null (neutral wording).
 */
export function chosenResidence(param: string | string[] | undefined): { code: string; regime: RegimeCode } | null {
  const code = typeof param === "string" ? param.trim().toUpperCase().replace(/^US_/, "US-") : "";
  const regime = code ? regimeForResidence(code) : undefined;
  return regime ? { code, regime } : null;
}
