import { appendAudit } from "@/lib/audit/append";
import type { Db } from "@/lib/db/client";
import { lockRequest, type RequestRow } from "@/lib/db/queries/requests";
import { encryptTaskNote, listTasks, updateTaskIf, type TaskRow } from "@/lib/db/queries/tasks";
import { gateAuditAction } from "@/lib/domain/audit-actions";
import { DomainError } from "@/lib/domain/errors";
import { enqueueJob } from "@/lib/outbox/enqueue";
import { fulfilmentAdvanceJob } from "@/lib/queue/jobs/fulfilment-advance";
import type { GateOperation } from "@/lib/fulfilment/engine/plan";
import { sealStepDetail } from "@/lib/fulfilment/step-results/details";
import { stepSummary, type StepSummary } from "@/lib/fulfilment/step-results/summaries";
import { detail } from "@/lib/domain/error-details";

/** The request's gate of this kind, which must be waiting for a decision now. */
export async function waitingGate(
  tx: Db,
  p: { requestId: string; operation: GateOperation },
): Promise<{ gate: TaskRow; tasks: TaskRow[]; request: RequestRow }> {
  const request = await lockRequest(tx, { id: p.requestId });
  if (!request) throw new DomainError("not_found", detail("common.request_not_found"));
  const tasks = await listTasks(tx, { requestId: p.requestId });
  const gate = tasks.find((t) => t.operation === p.operation);
  if (!gate) throw new DomainError("invalid_transition", detail("fulfilment.no_such_review_step"));
  if (gate.status !== "waiting")
    throw new DomainError(
      "conflict",
      gate.status === "succeeded"
        ? detail("fulfilment.step_already_approved")
        : detail("fulfilment.step_not_waiting_for_decision"),
    );
  return { gate, tasks, request };
}

/** Records a person's decision at a gate (summary free of personal data; detail encrypted) and lets the plan go on. */
export async function passGate(
  tx: Db,
  p: {
    gate: TaskRow;
    staffId: string;
    summary: StepSummary<GateOperation>;
    detail?: unknown;
    note?: string | null;
    now?: Date;
  },
): Promise<void> {
  const now = p.now ?? new Date();
  const updated = await updateTaskIf(tx, {
    id: p.gate.id,
    from: ["waiting"],
    set: {
      status: "succeeded",
      resultSummary: stepSummary(p.gate.operation, p.summary),
      resultEnc: sealStepDetail(p.gate.id, p.gate.operation, p.detail),
      note: encryptTaskNote(p.gate.id, p.note),
      completedBy: p.staffId,
      finishedAt: now,
    },
  });
  if (!updated) throw new DomainError("conflict", detail("fulfilment.step_decided_meantime"));
  await appendAudit(tx, {
    actor: { type: "staff", id: p.staffId },
    action: gateAuditAction(p.gate.operation),
    requestId: p.gate.requestId,
    payload: { taskId: p.gate.id, ...p.summary },
  });
  await enqueueJob(tx, fulfilmentAdvanceJob, { requestId: p.gate.requestId });
}
