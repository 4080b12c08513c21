import type { Locale } from "../locales";
import { en } from "./en";
import { fr } from "./fr";

export function messages(locale: Locale) {
  return locale === "fr" ? fr : en;
}
