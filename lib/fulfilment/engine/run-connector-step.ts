import { appendAudit } from "@/lib/audit/append";
import { manualConfigSchema } from "@/lib/connectors/manual/connector";
import { connectorFor } from "@/lib/connectors/registry";
import { CONNECTOR_OPERATIONS, type ConnectorOperation } from "@/lib/connectors/types";
import { db } from "@/lib/db/client";
import { findDataSystem, type DataSystem } from "@/lib/db/queries/data-systems";
import type { RequestRow } from "@/lib/db/queries/requests";
import { listTasks, updateTaskIf, type TaskRow } from "@/lib/db/queries/tasks";
import { isLiftNoticeAccepted } from "@/lib/db/queries/lift-notices";
import { addBusinessDays, localDateOf } from "@/lib/domain/deadline";
import { enqueueJob } from "@/lib/outbox/enqueue";
import { fulfilmentAdvanceJob } from "@/lib/queue/jobs/fulfilment-advance";
import { decryptSubjectFields } from "@/lib/requests/subject-fields";
import { skipMarker } from "@/lib/fulfilment/step-results/summaries";
import { notificationOf } from "@/lib/i18n/staff/notification-title";
import { notifyStaffAttention } from "@/lib/db/queries/staff-attention";
import { recordOutcome } from "./record-outcome";
import { collectsCountsOnly, stepInputFor } from "./step-input";
import type { StepRunResult } from "./run-step";

/** How long a webhook system may take to call back with its result. */
export const CALLBACK_WINDOW_MS = 24 * 3_600_000;

const isConnectorOperation = (op: string): op is ConnectorOperation =>
  (CONNECTOR_OPERATIONS as readonly string[]).includes(op);

function manualTaskFields(task: TaskRow, system: DataSystem, assigneeId: string | null, now: Date): Partial<TaskRow> {
  const config = manualConfigSchema.parse(system.config ?? {});
  return {
    assigneeId: config.assigneeId ?? assigneeId,
    instructions:
      config.instructions || `${task.operation.replace("_", " ")} in ${system.name}, then record what you did.`,
    dueAt: new Date(`${addBusinessDays(localDateOf(now, "UTC"), config.dueInDays)}T17:00:00Z`),
  };
}

/** Art. 18(3): no system lifts a restriction before the subject's notice has left. */
async function requireLiftNoticeSent(requestId: string): Promise<void> {
  if (!(await isLiftNoticeAccepted(db(), { requestId })))
    throw new Error("waiting for the notice to the data subject to be sent before lifting the restriction");
}

/** Disabled by an admin after planning: the step is skipped, recorded as such, and the plan goes on. */
async function skipDisabledSystem(task: TaskRow, system: DataSystem, now: Date): Promise<void> {
  await db().transaction(async (tx) => {
    const skipped = await updateTaskIf(tx, {
      id: task.id,
      from: ["running"],
      set: {
        status: "skipped",
        resultSummary: skipMarker({ skipped: `${system.name} was disabled` }),
        finishedAt: now,
      },
    });
    if (!skipped) return;
    await appendAudit(tx, {
      actor: { type: "system" },
      action: "task.skipped",
      requestId: task.requestId,
      payload: { taskId: task.id, operation: task.operation, systemId: task.systemId, because: "system disabled" },
    });
    await enqueueJob(tx, fulfilmentAdvanceJob, { requestId: task.requestId });
  });
}

/** A connector step: the system call happens outside any transaction; its outcome is recorded after. */
export async function runConnectorStep(task: TaskRow, request: RequestRow, now: Date): Promise<StepRunResult> {
  if (!isConnectorOperation(task.operation)) throw new Error(`no connector runs ${task.operation}`);
  const system = task.systemId ? await findDataSystem(db(), { id: task.systemId }) : null;
  if (!system) throw new Error("the step's system no longer exists");
  if (!system.enabled) {
    await skipDisabledSystem(task, system, now);
    return { ran: true, status: "skipped" };
  }
  if (task.operation === "lift_restriction") await requireLiftNoticeSent(task.requestId);
  const subject = decryptSubjectFields(request);
  const tasks = await listTasks(db(), { requestId: task.requestId });
  const outcome = await connectorFor(system).run(task.operation, {
    requestId: request.id,
    reference: request.reference,
    taskId: task.id,
    subject: { email: subject.email, accountReference: subject.accountReference },
    input: stepInputFor(task, tasks, request.type),
  });
  // Whatever a system sent back beyond its counts is not kept for a confirmation.
  if (outcome.status === "done" && collectsCountsOnly(request.type, task.operation)) delete outcome.detail;
  const extra =
    outcome.status !== "waiting"
      ? {}
      : system.kind === "manual"
        ? manualTaskFields(task, system, request.assigneeId, now)
        : // A system that said "later" has this long to call back; then the recovery sweep fails the step.
          { dueAt: new Date(now.getTime() + CALLBACK_WINDOW_MS) };
  await db().transaction(async (tx) => {
    const recorded = await recordOutcome(tx, task, outcome, extra, now);
    if (recorded && system.kind === "manual" && outcome.status === "waiting") {
      await notifyStaffAttention(tx, {
        request,
        kind: "fulfilment_task",
        personId: extra.assigneeId ?? null,
        ...notificationOf("manual_task", { reference: request.reference, system: system.name }),
      });
    }
  });
  return { ran: true, status: outcome.status === "done" ? "succeeded" : "waiting" };
}
