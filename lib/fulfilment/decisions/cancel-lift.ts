import { z } from "zod";
import { appendAudit } from "@/lib/audit/append";
import { db } from "@/lib/db/client";
import { lockRequest } from "@/lib/db/queries/requests";
import { listTasks, updateTaskIf } from "@/lib/db/queries/tasks";
import { DomainError } from "@/lib/domain/errors";
import { skipMarker } from "@/lib/fulfilment/step-results/summaries";
import { detail } from "@/lib/domain/error-details";

export const cancelLiftInput = z.object({ requestId: z.uuid() });

/**
 * Staff call off a restriction lift before it runs (the subject objected in the notice period, or the
 * grounds changed): the notice step and every lift step are skipped, so the restriction stays in place.
 */
export async function cancelLift(staffId: string, raw: z.input<typeof cancelLiftInput>): Promise<void> {
  const input = cancelLiftInput.parse(raw);
  await db().transaction(async (tx) => {
    const request = await lockRequest(tx, { id: input.requestId });
    if (!request) throw new DomainError("not_found", detail("common.request_not_found"));
    const tasks = await listTasks(tx, { requestId: request.id });
    const notice = tasks.find((t) => t.operation === "lift_notice");
    if (!notice) throw new DomainError("invalid_transition", detail("fulfilment.no_lift_started"));
    if (notice.status === "skipped") throw new DomainError("conflict", detail("fulfilment.lift_already_cancelled"));
    if (notice.status === "succeeded" || notice.status === "failed")
      throw new DomainError("invalid_transition", detail("fulfilment.lift_notice_period_over"));
    const now = new Date();
    const cancelled = skipMarker({ skipped: "lift cancelled by staff" });
    let skipped = 0;
    for (const t of tasks.filter((x) => x.operation === "lift_notice" || x.operation === "lift_restriction")) {
      const from =
        t.operation === "lift_notice" ? (["pending", "running", "waiting"] as const) : (["pending"] as const);
      if (
        await updateTaskIf(tx, {
          id: t.id,
          from: [...from],
          set: { status: "skipped", resultSummary: cancelled, finishedAt: now },
        })
      )
        skipped += 1;
    }
    await appendAudit(tx, {
      actor: { type: "staff", id: staffId },
      action: "restriction.lift_cancelled",
      requestId: request.id,
      payload: { skipped, notBefore: notice.notBefore?.toISOString() ?? null },
    });
  });
}
