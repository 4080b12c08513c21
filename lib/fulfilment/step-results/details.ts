import { z } from "zod";
import { currentValueSchema, recordSetSchema } from "@/lib/connectors/schemas";
import { decryptTaskDetail, encryptTaskDetail } from "@/lib/db/queries/tasks";
import { StoredStepResultError } from "./summaries";

/** Changes staff approved at the rectification gate, per system (personal data: kept encrypted on the gate). */
export const approvedChangesSchema = z.object({
  changes: z.array(
    z.object({ systemId: z.string(), table: z.string(), field: z.string(), value: z.string().nullable() }),
  ),
  /** Corrections the subject asked for that were not applied, with the reason (a partial refusal). */
  declined: z.array(z.object({ field: z.string(), reason: z.string() })).optional(),
});
export type ApprovedChanges = z.infer<typeof approvedChangesSchema>;

/** Staff's answer to a profiling decision questioned, given at the package review (its outcome is in the summary). */
export const profilingAnswerDetailSchema = z.object({ reason: z.string(), howToChange: z.string().nullable() });

/** What `request_tasks.result_enc` holds (encrypted), for the operations that keep personal data. */
export const STEP_DETAIL_SCHEMAS = {
  collect: z.array(recordSetSchema),
  read_current: z.array(currentValueSchema),
  approve_changes: approvedChangesSchema,
  review_package: profilingAnswerDetailSchema,
} as const;

export type DetailOperation = keyof typeof STEP_DETAIL_SCHEMAS;
type Details = { [Op in DetailOperation]: z.infer<(typeof STEP_DETAIL_SCHEMAS)[Op]> };
export type StepDetail<Op extends DetailOperation> = Details[Op];
// The same map, typed so that indexing it with a generic operation keeps the operation's type.
const SCHEMAS: { [Op in DetailOperation]: z.ZodType<Details[Op]> } = STEP_DETAIL_SCHEMAS;

const isDetailOperation = (op: string): op is DetailOperation => Object.hasOwn(STEP_DETAIL_SCHEMAS, op);

/**
 * The writer: checks a step's detail against its operation's schema, then encrypts it for the row.
 * Operations without a detail schema store none.
 */
export function sealStepDetail(taskId: string, operation: string, detail: unknown): string | null {
  if (detail === undefined) return null;
  if (!isDetailOperation(operation)) throw new Error(`the ${operation} step keeps no detail`);
  const parsed = STEP_DETAIL_SCHEMAS[operation].safeParse(detail);
  if (!parsed.success) throw new StoredStepResultError(`the ${operation} step's detail`, parsed.error);
  return encryptTaskDetail(taskId, parsed.data);
}

/** The reader: a step's decrypted detail, parsed; null when it has none (a manual step, a failed one). */
export function detailOf<Op extends DetailOperation>(
  operation: Op,
  task: { id: string; operation: string; resultEnc: string | null },
): StepDetail<Op> | null {
  if (task.operation !== operation) throw new Error(`step ${task.id} is ${task.operation}, not ${operation}`);
  const json = decryptTaskDetail(task);
  if (json === null) return null;
  const parsed = SCHEMAS[operation].safeParse(json);
  if (!parsed.success)
    throw new StoredStepResultError(`request_tasks ${task.id} (${operation}) result_enc`, parsed.error);
  return parsed.data;
}
