import { z } from "zod";
import { appendAudit } from "@/lib/audit/append";
import { db } from "@/lib/db/client";
import { lockRequest } from "@/lib/db/queries/requests";
import { insertTasks, listTasks, setTaskNote } from "@/lib/db/queries/tasks";
import { DomainError } from "@/lib/domain/errors";
import { enqueueJob } from "@/lib/outbox/enqueue";
import { fulfilmentAdvanceJob } from "@/lib/queue/jobs/fulfilment-advance";
import { enabledSystems } from "@/lib/fulfilment/engine/enabled-systems";
import { planLiftSteps } from "@/lib/fulfilment/engine/plan";
import { detail } from "@/lib/domain/error-details";

export const liftRestrictionInput = z.object({
  requestId: z.uuid(),
  reason: z.string().trim().min(10, "explain why the restriction ends (at least 10 characters)").max(2000),
});

/**
 * Ends a restriction (Art. 18(3)): plans the notice to the subject first, then the lift in every
 * system that restricted; the lift steps wait until the notice has been sent.
 */
export async function liftRestriction(staffId: string, raw: z.input<typeof liftRestrictionInput>): Promise<void> {
  const input = liftRestrictionInput.parse(raw);
  await db().transaction(async (tx) => {
    const request = await lockRequest(tx, { id: input.requestId });
    if (!request) throw new DomainError("not_found", detail("common.request_not_found"));
    if (request.type !== "restriction")
      throw new DomainError("invalid_transition", detail("fulfilment.lift_not_restriction"));
    if (request.status === "rejected" || request.status === "withdrawn")
      throw new DomainError("invalid_transition", detail("fulfilment.closed_no_lift"));
    const tasks = await listTasks(tx, { requestId: request.id });
    if (tasks.some((t) => t.status !== "succeeded" && t.status !== "skipped"))
      throw new DomainError("invalid_transition", detail("fulfilment.restriction_in_progress"));
    if (tasks.some((t) => t.operation === "lift_notice"))
      throw new DomainError("conflict", detail("fulfilment.lift_already_started"));
    const restricted = new Set(
      tasks.filter((t) => t.operation === "restrict" && t.status === "succeeded").map((t) => t.systemId),
    );
    if (restricted.size === 0) throw new DomainError("invalid_transition", detail("fulfilment.nothing_restricted"));
    const systems = (await enabledSystems(tx)).filter((s) => restricted.has(s.system.id));
    const steps = planLiftSteps(systems.map((s) => ({ id: s.system.id, capabilities: s.connector.capabilities })));
    await insertTasks(
      tx,
      steps.map((s) => ({ requestId: request.id, systemId: s.systemId, operation: s.operation, position: s.position })),
    );
    // The notice step mails the reason to the subject: it is kept on that step, encrypted.
    const notice = (await listTasks(tx, { requestId: request.id })).find((t) => t.operation === "lift_notice");
    if (!notice) throw new Error("the lift notice step was not planned");
    await setTaskNote(tx, { id: notice.id, note: input.reason });
    // The reason goes to the subject in the notice; the audit entry records that one was given.
    await appendAudit(tx, {
      actor: { type: "staff", id: staffId },
      action: "restriction.lift_requested",
      requestId: request.id,
      payload: { reasonGiven: true, systems: steps.filter((s) => s.systemId).map((s) => s.systemId) },
    });
    await enqueueJob(tx, fulfilmentAdvanceJob, { requestId: request.id });
  });
}
