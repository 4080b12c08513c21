import { z } from "zod";
import type { Locale } from "@/lib/domain/locale";

type Issue = z.core.$ZodRawIssue;
type Words = {
  required: string;
  wrongType: string;
  atLeastChars: string;
  atMostChars: string;
  atLeast: string;
  atMost: string;
  atLeastItems: string;
  atMostItems: string;
  email: string;
  id: string;
  url: string;
  date: string;
  format: string;
  oneOf: string;
};

const WORDS: Record<Locale, Words> = {
  en: {
    required: "is required",
    wrongType: "has the wrong type",
    atLeastChars: "must have at least {n} characters",
    atMostChars: "must have at most {n} characters",
    atLeast: "must be at least {n}",
    atMost: "must be at most {n}",
    atLeastItems: "choose at least {n}",
    atMostItems: "at most {n} at once",
    email: "must be a valid e-mail address",
    id: "is not a valid id",
    url: "must be a valid web address",
    date: "must be a date",
    format: "has the wrong format",
    oneOf: "must be one of {values}",
  },
  fr: {
    required: "est obligatoire",
    wrongType: "n'a pas le bon type",
    atLeastChars: "doit contenir au moins {n} caractères",
    atMostChars: "doit contenir au plus {n} caractères",
    atLeast: "doit valoir au moins {n}",
    atMost: "doit valoir au plus {n}",
    atLeastItems: "choisissez-en au moins {n}",
    atMostItems: "au plus {n} à la fois",
    email: "doit être une adresse e-mail valide",
    id: "n'est pas un identifiant valide",
    url: "doit être une adresse web valide",
    date: "doit être une date",
    format: "n'a pas le bon format",
    oneOf: "doit être l'une des valeurs : {values}",
  },
};

const put = (s: string, n: unknown) => s.replace("{n}", String(n));

function sizeReason(w: Words, issue: Issue & { origin?: string }, least: boolean, bound: unknown): string {
  if (issue.origin === "string")
    return least && Number(bound) === 1 ? w.required : put(least ? w.atLeastChars : w.atMostChars, bound);
  if (issue.origin === "array" || issue.origin === "set") return put(least ? w.atLeastItems : w.atMostItems, bound);
  return put(least ? w.atLeast : w.atMost, bound);
}

function formatReason(w: Words, format: string): string {
  if (format === "email") return w.email;
  if (format === "uuid" || format === "guid") return w.id;
  if (format === "url") return w.url;
  if (format === "date" || format === "datetime") return w.date;
  return w.format;
}

/**
 * Reasons for zod's own issues (a schema's explicit `error` wins over these), worded for people in the
 * staff member's language: "est obligatoire", "doit contenir au plus 5000 caractères". Anything not
 * covered falls back to zod's own locale for that language.
 */
export function staffZodErrorMap(locale: Locale | undefined): z.core.$ZodErrorMap {
  const lang: Locale = locale === "fr" ? "fr" : "en";
  const w = WORDS[lang];
  const fallback = (lang === "fr" ? z.locales.fr() : z.locales.en()).localeError;
  return (issue) => {
    switch (issue.code) {
      case "invalid_type":
        return issue.input === undefined || issue.input === null || issue.input === "" ? w.required : w.wrongType;
      case "too_small":
        return sizeReason(w, issue, true, issue.minimum);
      case "too_big":
        return sizeReason(w, issue, false, issue.maximum);
      case "invalid_format":
        return formatReason(w, issue.format);
      case "invalid_value":
        return w.oneOf.replace("{values}", issue.values.map(String).join(", "));
      default:
        return fallback(issue);
    }
  };
}
