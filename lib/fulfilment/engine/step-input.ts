import type { CollectInput, EraseInput, RectifyInput } from "@/lib/connectors/schemas";
import type { TaskRow } from "@/lib/db/queries/tasks";
import { detailOf } from "@/lib/fulfilment/step-results/details";
import { summaryOf } from "@/lib/fulfilment/step-results/summaries";

/** A confirmation's collect steps count the person's records and copy none (LGPD art. 19 I: a yes or no). */
export function collectsCountsOnly(type: string, operation: string): boolean {
  return type === "confirmation" && operation === "collect";
}

/**
 * What a connector step needs from earlier decisions: the tables the DPO approved, the changes staff approved;
 * and from the request's type, whether a collect only counts.
 */
export function stepInputFor(
  task: TaskRow,
  tasks: TaskRow[],
  requestType: string,
): EraseInput | RectifyInput | CollectInput | undefined {
  if (collectsCountsOnly(requestType, task.operation)) return { countOnly: true };
  if (task.operation === "erase") {
    const discover = tasks.find((t) => t.operation === "discover" && t.systemId === task.systemId);
    const approval = tasks.find((t) => t.operation === "approve_erasure" && t.status === "succeeded");
    const approvedTables = approval ? summaryOf("approve_erasure", approval)?.approved[task.systemId ?? ""] : undefined;
    const planned = (discover ? (summaryOf("discover", discover)?.plan ?? []) : []).map((p) => p.table);
    return { tables: approvedTables ?? planned };
  }
  if (task.operation === "rectify") {
    const gate = tasks.find((t) => t.operation === "approve_changes" && t.status === "succeeded");
    const approved = gate ? detailOf("approve_changes", gate) : null;
    return {
      changes: (approved?.changes ?? [])
        .filter((c) => c.systemId === task.systemId)
        .map(({ table, field, value }) => ({ table, field, value })),
    };
  }
  return undefined;
}
