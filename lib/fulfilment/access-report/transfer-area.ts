import { isEuEea } from "@/lib/domain/deadline";
import type { Locale } from "@/lib/domain/locale";

type Area = { heading: string; none: string };
const AREAS: Record<string, Record<Locale, Area>> = {
  EU: { en: { heading: "the EU/EEA", none: "the EU/EEA" }, fr: { heading: "de l'UE/EEE", none: "dans l'UE/EEE" } },
  GB: { en: { heading: "the UK", none: "the UK" }, fr: { heading: "du Royaume-Uni", none: "au Royaume-Uni" } },
  CH: { en: { heading: "Switzerland", none: "Switzerland" }, fr: { heading: "de Suisse", none: "en Suisse" } },
  BR: { en: { heading: "Brazil", none: "Brazil" }, fr: { heading: "du Brésil", none: "au Brésil" } },
  CA: { en: { heading: "Canada", none: "Canada" }, fr: { heading: "du Canada", none: "au Canada" } },
  US: {
    en: { heading: "the United States", none: "the United States" },
    fr: { heading: "des États-Unis", none: "aux États-Unis" },
  },
};

/**
 * The area the register's transfers leave: the controller's establishment (a French shop's transfers are out of
 * the EU/EEA), whoever asks. Named after the person's residence, a Virginian's report listed a US recipient as a
 * transfer "outside the United States".
 */
export function transferArea(controllerCountry: string, locale: Locale): Area {
  const key = isEuEea(controllerCountry) ? "EU" : controllerCountry.startsWith("US") ? "US" : controllerCountry;
  return (AREAS[key] ?? AREAS.EU!)[locale];
}
