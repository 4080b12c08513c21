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
  // The subject's corrections left unapplied: each needs a reason, told to the subject (a partial refusal).
  declined: z
    .array(
      z.object({
        field: z.string().trim().min(1).max(200),
        reason: z
          .string()
          .trim()
          .min(1, "say why this correction is not applied")
          .max(1000, "must be at most 1000 characters"),
      }),
    )
    .max(200)
    .default([]),
});
export type ApproveChangesInput = z.infer<typeof approveChangesInput>;

/**
 * Staff confirm (or amend) each proposed correction against the current values found in each
 * system. Only fields a system reported as rectifiable can be changed; in a manual system (table
 * `manual`) a person applies any approved change by hand. A correction the subject asked for and staff
 * leave unapplied is declined with a reason: kept (encrypted) with the gate, it makes the completion a
 * partial refusal (lib/domain/partial-refusal.ts) that the mail and status page explain and, under a US
 * state law with an appeal right, offer to appeal.
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
      ...(input.declined.length > 0 ? { declined: input.declined } : {}),
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
