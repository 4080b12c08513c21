import { z } from "zod";
import {
  MAX_RECIPIENT_NAME,
  parseRecipientLines,
  registerRecipients,
  formatRecipient,
  type RegisterRecipient,
} from "./recipients";
import {
  LEGAL_BASES,
  TRANSFER_SAFEGUARDS,
  isLegalBasis,
  isTransferSafeguard,
  type LegalBasis,
  type RegisterTransfer,
} from "@/lib/domain/register";
import { parseTransferLines, formatTransfer } from "./transfers";
import {
  recipientCountProblem,
  registerTranslationsSchema,
  translationFormShape,
  translationFormValues,
  translationsOf,
  type RegisterTranslations,
} from "./register-translations";

export const MAX_LIST_ITEMS = 50;
export const MAX_ITEM_LENGTH = 500;
export const MAX_TEXT_LENGTH = 2000;

/** The processing-register facts of one system, as stored on `data_systems` and quoted by the access report. */
export interface RegisterFacts {
  purposes: string[];
  categories: string[];
  recipients: RegisterRecipient[];
  retention: string | null;
  source: string | null;
  /** Art. 6(1) legal bases of the processing in this system. */
  legalBases: LegalBasis[];
  /** Automated decisions (Art. 22) with their logic and consequences; null: none are made. */
  automatedDecisions: string | null;
  /** Transfers to third countries and their safeguards (Art. 15(2)). */
  transfers: RegisterTransfer[];
  /** French and English versions of the free-text facts (register-translations.ts). */
  registerTranslations: RegisterTranslations;
}

const item = z.string().trim().min(1).max(MAX_ITEM_LENGTH, `each line must be at most ${MAX_ITEM_LENGTH} characters`);
const list = z
  .array(item)
  .max(MAX_LIST_ITEMS, `list at most ${MAX_LIST_ITEMS} lines`)
  .refine((xs) => new Set(xs.map((x) => x.toLowerCase())).size === xs.length, "a line is listed twice");
const recipient = z.union([
  z.string().trim().min(1).max(MAX_RECIPIENT_NAME),
  z.object({ name: z.string().trim().min(1).max(MAX_RECIPIENT_NAME), email: z.email().optional() }),
]);
const optionalText = z
  .string()
  .trim()
  .max(MAX_TEXT_LENGTH, `must be at most ${MAX_TEXT_LENGTH} characters`)
  .nullable()
  .transform((s) => (s ? s : null));

const transferSchema = z.object({
  country: z
    .string()
    .trim()
    .regex(/^[A-Z]{2}$/, "the country must be a two-letter ISO code such as US"),
  recipient: z.string().trim().min(1).max(MAX_RECIPIENT_NAME),
  safeguard: z.enum(TRANSFER_SAFEGUARDS),
  detail: z.string().trim().max(MAX_ITEM_LENGTH).optional(),
});

/**
 * Structured facts (what a use case accepts). A version of the recipients must list one name per
 * recipient: the names are matched to the stored recipients by position.
 */
export const registerFactsSchema = z
  .object({
    purposes: list,
    categories: list,
    recipients: z.array(recipient).max(MAX_LIST_ITEMS),
    retention: optionalText,
    source: optionalText,
    legalBases: z.array(z.enum(LEGAL_BASES)).max(LEGAL_BASES.length).default([]),
    automatedDecisions: optionalText.default(null),
    transfers: z.array(transferSchema).max(MAX_LIST_ITEMS).default([]),
    registerTranslations: registerTranslationsSchema.default({}),
  })
  .superRefine((facts, ctx) => {
    for (const [locale, t] of Object.entries(facts.registerTranslations)) {
      const problem = recipientCountProblem(t?.recipients, facts.recipients.length);
      if (problem)
        ctx.addIssue({ code: "custom", message: problem, path: ["registerTranslations", locale, "recipients"] });
    }
  }) satisfies z.ZodType<RegisterFacts, unknown>;
export type RegisterFactsInput = z.input<typeof registerFactsSchema>;

const lines = (s: string) =>
  s
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

const linesField = z
  .string()
  .max(MAX_LIST_ITEMS * (MAX_ITEM_LENGTH + 2))
  .default("")
  .transform(lines)
  .pipe(list);

const recipientsField = z
  .string()
  .max(MAX_LIST_ITEMS * 400)
  .default("")
  .transform((text, ctx) => {
    const parsed = parseRecipientLines(text);
    if (parsed.ok) return parsed.recipients;
    ctx.addIssue({
      code: "custom",
      message: parsed.errors.map((e) => (e.line > 0 ? `line ${e.line}: ${e.message}` : e.message)).join("; "),
    });
    return z.NEVER;
  });

const transfersField = z
  .string()
  .max(MAX_LIST_ITEMS * 800)
  .default("")
  .transform((text, ctx) => {
    const parsed = parseTransferLines(text);
    if (parsed.ok) return parsed.transfers;
    ctx.addIssue({ code: "custom", message: parsed.errors.map((e) => `line ${e.line}: ${e.message}`).join("; ") });
    return z.NEVER;
  });

const textField = z
  .string()
  .default("")
  .transform((s) => s.trim())
  .pipe(z.string().max(MAX_TEXT_LENGTH, `must be at most ${MAX_TEXT_LENGTH} characters`))
  .transform((s) => (s ? s : null));

/** The edit form: lists one item per line, recipients as `Name <address>` or `Name`. */
export const registerFactsFormSchema = z.object({
  purposes: linesField,
  categories: linesField,
  recipients: recipientsField,
  retention: textField,
  source: textField,
  // Checkboxes: absent when none is ticked, a string when one is, an array when several are.
  legalBases: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
    .pipe(z.array(z.enum(LEGAL_BASES, "choose legal bases from the list"))),
  automatedDecisions: textField,
  transfers: transfersField,
  // Flat `purposes_fr`… fields; the action turns them into `registerTranslations` (translationsFromForm).
  ...translationFormShape,
});

/** Stored jsonb → facts, tolerating rows written before validation existed. */
export function registerFactsOf(row: {
  purposes: unknown;
  categories: unknown;
  recipients: unknown;
  retention: string | null;
  source: string | null;
  legalBases?: unknown;
  automatedDecisions?: string | null;
  transfers?: unknown;
  registerTranslations?: unknown;
}): RegisterFacts {
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);
  return {
    purposes: strings(row.purposes),
    categories: strings(row.categories),
    recipients: registerRecipients(row.recipients),
    retention: row.retention,
    source: row.source,
    legalBases: Array.isArray(row.legalBases) ? row.legalBases.filter(isLegalBasis) : [],
    automatedDecisions: row.automatedDecisions ?? null,
    transfers: Array.isArray(row.transfers) ? row.transfers.filter(isStoredTransfer) : [],
    registerTranslations: translationsOf(row.registerTranslations),
  };
}

function isStoredTransfer(v: unknown): v is RegisterTransfer {
  if (typeof v !== "object" || v === null) return false;
  const t = v as Record<string, unknown>;
  return typeof t.country === "string" && typeof t.recipient === "string" && isTransferSafeguard(t.safeguard);
}

/** Facts → the text the edit form shows. */
export function registerFactsFormValues(facts: RegisterFacts): Record<
  Exclude<keyof RegisterFacts, "legalBases" | "registerTranslations">,
  string
> & {
  legalBases: LegalBasis[];
  translations: Record<string, string>;
} {
  return {
    purposes: facts.purposes.join("\n"),
    categories: facts.categories.join("\n"),
    recipients: facts.recipients.map(formatRecipient).join("\n"),
    retention: facts.retention ?? "",
    source: facts.source ?? "",
    legalBases: facts.legalBases,
    automatedDecisions: facts.automatedDecisions ?? "",
    transfers: facts.transfers.map(formatTransfer).join("\n"),
    translations: translationFormValues(facts.registerTranslations),
  };
}
