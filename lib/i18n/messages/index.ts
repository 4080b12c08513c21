import type { Locale } from "@/lib/domain/locale";
import { en } from "./en";
import { fr } from "./fr";

/** The portal's words in one language; both dictionaries have exactly this shape. */
export type Messages = typeof fr;

export function messages(locale: Locale): Messages {
  return locale === "fr" ? fr : en;
}
