import { z } from "zod";
import type { Locale } from "./locale";

/**
 * Words written by the controller in configuration (a legal hold's ground and reason): either one text
 * for every reader, or one per language so that a French subject reads French.
 */
export type TextInLanguages = string | Record<Locale, string>;

export const textInLanguagesSchema = z.union([
  z.string().min(1),
  z.object({ en: z.string().min(1), fr: z.string().min(1) }),
]) satisfies z.ZodType<TextInLanguages>;

export function textIn(text: TextInLanguages | undefined, locale: Locale): string {
  if (text === undefined) return "";
  return typeof text === "string" ? text : text[locale];
}
