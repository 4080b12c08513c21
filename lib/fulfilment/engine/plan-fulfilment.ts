import { appendAudit } from "@/lib/audit/append";
import { db, type Db } from "@/lib/db/client";
import { recordedAuditActions } from "@/lib/db/queries/audit-log";
import { lockRequest } from "@/lib/db/queries/requests";
import { insertTasks, listTasks } from "@/lib/db/queries/tasks";
import { decryptSubjectFields } from "@/lib/requests/subject-fields";
import { enqueueJob } from "@/lib/outbox/enqueue";
import { fulfilmentAdvanceJob } from "@/lib/queue/jobs/fulfilment-advance";
import { enabledSystems } from "./enabled-systems";
import { planSteps } from "./plan";

/**
 * The `fulfilment.plan` job, queued when work on a request starts: writes its steps (one per system
 * and operation) and queues the first advance. Runs under the request's row lock, so a job run twice
 * plans once: a request whose plan is written (its steps, or the audit entry of an empty plan) only
 * gets a fresh advance. A request refused or withdrawn meanwhile is planned all the same; the advance
 * then stops the steps, and a reopen puts them back in line.
 */
export async function planFulfilment(requestId: string): Promise<{ steps: number }> {
  return db().transaction((tx) => planFulfilmentInTransaction(tx, requestId));
}

/** The same inside the caller's transaction, which holds the request's lock until it ends. */
export async function planFulfilmentInTransaction(tx: Db, requestId: string): Promise<{ steps: number }> {
  const request = await lockRequest(tx, { id: requestId });
  if (!request || request.status === "unverified" || request.status === "new") return { steps: 0 };
  const existing = await listTasks(tx, { requestId });
  if (existing.length > 0) {
    await enqueueJob(tx, fulfilmentAdvanceJob, { requestId });
    return { steps: existing.length };
  }
  const recorded = await recordedAuditActions(tx, { requestId, actions: ["fulfilment.planned"] });
  if (recorded.has("fulfilment.planned")) return { steps: 0 };

  const systems = await enabledSystems(tx);
  const specifics = decryptSubjectFields(request).specifics;
  const steps = planSteps(
    request.type,
    systems.map((s) => ({ id: s.system.id, capabilities: s.connector.capabilities })),
    specifics,
  );
  await insertTasks(
    tx,
    steps.map((s) => ({ requestId, systemId: s.systemId, operation: s.operation, position: s.position })),
  );
  // Written for an empty plan too: it tells the lifecycle the plan exists, so the request may be closed by hand.
  await appendAudit(tx, {
    actor: { type: "system" },
    action: "fulfilment.planned",
    requestId,
    payload: { steps: steps.map((s) => ({ operation: s.operation, position: s.position, systemId: s.systemId })) },
  });
  if (steps.length > 0) await enqueueJob(tx, fulfilmentAdvanceJob, { requestId });
  return { steps: steps.length };
}
