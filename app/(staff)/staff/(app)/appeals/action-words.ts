import type { Locale } from "@/lib/domain/locale";
import { fill } from "@/lib/i18n/fill";
import { formatStaffDay } from "@/lib/i18n/staff/format-day";

const WORDS = {
  en: {
    decided: "Decision recorded; the person is told.",
    alreadyDecided: "This appeal was already decided.",
    extended: "Decision date moved to {date} ({zone}); the person is told.",
    alreadyExtended: "This appeal was already extended.",
  },
  fr: {
    decided: "Décision enregistrée ; la personne est prévenue.",
    alreadyDecided: "Cet appel avait déjà été tranché.",
    extended: "Date de décision reportée au {date} ({zone}) ; la personne est prévenue.",
    alreadyExtended: "Le délai de décision de cet appel avait déjà été prolongé.",
  },
} as const;

/** What the appeal actions answer, in the member's language (their form shows it and the page announces it). */
export function appealDecisionMessage(decided: boolean, locale: Locale | undefined): string {
  const w = WORDS[locale === "fr" ? "fr" : "en"];
  return decided ? w.decided : w.alreadyDecided;
}

/** The extension's answer: the new date as the member's panels write it, its zone named. */
export function appealExtensionMessage(
  out: { extended: boolean; decideBy?: string | null },
  locale: Locale | undefined,
  timeZone: string,
): string {
  const w = WORDS[locale === "fr" ? "fr" : "en"];
  if (!out.extended) return w.alreadyExtended;
  return fill(w.extended, { date: formatStaffDay(out.decideBy ?? "", locale), zone: timeZone });
}
