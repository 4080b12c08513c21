import { z } from "zod";
import {
  MAX_RECIPIENT_NAME,
  parseRecipientLines,
  registerRecipients,
  formatRecipient,
  type RegisterRecipient,
} from "./recipients";

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

/** Structured facts (what a use case accepts). */
export const registerFactsSchema = z.object({
  purposes: list,
  categories: list,
  recipients: z.array(recipient).max(MAX_LIST_ITEMS),
  retention: optionalText,
  source: optionalText,
}) satisfies z.ZodType<RegisterFacts, unknown>;

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
});

/** Stored jsonb → facts, tolerating rows written before validation existed. */
export function registerFactsOf(row: {
  purposes: unknown;
  categories: unknown;
  recipients: unknown;
  retention: string | null;
  source: string | null;
}): RegisterFacts {
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);
  return {
    purposes: strings(row.purposes),
    categories: strings(row.categories),
    recipients: registerRecipients(row.recipients),
    retention: row.retention,
    source: row.source,
  };
}

/** Facts → the text the edit form shows. */
export function registerFactsFormValues(facts: RegisterFacts): Record<keyof RegisterFacts, string> {
  return {
    purposes: facts.purposes.join("\n"),
    categories: facts.categories.join("\n"),
    recipients: facts.recipients.map(formatRecipient).join("\n"),
    retention: facts.retention ?? "",
    source: facts.source ?? "",
  };
}
