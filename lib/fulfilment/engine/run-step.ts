import { and, eq, sql } from "drizzle-orm";
import { appendAudit } from "@/lib/audit/append";
import { manualConfigSchema } from "@/lib/connectors/manual/connector";
import { connectorFor } from "@/lib/connectors/registry";
import type { ConnectorOperation, StepOutcome } from "@/lib/connectors/types";
import { db, pool, type Db } from "@/lib/db/client";
import { findRequest, lockRequest, type RequestRow } from "@/lib/db/queries/requests";
import {
  decryptTaskDetail,
  encryptTaskDetail,
  findTask,
  listTasks,
  lockTask,
  updateTaskIf,
  type TaskRow,
} from "@/lib/db/queries/tasks";
import { dataSystems, mailDeliveries, requestTasks } from "@/lib/db/schema";
import { addBusinessDays, localDateOf } from "@/lib/domain/deadline";
import { decryptSubjectFields } from "@/lib/requests/subject-fields";
import { enqueueJob } from "@/lib/outbox/enqueue";
import { fulfilmentAdvanceJob } from "@/lib/queue/jobs/fulfilment-advance";
import { errorText } from "./error-text";
import { INTERNAL_STEPS, StepDeferred, type ApprovedChanges } from "./internal-steps";
import { notifyStaffAttention } from "./notify-staff";
import { isInternal } from "./plan";

/** How long a webhook system may take to call back with its result. */
export const CALLBACK_WINDOW_MS = 24 * 3_600_000;

export interface StepAttempt {
  /** 1-based attempt of the job running this step. */
  attempt: number;
  maxAttempts: number;
  now?: Date;
}

export type StepRunResult =
  { ran: false; reason: string } | { ran: true; status: "succeeded" | "waiting" | "failed" | "skipped" | "deferred" };

/** What a connector step needs from earlier decisions: the tables the DPO approved, the changes staff approved. */
function inputFor(task: TaskRow, tasks: TaskRow[]): unknown {
  if (task.operation === "erase") {
    const discover = tasks.find((t) => t.operation === "discover" && t.systemId === task.systemId);
    const approval = tasks.find((t) => t.operation === "approve_erasure" && t.status === "succeeded");
    const approvedTables = (approval?.resultSummary as { approved?: Record<string, string[]> } | null)?.approved?.[
      task.systemId ?? ""
    ];
    const planned = ((discover?.resultSummary as { plan?: { table: string }[] } | null)?.plan ?? []).map(
      (p) => p.table,
    );
    return { tables: approvedTables ?? planned };
  }
  if (task.operation === "rectify") {
    const gate = tasks.find((t) => t.operation === "approve_changes" && t.status === "succeeded");
    const approved = gate ? decryptTaskDetail<ApprovedChanges>(gate) : null;
    return {
      changes: (approved?.changes ?? [])
        .filter((c) => c.systemId === task.systemId)
        .map(({ table, field, value }) => ({ table, field, value })),
    };
  }
  return undefined;
}

/** Records a finished step and queues the next advance, in one transaction; a step already recorded is left alone. */
async function recordOutcome(
  tx: Db,
  task: TaskRow,
  outcome: StepOutcome,
  extra: Partial<TaskRow> = {},
  now = new Date(),
): Promise<boolean> {
  const done = outcome.status === "done";
  const updated = await updateTaskIf(tx, {
    id: task.id,
    from: ["running"],
    set: {
      status: done ? "succeeded" : "waiting",
      resultSummary: outcome.summary ?? null,
      resultEnc: done ? encryptTaskDetail(task.id, outcome.detail) : null,
      lastError: null,
      ...(done ? { finishedAt: now } : {}),
      ...extra,
    },
  });
  if (!updated) return false;
  await appendAudit(tx, {
    actor: { type: "system" },
    action: done ? "task.succeeded" : "task.waiting",
    requestId: task.requestId,
    payload: { taskId: task.id, operation: task.operation, systemId: task.systemId, summary: outcome.summary ?? {} },
  });
  if (done) await enqueueJob(tx, fulfilmentAdvanceJob, { requestId: task.requestId });
  return true;
}

async function manualTaskFields(
  task: TaskRow,
  system: typeof dataSystems.$inferSelect,
  assigneeId: string | null,
  now: Date,
): Promise<Partial<TaskRow>> {
  const config = manualConfigSchema.parse(system.config ?? {});
  return {
    assigneeId: config.assigneeId ?? assigneeId,
    instructions:
      config.instructions || `${task.operation.replace("_", " ")} in ${system.name}, then record what you did.`,
    dueAt: new Date(`${addBusinessDays(localDateOf(now, "UTC"), config.dueInDays)}T17:00:00Z`),
  };
}

/** A connector step: the system call happens outside any transaction; its outcome is recorded after. */
async function runConnectorStep(task: TaskRow, request: RequestRow, now: Date): Promise<StepRunResult> {
  const [system] = await db().select().from(dataSystems).where(eq(dataSystems.id, task.systemId!));
  if (!system) throw new Error("the step's system no longer exists");
  if (!system.enabled) {
    // Disabled by an admin after planning: the step is skipped, recorded as such, and the plan goes on.
    await db().transaction(async (tx) => {
      const skipped = await updateTaskIf(tx, {
        id: task.id,
        from: ["running"],
        set: { status: "skipped", resultSummary: { skipped: `${system.name} was disabled` }, finishedAt: now },
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
    return { ran: true, status: "skipped" };
  }
  if (task.operation === "lift_restriction") await requireLiftNoticeSent(task.requestId);
  const subject = decryptSubjectFields(request);
  const tasks = await listTasks(db(), { requestId: task.requestId });
  const outcome = await connectorFor(system).run(task.operation as ConnectorOperation, {
    requestId: request.id,
    reference: request.reference,
    taskId: task.id,
    subject: { email: subject.email, accountReference: subject.accountReference },
    input: inputFor(task, tasks),
  });
  const extra =
    outcome.status !== "waiting"
      ? {}
      : system.kind === "manual"
        ? await manualTaskFields(task, system, request.assigneeId, now)
        : // A system that said "later" has this long to call back; then the recovery sweep fails the step.
          { dueAt: new Date(now.getTime() + CALLBACK_WINDOW_MS) };
  await db().transaction(async (tx) => {
    const recorded = await recordOutcome(tx, task, outcome, extra, now);
    if (recorded && system.kind === "manual" && outcome.status === "waiting") {
      await notifyStaffAttention(tx, {
        request,
        kind: "fulfilment_task",
        personId: extra.assigneeId ?? null,
        title: `${request.reference}: a manual task in ${system.name} is yours`,
      });
    }
  });
  return { ran: true, status: outcome.status === "done" ? "succeeded" : "waiting" };
}

/** Art. 18(3): no system lifts a restriction before the subject's notice has left. */
async function requireLiftNoticeSent(requestId: string): Promise<void> {
  const [sent] = await db()
    .select({ key: mailDeliveries.key })
    .from(mailDeliveries)
    .where(and(eq(mailDeliveries.key, `lift-notice-${requestId}`), sql`${mailDeliveries.acceptedAt} is not null`));
  if (!sent) throw new Error("waiting for the notice to the data subject to be sent before lifting the restriction");
}

/** An engine step (assemble, notify recipients, complete…): its writes and its record commit together. */
async function runInternalStep(task: TaskRow, now: Date): Promise<StepRunResult> {
  return db().transaction(async (tx) => {
    const request = await lockRequest(tx, { id: task.requestId });
    const locked = await lockTask(tx, { id: task.id });
    if (!request || !locked || locked.status !== "running") return { ran: false, reason: "already recorded" } as const;
    const tasks = await listTasks(tx, { requestId: task.requestId });
    const result = await INTERNAL_STEPS[task.operation as keyof typeof INTERNAL_STEPS]({
      tx,
      request,
      task: locked,
      tasks,
      now,
    });
    await recordOutcome(tx, locked, { status: "done", summary: result.summary, detail: result.detail }, {}, now);
    return { ran: true, status: "succeeded" } as const;
  });
}

/**
 * Runs one step (the `fulfilment.step` job). Only a step marked running is run, and a session
 * advisory lock keeps two deliveries of the same job from running it side by side; a crash in the
 * middle leaves it running, and the job's redelivery runs it again (every operation is idempotent).
 * The last failed attempt marks the step failed with its error, for a person to retry.
 */
export async function runStep(taskId: string, attempt: StepAttempt): Promise<StepRunResult> {
  const now = attempt.now ?? new Date();
  const task = await findTask(db(), { id: taskId });
  if (!task || task.status !== "running")
    return { ran: false, reason: task ? `step is ${task.status}` : "no such step" };
  const lockClient = await pool().connect();
  try {
    const { rows } = await lockClient.query<{ got: boolean }>(
      "select pg_try_advisory_lock(hashtextextended($1, 0)) as got",
      [taskId],
    );
    if (!rows[0]?.got) return { ran: false, reason: "running elsewhere" };
    try {
      // Read again under the lock: a delivery that waited for it finds the step already recorded.
      const current = await findTask(db(), { id: taskId });
      if (!current || current.status !== "running")
        return { ran: false, reason: current ? `step is ${current.status}` : "no such step" };
      const request = await findRequest(db(), { id: task.requestId });
      if (!request || request.status === "rejected" || request.status === "withdrawn") {
        // Refused or withdrawn after this step was queued: nothing more is done against the systems.
        await db().transaction(async (tx) => {
          if (
            await updateTaskIf(tx, {
              id: taskId,
              from: ["running"],
              set: { status: "skipped", resultSummary: { stoppedBy: request?.status ?? "missing" }, finishedAt: now },
            })
          ) {
            await appendAudit(tx, {
              actor: { type: "system" },
              action: "task.skipped",
              requestId: task.requestId,
              payload: {
                taskId,
                operation: task.operation,
                systemId: task.systemId,
                because: request?.status ?? "missing",
              },
            });
          }
        });
        return { ran: true, status: "skipped" };
      }
      await db()
        .update(requestTasks)
        .set({ attempts: sql`${requestTasks.attempts} + 1`, updatedAt: now })
        .where(eq(requestTasks.id, taskId));
      try {
        return isInternal(task.operation)
          ? await runInternalStep(task, now)
          : await runConnectorStep(task, request, now);
      } catch (err) {
        if (err instanceof StepDeferred) {
          // Put back in line; whatever unblocks it (the subject's reply) queues an advance.
          await updateTaskIf(db(), {
            id: taskId,
            from: ["running"],
            set: { status: "pending", lastError: err.message },
          });
          return { ran: true, status: "deferred" };
        }
        const last = attempt.attempt >= attempt.maxAttempts;
        await db().transaction(async (tx) => {
          const updated = await updateTaskIf(tx, {
            id: taskId,
            from: ["running"],
            set: last
              ? { status: "failed", lastError: errorText(err), finishedAt: now }
              : { lastError: errorText(err) },
          });
          if (updated && last) {
            await appendAudit(tx, {
              actor: { type: "system" },
              action: "task.failed",
              requestId: task.requestId,
              payload: {
                taskId,
                operation: task.operation,
                systemId: task.systemId,
                error: errorText(err),
                attempts: updated.attempts,
              },
            });
            const request = await findRequest(tx, { id: task.requestId });
            if (request)
              await notifyStaffAttention(tx, {
                request,
                kind: "fulfilment_failed",
                title: `${request.reference}: a fulfilment step failed (${task.operation.replace("_", " ")}) — retry it from the request`,
              });
          }
        });
        if (last) return { ran: true, status: "failed" };
        // BullMQ keeps the message in Redis and the log prints it: only the redacted text goes there.
        throw new Error(errorText(err));
      }
    } finally {
      await lockClient.query("select pg_advisory_unlock(hashtextextended($1, 0))", [taskId]);
    }
  } finally {
    lockClient.release();
  }
}
