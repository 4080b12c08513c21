import { z } from "zod";
import { db } from "@/lib/db/client";
import { DomainError } from "@/lib/domain/errors";
import { detailOf, type ApprovedChanges } from "@/lib/fulfilment/step-results/details";
import { stepSummary, summaryOf } from "@/lib/fulfilment/step-results/summaries";
import { passGate, waitingGate } from "./pass-gate";
import { detail as errorDetail } from "@/lib/domain/error-details";

export const approveChangesInput = z.object({
  requestId: z.uuid(),
  changes: z
    .array(
      z.object({
        systemId: z.uuid(),
        table: z.string().min(1).max(200),
        field: z.string().min(1).max(200),
        value: z.string().trim().max(1000).nullable(),
      }),
    )
    .min(1, "approve at least one change, or refuse the request with a reason")
    .max(200),
});
export type ApproveChangesInput = z.infer<typeof approveChangesInput>;

/**
 * Staff confirm (or amend) each proposed correction against the current values found in each
 * system. Only fields a system reported as rectifiable can be changed; in a manual system (table
 * `manual`) a person applies any approved change by hand.
 */
export async function approveChanges(
  staffId: string,
  raw: z.input<typeof approveChangesInput>,
  now = new Date(),
): Promise<void> {
  const input: ApproveChangesInput = approveChangesInput.parse(raw);
  await db().transaction(async (tx) => {
    const { gate, tasks } = await waitingGate(tx, { requestId: input.requestId, operation: "approve_changes" });
    const known = new Set<string>();
    const byHand = new Set<string>();
    for (const t of tasks.filter((x) => x.operation === "read_current" && x.status === "succeeded")) {
      // A manual system (a person read it) has no field list: any field is applied there by hand.
      if (summaryOf("read_current", t)?.manual === true) byHand.add(t.systemId ?? "");
      for (const v of detailOf("read_current", t) ?? []) known.add(`${t.systemId}|${v.table}|${v.field}`);
    }
    const unknown = input.changes.findIndex(
      (c) => !(byHand.has(c.systemId) && c.table === "manual") && !known.has(`${c.systemId}|${c.table}|${c.field}`),
    );
    if (unknown >= 0)
      throw new DomainError("invalid_request", errorDetail("fulfilment.field_not_correctable"), {
        [`changes.${unknown}.field`]: "is not a field this system can correct",
      });
    const detail: ApprovedChanges = {
      changes: input.changes.map((c) => ({ ...c, value: c.value === "" ? null : c.value })),
    };
    await passGate(tx, {
      gate,
      staffId,
      summary: stepSummary("approve_changes", {
        changes: input.changes.map((c) => ({ systemId: c.systemId, table: c.table, field: c.field })),
      }),
      detail,
      now,
    });
  });
}
