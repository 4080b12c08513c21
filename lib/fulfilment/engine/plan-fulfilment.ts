import { appendAudit } from "@/lib/audit/append";
import type { Db } from "@/lib/db/client";
import { insertTasks, listTasks } from "@/lib/db/queries/tasks";
import type { RequestRow } from "@/lib/db/queries/requests";
import { decryptSubjectFields } from "@/lib/requests/subject-fields";
import { enqueueJob } from "@/lib/outbox/enqueue";
import { fulfilmentAdvanceJob } from "@/lib/queue/jobs/fulfilment-advance";
import { enabledSystems } from "./enabled-systems";
import { planSteps } from "./plan";

/**
 * Writes the request's steps (one per system and operation) and queues the first advance, inside
 * the caller's transaction. Planning twice adds nothing: steps are unique per request, operation, system.
 */
export async function planFulfilment(tx: Db, request: RequestRow): Promise<{ steps: number }> {
  const existing = await listTasks(tx, { requestId: request.id });
  if (existing.length > 0) {
    await enqueueJob(tx, fulfilmentAdvanceJob, { requestId: request.id });
    return { steps: existing.length };
  }
  const systems = await enabledSystems(tx);
  const specifics = decryptSubjectFields(request).specifics;
  const steps = planSteps(
    request.type,
    systems.map((s) => ({ id: s.system.id, capabilities: s.connector.capabilities })),
    specifics,
  );
  if (steps.length === 0) return { steps: 0 };
  await insertTasks(
    tx,
    steps.map((s) => ({ requestId: request.id, systemId: s.systemId, operation: s.operation, position: s.position })),
  );
  await appendAudit(tx, {
    actor: { type: "system" },
    action: "fulfilment.planned",
    requestId: request.id,
    payload: { steps: steps.map((s) => ({ operation: s.operation, position: s.position, systemId: s.systemId })) },
  });
  await enqueueJob(tx, fulfilmentAdvanceJob, { requestId: request.id });
  return { steps: steps.length };
}
