import { z } from "zod";
import { db } from "@/lib/db/client";
import { DomainError } from "@/lib/domain/errors";
import { stepSummary, summaryOf } from "@/lib/fulfilment/step-results/summaries";
import { passGate, waitingGate } from "./pass-gate";
import { detail } from "@/lib/domain/error-details";

export const approveErasureInput = z.object({
  requestId: z.uuid(),
  note: z.string().trim().max(2000).optional(),
});

/**
 * The DPO approves the erasure plan as discovered (what each system deletes, anonymises, keeps under
 * an exemption). To erase less, refuse the request in part with reasons instead; the plan is not edited.
 */
export async function approveErasure(
  staffId: string,
  raw: z.input<typeof approveErasureInput>,
  now = new Date(),
): Promise<void> {
  const input = approveErasureInput.parse(raw);
  await db().transaction(async (tx) => {
    const { gate, tasks } = await waitingGate(tx, { requestId: input.requestId, operation: "approve_erasure" });
    const approved: Record<string, string[]> = {};
    for (const t of tasks.filter((x) => x.operation === "discover")) {
      if (t.status === "skipped") continue; // the system was disabled: it erases nothing
      if (t.status !== "succeeded")
        throw new DomainError("invalid_transition", detail("fulfilment.discovery_unfinished"));
      approved[t.systemId ?? ""] = (summaryOf("discover", t)?.plan ?? []).map((p) => p.table);
    }
    await passGate(tx, {
      gate,
      staffId,
      summary: stepSummary("approve_erasure", { approved }),
      note: input.note ?? null,
      now,
    });
  });
}
