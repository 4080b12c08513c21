import { listJurisdictions, OTHER_RESIDENCE, type RegimeCode } from "@/lib/domain/deadline";
import { regimeShortName } from "@/lib/domain/deadline/regime-names";
import type { Locale } from "@/lib/domain/locale";
import { US_STATE_LAWS } from "@/lib/domain/us-states";

// Where a person lives, named in the reader's language: the portal's residence choice and the staff forms.
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

const ANOTHER_COUNTRY: Record<Locale, string> = { en: "Another country", fr: "Un autre pays" };

export function residenceLabel(code: string, locale: Locale): string {
  if (code === OTHER_RESIDENCE) return ANOTHER_COUNTRY[locale];
  return SUBDIVISIONS[code]?.[locale] ?? new Intl.DisplayNames([locale], { type: "region" }).of(code) ?? code;
}

/** Every residence the portal offers, labelled in the reader's language and sorted; "another country" last. */
export function jurisdictionOptions(locale: Locale) {
  const options = listJurisdictions().map(({ code }) => ({ code, label: residenceLabel(code, locale) }));
  const listed = options.filter((o) => o.code !== OTHER_RESIDENCE);
  return [
    ...listed.sort((a, b) => a.label.localeCompare(b.label, locale)),
    ...options.filter((o) => o.code === OTHER_RESIDENCE),
  ];
}

/** The staff forms' residence choice: each place named, with its law ("Germany — GDPR", "OTHER" last). */
export function staffResidenceOptions(locale: Locale): { code: string; label: string }[] {
  const regimes = new Map(listJurisdictions().map((j) => [j.code, j.regime as RegimeCode]));
  return jurisdictionOptions(locale).map((o) => ({
    code: o.code,
    label: `${o.label} — ${regimeShortName(regimes.get(o.code)!, locale)}`,
  }));
}
