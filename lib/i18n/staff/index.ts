import type { Locale } from "@/lib/domain/locale";
import { staffEn } from "./en";
import { staffFr } from "./fr";

/** The staff screens' words in one language; both catalogues have exactly this shape. */
export type StaffMessages = typeof staffFr;

export function staffMessages(locale: Locale | undefined): StaffMessages {
  return locale === "fr" ? staffFr : staffEn;
}

/** A label from a string-keyed part of the catalogue (statuses, audit actions), or the fallback. */
export function lookup(table: Record<string, string>, key: string, fallback: string = key): string {
  return Object.hasOwn(table, key) ? table[key]! : fallback;
}
