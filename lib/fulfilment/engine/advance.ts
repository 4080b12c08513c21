import { appendAudit } from "@/lib/audit/append";
import { db } from "@/lib/db/client";
import { lockRequest } from "@/lib/db/queries/requests";
import { listTasks, updateTaskIf } from "@/lib/db/queries/tasks";
import { skipMarker } from "@/lib/fulfilment/step-results/summaries";
import { runTransition } from "@/lib/requests/transitions/run-transition";
import { enqueueJob } from "@/lib/outbox/enqueue";
import { fulfilmentStepJob } from "@/lib/queue/jobs/fulfilment-step";
import { notifyStaffAttention, type AttentionKind } from "@/lib/db/queries/staff-attention";
import { notificationOf } from "@/lib/i18n/staff/notification-title";
import { isGate, nextMove, type GateOperation, type NextMove } from "./plan";

const GATE_NOTICE: Record<GateOperation, (ref: string) => { kind: AttentionKind } & ReturnType<typeof notificationOf>> =
  {
    review_package: (reference) => ({
      kind: "fulfilment_review",
      ...notificationOf("gate_review_package", { reference }),
    }),
    approve_erasure: (reference) => ({
      kind: "fulfilment_approval",
      ...notificationOf("gate_approve_erasure", { reference }),
    }),
    approve_changes: (reference) => ({
      kind: "fulfilment_review",
      ...notificationOf("gate_approve_changes", { reference }),
    }),
  };

function gateNotice(operation: string, reference: string) {
  if (!isGate(operation)) throw new Error(`${operation} is not a review step`);
  return GATE_NOTICE[operation](reference);
}

export type AdvanceResult = NextMove | { kind: "stopped"; skipped: number } | { kind: "missing" };

/**
 * Moves a request's plan forward: dispatches the pending steps of the current position (one job
 * each, through the outbox) or opens its review gate. Runs under the request's row lock, so two
 * advances of one request never dispatch a step twice; running it again changes nothing.
 */
export async function advanceRequest(requestId: string, now = new Date()): Promise<AdvanceResult> {
  return db().transaction(async (tx) => {
    const request = await lockRequest(tx, { id: requestId });
    if (!request) return { kind: "missing" };
    const tasks = await listTasks(tx, { requestId });

    // A refused or withdrawn request stops: nothing more is done against the systems.
    if (request.status === "rejected" || request.status === "withdrawn") {
      let skipped = 0;
      for (const t of tasks.filter((x) => x.status === "pending" || x.status === "waiting")) {
        if (
          await updateTaskIf(tx, {
            id: t.id,
            from: ["pending", "waiting"],
            set: { status: "skipped", resultSummary: skipMarker({ stoppedBy: request.status }), finishedAt: now },
          })
        )
          skipped += 1;
      }
      if (skipped > 0)
        await appendAudit(tx, {
          actor: { type: "system" },
          action: "fulfilment.stopped",
          requestId,
          payload: { status: request.status, skipped },
        });
      return { kind: "stopped", skipped };
    }

    const move = nextMove(tasks);
    if (move.kind !== "dispatch") return move;
    for (const id of move.steps) {
      if (
        await updateTaskIf(tx, { id, from: ["pending"], set: { status: "running", startedAt: now, lastError: null } })
      ) {
        await enqueueJob(tx, fulfilmentStepJob, { taskId: id });
      }
    }
    for (const id of move.gates) {
      const gate = await updateTaskIf(tx, {
        id,
        from: ["pending"],
        set: { status: "waiting", startedAt: now, assigneeId: request.assigneeId },
      });
      if (gate) await notifyStaffAttention(tx, { request, ...gateNotice(gate.operation, request.reference) });
    }
    if (move.gates.length > 0 && request.status === "in_progress") {
      // The results are ready for a person: the request goes to review, where staff approve the gate.
      await runTransition(tx, { requestId, actor: { kind: "system" }, action: { type: "submit_for_review" }, now });
    }
    const ops = [
      ...new Set(tasks.filter((t) => [...move.steps, ...move.gates].includes(t.id)).map((t) => t.operation)),
    ];
    await appendAudit(tx, {
      actor: { type: "system" },
      action: "fulfilment.position_started",
      requestId,
      payload: { position: move.position, operations: ops, steps: move.steps.length + move.gates.length },
    });
    return move;
  });
}
