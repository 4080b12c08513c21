import { z } from "zod";
import { LOCALES, type Locale } from "@/lib/domain/locale";

/**
 * The register's free-text facts in the subject's language: the admin writes each fact once (in any
 * language) and may add a French and an English version; the access report quotes the version in
 * the subject's language, else the fact as written.
 */
export const TRANSLATED_FIELDS = ["purposes", "categories", "retention", "source", "automatedDecisions"] as const;
type Field = (typeof TRANSLATED_FIELDS)[number];
const LIST_FIELDS = new Set<Field>(["purposes", "categories"]);

export interface RegisterTranslation {
  purposes?: string[];
  categories?: string[];
  retention?: string;
  source?: string;
  automatedDecisions?: string;
}
export type RegisterTranslations = Partial<Record<Locale, RegisterTranslation>>;

const MAX_ITEMS = 50;
const item = z.string().trim().min(1).max(500, "each line must be at most 500 characters");
const text = z.string().trim().min(1).max(2000, "must be at most 2000 characters");
const translationSchema = z.object({
  purposes: z.array(item).max(MAX_ITEMS).optional(),
  categories: z.array(item).max(MAX_ITEMS).optional(),
  retention: text.optional(),
  source: text.optional(),
  automatedDecisions: text.optional(),
});
export const registerTranslationsSchema = z.object({
  fr: translationSchema.optional(),
  en: translationSchema.optional(),
}) satisfies z.ZodType<RegisterTranslations, unknown>;

/** The edit form's field for one fact in one language, e.g. `purposes_fr`. */
export const translationFieldName = (field: Field, locale: Locale) => `${field}_${locale}`;

const formText = z
  .string()
  .max(MAX_ITEMS * 502)
  .default("");
/** Flat form fields (`purposes_fr`, `retention_en`…), to extend the edit form's schema with. */
export const translationFormShape = Object.fromEntries(
  LOCALES.flatMap((l) => TRANSLATED_FIELDS.map((f) => [translationFieldName(f, l), formText])),
) as Record<string, typeof formText>;

const lines = (s: string) =>
  s
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

/** Flat form values → translations (empty fields left out), checked against the stored schema. */
export function translationsFromForm(form: Record<string, unknown>): RegisterTranslations {
  const out: Record<string, Record<string, unknown>> = {};
  for (const l of LOCALES)
    for (const f of TRANSLATED_FIELDS) {
      const raw = form[translationFieldName(f, l)];
      if (typeof raw !== "string" || !raw.trim()) continue;
      (out[l] ??= {})[f] = LIST_FIELDS.has(f) ? lines(raw) : raw.trim();
    }
  return registerTranslationsSchema.parse(out);
}

/** Stored jsonb → translations, dropping anything malformed. */
export function translationsOf(value: unknown): RegisterTranslations {
  const parsed = registerTranslationsSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : {};
}

/** Translations → the edit form's text per flat field. */
export function translationFormValues(t: RegisterTranslations): Record<string, string> {
  const out: Record<string, string> = {};
  for (const l of LOCALES)
    for (const f of TRANSLATED_FIELDS) {
      const v = t[l]?.[f];
      out[translationFieldName(f, l)] = Array.isArray(v) ? v.join("\n") : (v ?? "");
    }
  return out;
}

/** The facts in `locale`: each translated fact replaces the one as written. */
export function localised<
  T extends {
    purposes: string[];
    categories: string[];
    retention: string | null;
    source: string | null;
    automatedDecisions: string | null;
  },
>(facts: T, translations: RegisterTranslations, locale: Locale): T {
  const t = translations[locale];
  if (!t) return facts;
  return {
    ...facts,
    purposes: t.purposes ?? facts.purposes,
    categories: t.categories ?? facts.categories,
    retention: t.retention ?? facts.retention,
    source: t.source ?? facts.source,
    automatedDecisions: t.automatedDecisions ?? facts.automatedDecisions,
  };
}
