import { z } from "zod";
import { textInLanguagesSchema } from "@/lib/domain/text-in-languages";
import type { CurrentValue, ErasureTableAction, RecordSet, RectificationChange } from "./types";

/**
 * The shapes connectors exchange with the engine, as zod schemas: a remote system's answer is parsed
 * with them, and the engine parses what it stored with the same ones (lib/fulfilment/step-results).
 */
export const recordSetSchema = z.object({
  name: z.string().min(1),
  category: z.string().min(1),
  providedBySubject: z.boolean(),
  columns: z.array(z.string()),
  rows: z.array(z.record(z.string(), z.unknown())),
}) satisfies z.ZodType<RecordSet>;

export const currentValueSchema = z.object({
  table: z.string().min(1),
  field: z.string().min(1),
  value: z.string().nullable(),
}) satisfies z.ZodType<CurrentValue>;

export const erasureActionSchema = z.object({
  table: z.string().min(1),
  action: z.enum(["delete", "anonymise", "retain"]),
  rows: z.number().int().min(0),
  fields: z.array(z.string()).optional(),
  exemption: textInLanguagesSchema.optional(),
  reason: textInLanguagesSchema.optional(),
  title: textInLanguagesSchema.optional(),
}) satisfies z.ZodType<ErasureTableAction>;

export const rectificationChangeSchema = z.object({
  table: z.string().min(1),
  field: z.string().min(1),
  value: z.string().nullable(),
}) satisfies z.ZodType<RectificationChange>;

/** What the engine hands an `erase` step: the tables the DPO approved in this system. */
export const eraseInputSchema = z.object({ tables: z.array(z.string()) });
/** What the engine hands a `rectify` step: the changes staff approved for this system. */
export const rectifyInputSchema = z.object({ changes: z.array(rectificationChangeSchema) });

/**
 * What the engine hands a `collect` step of a confirmation (LGPD art. 18 I): count the person's records, copy
 * none — the answer is a yes or no.
 */
export const collectInputSchema = z.object({ countOnly: z.literal(true) });

export type EraseInput = z.infer<typeof eraseInputSchema>;
export type CollectInput = z.infer<typeof collectInputSchema>;
export type RectifyInput = z.infer<typeof rectifyInputSchema>;
