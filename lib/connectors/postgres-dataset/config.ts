import { z } from "zod";
import { textInLanguagesSchema } from "@/lib/domain/text-in-languages";

const identifier = z.string().regex(/^[a-z_][a-z0-9_]*$/, "must be a plain lower-case SQL identifier");
const qualified = z.string().regex(/^[a-z_][a-z0-9_]*\.[a-z_][a-z0-9_]*$/, "must be schema.table");

const strategy = z.union([z.enum(["delete", "null", "hash", "keep"]), z.object({ fixed: z.string() })]);

/** Words shown to the subject (access report) in each language, instead of table and column names. */
const localText = z.object({ en: z.string().min(1), fr: z.string().min(1) });

const field = z.object({
  category: z.string().min(1),
  label: localText.optional(),
  /** How the access report writes the value: money in minor units uses the row's `currency` column. */
  format: z.enum(["date", "datetime", "money_cents", "boolean"]).optional(),
  erasure: strategy.default("keep"),
  /** The subject may ask to rectify this field (rectification maps requests onto it). */
  rectifiable: z.boolean().default(false),
});

const table = z
  .object({
    name: qualified,
    primaryKey: identifier.default("id"),
    category: z.string().min(1),
    title: localText.optional(),
    providedBySubject: z.boolean().default(false),
    /** Columns that identify the subject directly (looked up with the subject's e-mail / account id). */
    identity: z.object({ email: identifier.optional(), accountId: identifier.optional() }).optional(),
    /** Or: rows reached from a parent table through a foreign key. */
    via: z.object({ column: identifier, parent: qualified, parentColumn: identifier.default("id") }).optional(),
    fields: z.record(identifier, field),
    /** Rows kept by law (e.g. invoices for 10 years): erasure anonymises the person, keeps the rest. */
    legalHold: z.object({ exemption: textInLanguagesSchema, reason: textInLanguagesSchema }).optional(),
    restrictionFlag: identifier.optional(),
    marketingFlag: identifier.optional(),
    /** CCPA opt-outs: boolean columns set to true ("do not sell or share", "limit sensitive data use"). */
    saleOptOutFlag: identifier.optional(),
    limitSensitiveFlag: identifier.optional(),
    /** The state laws' opt-outs: targeted advertising, profiling, sensitive data (Utah, Iowa). */
    targetedAdsOptOutFlag: identifier.optional(),
    profilingOptOutFlag: identifier.optional(),
    sensitiveOptOutFlag: identifier.optional(),
  })
  .refine(
    (t) => Boolean(t.identity) !== Boolean(t.via),
    "a table is reached either by identity columns or via a parent, not both",
  );

export const datasetSchema = z.object({
  key: z.string().min(1),
  description: z.string().default(""),
  tables: z.array(table).min(1),
  /**
   * Identity verification beyond e-mail (CCPA, 11 CCR § 7062): the data points a person may give, each
   * compared with a column of the subject's rows (matched or not, never revealed).
   */
  matchPoints: z
    .record(z.string().regex(/^[a-zA-Z]+$/), z.object({ table: qualified, column: identifier }))
    .default({}),
});

export type DatasetConfig = z.infer<typeof datasetSchema>;
export type DatasetTable = DatasetConfig["tables"][number];

/** Parses a dataset file and checks that every `via` parent is declared before its children. */
export function parseDataset(raw: unknown): DatasetConfig {
  const config = datasetSchema.parse(raw);
  const seen = new Set<string>();
  for (const t of config.tables) {
    if (t.via && !seen.has(t.via.parent))
      throw new Error(
        `dataset ${config.key}: ${t.name} is reached via ${t.via.parent}, which must be declared before it`,
      );
    seen.add(t.name);
  }
  return config;
}

/** "schema"."table" — identifiers are validated by the schema above before they reach SQL. */
export function quoteQualified(name: string): string {
  const [schema, tbl] = name.split(".");
  return `"${schema}"."${tbl}"`;
}
