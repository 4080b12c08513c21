import type { Locale } from "@/lib/domain/locale";

/** The compact home's own words (the rights' names and descriptions are the portal catalogue's). */
export const PORTAL_HOME = {
  en: {
    lead: "Free of charge. Choose a right to open its short form.",
  },
  fr: {
    lead: "C'est gratuit. Choisissez un droit pour ouvrir son court formulaire.",
  },
} satisfies Record<Locale, Record<string, string>>;
