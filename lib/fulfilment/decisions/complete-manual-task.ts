import { z } from "zod";
import { db } from "@/lib/db/client";
import { findDataSystem } from "@/lib/db/queries/data-systems";
import { findRequest } from "@/lib/db/queries/requests";
import { findTask } from "@/lib/db/queries/tasks";
import { DomainError } from "@/lib/domain/errors";
import { completeWaitingTask } from "@/lib/fulfilment/engine/complete-waiting-task";
import { detail } from "@/lib/domain/error-details";

export const completeManualTaskInput = z.object({
  requestId: z.uuid(),
  taskId: z.uuid(),
  outcome: z.enum(["done", "failed"]),
  note: z.string().trim().min(3, "say what you did (at least 3 characters)").max(4000),
  /** A confirmation's search by hand: whether the person's records were found (the answer is a yes or no). */
  found: z.enum(["yes", "no"]).optional(),
});

/** A person records the result of a manual task: done (with what they did or found) or failed (why). */
export async function completeManualTask(staffId: string, raw: z.input<typeof completeManualTaskInput>): Promise<void> {
  const input = completeManualTaskInput.parse(raw);
  const task = await findTask(db(), { id: input.taskId });
  if (!task || task.requestId !== input.requestId || !task.systemId)
    throw new DomainError("not_found", detail("fulfilment.task_not_found"));
  // Only a manual system's task is done by hand: a webhook system's step waits for that system.
  const system = await findDataSystem(db(), { id: task.systemId });
  if (system?.kind !== "manual") throw new DomainError("forbidden", detail("fulfilment.step_is_automated"));
  const asksFound =
    task.operation === "collect" && (await findRequest(db(), { id: task.requestId }))?.type === "confirmation";
  if (asksFound && input.outcome === "done" && !input.found)
    throw new DomainError("invalid_request", detail("fulfilment.found_required"), { found: "is required" });
  const found = asksFound && input.found ? { found: input.found === "yes" } : {};
  await completeWaitingTask(db(), {
    taskId: input.taskId,
    outcome:
      input.outcome === "done"
        ? { status: "succeeded", summary: { manual: true, completedByPerson: true, ...found }, note: input.note }
        : { status: "failed", error: input.note },
    actor: { type: "staff", id: staffId },
  });
}
