import { listJurisdictions, OTHER_RESIDENCE, regimeForResidence, type RegimeCode } from "@/lib/domain/deadline";
import { regimeName } from "@/lib/domain/deadline/regime-names";
import type { Locale } from "@/lib/domain/locale";
import { fill } from "@/lib/i18n/fill";
import { REGIME_RIGHTS_WORDS } from "@/lib/i18n/messages/regime-rights";
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

/** "Your rights as a resident of …", or for another country the law that follows our establishment. */
export function rightsForText(residence: { code: string; regime: RegimeCode }, locale: Locale): string {
  const w = REGIME_RIGHTS_WORDS[locale];
  return residence.code === OTHER_RESIDENCE
    ? fill(w.rightsForOther, { law: regimeName(residence.regime, locale) })
    : fill(w.rightsFor, { place: residenceLabel(residence.code, locale) });
}

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

/**
 * The residence the person told us (?residence=US-CA; the regime spelling US_CA is read the same), if it is
 * one we know; else null (neutral wording).
 */
export function chosenResidence(param: string | string[] | undefined): { code: string; regime: RegimeCode } | null {
  const code = typeof param === "string" ? param.trim().toUpperCase().replace(/^US_/, "US-") : "";
  const regime = code ? regimeForResidence(code) : undefined;
  return regime ? { code, regime } : null;
}
