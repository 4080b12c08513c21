import { z } from "zod";
import { LOCALES, type Locale } from "@/lib/domain/locale";
import { MAX_RECIPIENT_NAME, MAX_RECIPIENTS, recipientName, registerRecipients } from "./recipients";

/**
 * The register's free-text facts in the subject's language: the admin writes each fact once (in any
 * language) and may add a French and an English version; what the subject reads (the access report, the
 * completion mails, the status page) quotes the version in their language, else the fact as written.
 * The system's name and its recipients' names are translated too; a recipient's e-mail address is not
 * (the recipients' versions are their names, one per line, in the order of the stored recipients).
 */
export const TRANSLATED_FIELDS = [
  "name",
  "purposes",
  "categories",
  "recipients",
  "retention",
  "source",
  "automatedDecisions",
] as const;
export type TranslatedField = (typeof TRANSLATED_FIELDS)[number];
const LIST_FIELDS = new Set<TranslatedField>(["purposes", "categories", "recipients"]);
export const isListField = (f: TranslatedField) => LIST_FIELDS.has(f);

export interface RegisterTranslation {
  name?: string;
  purposes?: string[];
  categories?: string[];
  recipients?: string[];
  retention?: string;
  source?: string;
  automatedDecisions?: string;
}
export type RegisterTranslations = Partial<Record<Locale, RegisterTranslation>>;

const MAX_ITEMS = 50;
export const MAX_SYSTEM_NAME = 200;
const item = z.string().trim().min(1).max(500, "each line must be at most 500 characters");
const text = z.string().trim().min(1).max(2000, "must be at most 2000 characters");
const recipientItem = z
  .string()
  .trim()
  .min(1)
  .max(MAX_RECIPIENT_NAME, `each name must be at most ${MAX_RECIPIENT_NAME} characters`)
  .refine((s) => !/[<>]/.test(s), "write the names only: the e-mail addresses stay those given under Recipients");
const FIELD_SCHEMAS = {
  name: z.string().trim().min(1).max(MAX_SYSTEM_NAME, `must be at most ${MAX_SYSTEM_NAME} characters`),
  purposes: z.array(item).max(MAX_ITEMS),
  categories: z.array(item).max(MAX_ITEMS),
  recipients: z.array(recipientItem).max(MAX_RECIPIENTS, `list at most ${MAX_RECIPIENTS} recipients`),
  retention: text,
  source: text,
  automatedDecisions: text,
} satisfies Record<TranslatedField, z.ZodType>;
const translationSchema = z.object({
  name: FIELD_SCHEMAS.name.optional(),
  purposes: FIELD_SCHEMAS.purposes.optional(),
  categories: FIELD_SCHEMAS.categories.optional(),
  recipients: FIELD_SCHEMAS.recipients.optional(),
  retention: FIELD_SCHEMAS.retention.optional(),
  source: FIELD_SCHEMAS.source.optional(),
  automatedDecisions: FIELD_SCHEMAS.automatedDecisions.optional(),
});
export const registerTranslationsSchema = z.object({
  fr: translationSchema.optional(),
  en: translationSchema.optional(),
}) satisfies z.ZodType<RegisterTranslations, unknown>;

/**
 * Why a version of the recipients does not fit the stored ones, or null: it must give one name per
 * recipient, in their order (a name is matched to its recipient by position).
 */
export function recipientCountProblem(names: string[] | undefined, recipients: number): string | null {
  if (names === undefined || names.length === recipients) return null;
  if (recipients === 0) return "there are no recipients to translate: list them under Recipients first";
  return `give one name per recipient, in the order of the Recipients field: ${recipients} expected, ${names.length} given`;
}

/** The edit form's field for one fact in one language, e.g. `purposes_fr`. */
export const translationFieldName = (field: TranslatedField, locale: Locale) => `${field}_${locale}`;

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

/**
 * Flat form values → translations (empty fields left out). Each field is checked on its own and a
 * refusal names the form field (`recipients_fr`), so the admin sees which version to correct;
 * `recipients` is how many recipients the form lists (the names must match them one for one).
 */
export function translationsFromForm(form: Record<string, unknown>, recipients: number): RegisterTranslations {
  const out: Record<string, Record<string, unknown>> = {};
  const issues: z.core.$ZodIssue[] = [];
  for (const l of LOCALES)
    for (const f of TRANSLATED_FIELDS) {
      const field = translationFieldName(f, l);
      const raw = form[field];
      if (typeof raw !== "string" || !raw.trim()) continue;
      const value = isListField(f) ? lines(raw) : raw.trim();
      const parsed = FIELD_SCHEMAS[f].safeParse(value);
      if (!parsed.success) {
        issues.push(...parsed.error.issues.map((i) => ({ ...i, path: [field] })));
        continue;
      }
      const problem = f === "recipients" ? recipientCountProblem(parsed.data as string[], recipients) : null;
      if (problem) issues.push({ code: "custom", message: problem, input: value, path: [field] });
      else (out[l] ??= {})[f] = parsed.data;
    }
  if (issues.length > 0) throw new z.ZodError(issues);
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

/** Facts `localised` can put in a language; the name and the recipients' names only when given. */
interface LocalisableFacts {
  name?: string;
  purposes: string[];
  categories: string[];
  recipients?: string[];
  retention: string | null;
  source: string | null;
  automatedDecisions: string | null;
}

/** The recipients' names in a version, or undefined when it does not list one per recipient. */
function recipientsIn(t: RegisterTranslation | undefined, stored: number): string[] | undefined {
  return t?.recipients && t.recipients.length === stored ? t.recipients : undefined;
}

/**
 * The facts in `locale`: each translated fact replaces the one as written. A version of the recipients
 * that no longer lists one name per stored recipient (edited since) is ignored rather than misnamed.
 */
export function localised<T extends LocalisableFacts>(facts: T, translations: RegisterTranslations, locale: Locale): T {
  const t = translations[locale];
  if (!t) return facts;
  const recipients = facts.recipients && recipientsIn(t, facts.recipients.length);
  return {
    ...facts,
    ...(facts.name !== undefined && t.name ? { name: t.name } : {}),
    ...(recipients ? { recipients } : {}),
    purposes: t.purposes ?? facts.purposes,
    categories: t.categories ?? facts.categories,
    retention: t.retention ?? facts.retention,
    source: t.source ?? facts.source,
    automatedDecisions: t.automatedDecisions ?? facts.automatedDecisions,
  };
}

/** A `data_systems` row as the subject-facing texts read it. */
interface SystemWords {
  name: string;
  recipients: unknown;
  registerTranslations?: unknown;
}

/** A system's name in `locale`: its French or English version where the admin wrote one. */
export function systemNameIn(system: Pick<SystemWords, "name" | "registerTranslations">, locale: Locale): string {
  return translationsOf(system.registerTranslations)[locale]?.name ?? system.name;
}

/** Each recipient's name as stored → its name in `locale` (the same name where no version is given). */
export function recipientNamesIn(system: SystemWords, locale: Locale): Map<string, string> {
  const names = registerRecipients(system.recipients).map(recipientName);
  const version = recipientsIn(translationsOf(system.registerTranslations)[locale], names.length);
  return new Map(names.map((n, i) => [n, version?.[i] ?? n]));
}
