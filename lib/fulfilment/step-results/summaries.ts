import { z } from "zod";
import { erasureActionSchema } from "@/lib/connectors/schemas";
import { packageExclusionSchema } from "@/lib/db/queries/exports";
import type { StepOperation } from "@/lib/fulfilment/engine/plan";
import { REEVALUATIONS } from "@/lib/domain/completion-result";

/**
 * What `request_tasks.result_summary` holds, per operation. The summary is stored and audited in
 * clear, so it carries counts, flags, table names and decisions — never a person's data (that goes
 * in the encrypted detail, see details.ts).
 */

const counts = z.record(z.string(), z.number());

/**
 * Flags any connector step may carry (how it ran), and what else a remote system may report: only
 * numbers, booleans and counts per table survive (lib/connectors/webhook keeps nothing else).
 */
const connectorFlags = {
  manual: z.boolean().optional(),
  completedByPerson: z.boolean().optional(),
  webhook: z.boolean().optional(),
};
const reportedExtra = z.union([z.number(), z.boolean(), counts]);
const connectorStep = <S extends z.ZodRawShape>(shape: S) => {
  const known = new Set([...Object.keys(connectorFlags), ...Object.keys(shape)]);
  return z.looseObject({ ...connectorFlags, ...shape }).superRefine((value, ctx) => {
    for (const [key, extra] of Object.entries(value))
      if (!known.has(key) && !reportedExtra.safeParse(extra).success)
        ctx.addIssue({ code: "custom", path: [key], message: "only numbers, flags and counts per table are kept" });
  });
};

const erasureExecution = z.object({ table: z.string(), action: z.string(), affected: z.number() });

export const STEP_SUMMARY_SCHEMAS = {
  // Connector steps: a manual or webhook step has only its flags until it is done.
  // found: a person's answer to a confirmation's manual search (complete-manual-task.ts), where there is no count.
  collect: connectorStep({ records: counts.optional(), found: z.boolean().optional() }),
  discover: connectorStep({ plan: z.array(erasureActionSchema).optional() }),
  erase: connectorStep({
    executed: z.array(erasureExecution).optional(),
    remainingErasable: z.number().optional(),
    retainedRowsStillPresent: counts.optional(),
    alreadyErased: z.boolean().optional(),
  }),
  read_current: connectorStep({ fields: z.number().int().min(0).optional() }),
  rectify: connectorStep({ changed: counts.optional() }),
  restrict: connectorStep({ flagged: counts.optional() }),
  lift_restriction: connectorStep({ lifted: counts.optional() }),
  stop_marketing: connectorStep({ optedOut: counts.optional() }),
  opt_out_sale: connectorStep({ optedOut: counts.optional() }),
  limit_sensitive: connectorStep({ limited: counts.optional() }),
  opt_out_targeted_ads: connectorStep({ optedOut: counts.optional() }),
  opt_out_profiling: connectorStep({ optedOut: counts.optional() }),
  opt_out_sensitive: connectorStep({ optedOut: counts.optional() }),
  // Engine steps.
  assemble: z.object({ exportId: z.uuid(), records: counts, sizeBytes: z.number().int().min(0) }),
  notify_recipients: z.object({ notified: z.array(z.string()), withoutAddress: z.array(z.string()) }),
  // liftOn: the date the notice names (controller's calendar); absent on notices sent before the notice period existed.
  lift_notice: z.object({ mailKey: z.string(), liftOn: z.iso.date().optional() }),
  complete: z.union([
    z.object({
      completed: z.literal(true),
      result: z
        .enum(["package", "erasure", "rectification", "restriction", "objection", "profiling_answer", "confirmation"])
        .nullable(),
    }),
    z.object({ alreadyCompleted: z.literal(true) }),
  ]),
  // Gates: the decision, without the values (approved changes are in the encrypted detail).
  review_package: z.object({
    exclusions: z.array(packageExclusionSchema),
    excludedRecords: z.number().int().min(0),
    // A profiling decision questioned: how it came out (the reason, in words, is in the encrypted detail).
    reevaluation: z.enum(REEVALUATIONS).optional(),
  }),
  approve_erasure: z.object({ approved: z.record(z.string(), z.array(z.string())) }),
  approve_changes: z.object({
    changes: z.array(z.object({ systemId: z.string(), table: z.string(), field: z.string() })),
  }),
} as const satisfies Record<StepOperation, z.ZodType>;

export type SummaryOperation = keyof typeof STEP_SUMMARY_SCHEMAS;
type Summaries = { [Op in SummaryOperation]: z.infer<(typeof STEP_SUMMARY_SCHEMAS)[Op]> };
export type StepSummary<Op extends SummaryOperation> = Summaries[Op];
// The same map, typed so that indexing it with a generic operation keeps the operation's type.
const SCHEMAS: { [Op in SummaryOperation]: z.ZodType<Summaries[Op]> } = STEP_SUMMARY_SCHEMAS;

/**
 * A skipped step says why instead: its system was disabled, the request was refused or withdrawn, or
 * staff cancelled a lift (the notice then keeps the key its mail had, so the next lift mails under a new one).
 */
export const skipMarkerSchema = z.union([
  z.object({ skipped: z.string(), mailKey: z.string().optional() }).strict(),
  z.object({ stoppedBy: z.string() }).strict(),
]);
export type SkipMarker = z.infer<typeof skipMarkerSchema>;

/** A stored summary did not match its schema: named by table, row and operation, without the values. */
export class StoredStepResultError extends Error {
  constructor(where: string, error: z.ZodError) {
    const issues = error.issues
      .slice(0, 5)
      .map((i) => `${i.path.length ? i.path.join(".") : "value"}: ${i.message}`)
      .join("; ");
    super(`${where} does not match its schema: ${issues}`);
    this.name = "StoredStepResultError";
  }
}

const isSummaryOperation = (op: string): op is SummaryOperation => Object.hasOwn(STEP_SUMMARY_SCHEMAS, op);

function schemaFor(operation: string): z.ZodType {
  if (!isSummaryOperation(operation)) throw new Error(`no step operation is called ${operation}`);
  return STEP_SUMMARY_SCHEMAS[operation];
}

/**
 * The writer: checks a summary against its operation's schema before it is stored (a step whose
 * result does not fit fails with this error instead of storing it).
 */
export function stepSummary<Op extends SummaryOperation>(operation: Op, summary: StepSummary<Op>): StepSummary<Op>;
export function stepSummary(operation: string, summary: unknown): Record<string, unknown>;
export function stepSummary(operation: string, summary: unknown): unknown {
  const parsed = schemaFor(operation).safeParse(summary);
  if (!parsed.success) throw new StoredStepResultError(`the ${operation} step's result summary`, parsed.error);
  return parsed.data;
}

export function skipMarker(marker: SkipMarker): SkipMarker {
  return skipMarkerSchema.parse(marker);
}

type StoredTask = { id: string; operation: string; status: string; resultSummary: unknown };

/**
 * The reader: the summary of a step of `operation`, parsed; null while there is none (or when the
 * step was skipped: see `skipOf`). Throws StoredStepResultError on a malformed value.
 */
export function summaryOf<Op extends SummaryOperation>(operation: Op, task: StoredTask): StepSummary<Op> | null {
  if (task.operation !== operation) throw new Error(`step ${task.id} is ${task.operation}, not ${operation}`);
  if (task.resultSummary === null || task.resultSummary === undefined || task.status === "skipped") return null;
  const parsed = SCHEMAS[operation].safeParse(task.resultSummary);
  if (!parsed.success)
    throw new StoredStepResultError(`request_tasks ${task.id} (${operation}) result_summary`, parsed.error);
  return parsed.data;
}

/** Why a skipped step was skipped; null for a step that was not. */
export function skipOf(task: StoredTask): SkipMarker | null {
  if (task.status !== "skipped" || task.resultSummary === null) return null;
  const parsed = skipMarkerSchema.safeParse(task.resultSummary);
  if (!parsed.success)
    throw new StoredStepResultError(`request_tasks ${task.id} (skipped) result_summary`, parsed.error);
  return parsed.data;
}

/** A step's summary with its operation, for readers that handle every operation (the workspace). */
type SummaryByOperation = { [Op in SummaryOperation]: { operation: Op; summary: Summaries[Op] } };
export type TypedSummary = SummaryByOperation[SummaryOperation];

// One tagger per operation, so that TypeScript keeps each summary paired with its own operation.
const TAG: { [Op in SummaryOperation]: (summary: Summaries[Op]) => SummaryByOperation[Op] } = {
  collect: (summary) => ({ operation: "collect", summary }),
  discover: (summary) => ({ operation: "discover", summary }),
  erase: (summary) => ({ operation: "erase", summary }),
  read_current: (summary) => ({ operation: "read_current", summary }),
  rectify: (summary) => ({ operation: "rectify", summary }),
  restrict: (summary) => ({ operation: "restrict", summary }),
  lift_restriction: (summary) => ({ operation: "lift_restriction", summary }),
  stop_marketing: (summary) => ({ operation: "stop_marketing", summary }),
  opt_out_sale: (summary) => ({ operation: "opt_out_sale", summary }),
  limit_sensitive: (summary) => ({ operation: "limit_sensitive", summary }),
  opt_out_targeted_ads: (summary) => ({ operation: "opt_out_targeted_ads", summary }),
  opt_out_profiling: (summary) => ({ operation: "opt_out_profiling", summary }),
  opt_out_sensitive: (summary) => ({ operation: "opt_out_sensitive", summary }),
  assemble: (summary) => ({ operation: "assemble", summary }),
  notify_recipients: (summary) => ({ operation: "notify_recipients", summary }),
  lift_notice: (summary) => ({ operation: "lift_notice", summary }),
  complete: (summary) => ({ operation: "complete", summary }),
  review_package: (summary) => ({ operation: "review_package", summary }),
  approve_erasure: (summary) => ({ operation: "approve_erasure", summary }),
  approve_changes: (summary) => ({ operation: "approve_changes", summary }),
};

function tagged<Op extends SummaryOperation>(operation: Op, task: StoredTask): SummaryByOperation[Op] | null {
  const summary = summaryOf(operation, task);
  return summary === null ? null : TAG[operation](summary);
}

/** The summary of any step, tagged with its operation (a switch on `operation` narrows `summary`). */
export function typedSummaryOf(task: StoredTask): TypedSummary | null {
  const op = task.operation;
  if (!isSummaryOperation(op)) throw new Error(`step ${task.id} has an unknown operation ${op}`);
  return tagged(op, task);
}
