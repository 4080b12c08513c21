import { appendAudit } from "@/lib/audit/append";
import { db } from "@/lib/db/client";
import { listAcceptedUnscheduledLiftNotices, listDueLiftNotices } from "@/lib/db/queries/lift-notices";
import { updateTaskIf, type TaskRow } from "@/lib/db/queries/tasks";
import { localDateOf } from "@/lib/domain/deadline";
import { controllerProfile, env } from "@/lib/env";
import { enqueueJob } from "@/lib/outbox/enqueue";
import { fulfilmentAdvanceJob } from "@/lib/queue/jobs/fulfilment-advance";
import { summaryOf } from "@/lib/fulfilment/step-results/summaries";

const DAY_MS = 86_400_000;
const QUARTER_HOUR_MS = 15 * 60_000;

/**
 * When the lift may run: the notice period counted from the moment SMTP accepted the notice, and never
 * before the date the notice named (in the controller's time zone).
 */
export function liftNotBefore(p: {
  acceptedAt: Date;
  liftOn: string | undefined;
  days: number;
  timeZone: string;
}): Date {
  const afterPeriod = new Date(p.acceptedAt.getTime() + p.days * DAY_MS);
  const liftOn = p.liftOn;
  if (!liftOn) return afterPeriod;
  // Only a clock change between notice and lift can leave the period's end on the day before the
  // named date; then the lift waits for the first quarter-hour of that date.
  const zone = p.timeZone;
  let t = afterPeriod.getTime();
  const until = t + 2 * DAY_MS;
  while (localDateOf(new Date(t), zone) < liftOn && t < until) t += QUARTER_HOUR_MS;
  return new Date(t);
}

/**
 * Art. 18(3), run by the recovery sweep: starts the notice period of every lift notice SMTP has
 * accepted, and ends the notice step of every lift whose period has passed, which lets the plan go on
 * to the lift itself. Postgres alone decides: nothing waits in Redis for seven days.
 */
export async function advanceLiftNotices(now: Date): Promise<{ scheduled: number; due: number }> {
  let scheduled = 0;
  for (const { task, acceptedAt } of await listAcceptedUnscheduledLiftNotices(db(), { limit: 200 })) {
    if (await scheduleLift(task, acceptedAt)) scheduled += 1;
  }
  let due = 0;
  for (const task of await listDueLiftNotices(db(), { now, limit: 200 })) {
    if (await endNoticePeriod(task, now)) due += 1;
  }
  return { scheduled, due };
}

async function scheduleLift(task: TaskRow, acceptedAt: Date): Promise<boolean> {
  const notBefore = liftNotBefore({
    acceptedAt,
    liftOn: summaryOf("lift_notice", task)?.liftOn,
    days: env().RESTRICTION_LIFT_NOTICE_DAYS,
    timeZone: controllerProfile().timeZone,
  });
  return db().transaction(async (tx) => {
    const updated = await updateTaskIf(tx, { id: task.id, from: ["waiting"], set: { notBefore } });
    if (!updated) return false;
    await appendAudit(tx, {
      actor: { type: "system" },
      action: "restriction.lift_scheduled",
      requestId: task.requestId,
      payload: { taskId: task.id, noticeAcceptedAt: acceptedAt.toISOString(), notBefore: notBefore.toISOString() },
    });
    return true;
  });
}

async function endNoticePeriod(task: TaskRow, now: Date): Promise<boolean> {
  return db().transaction(async (tx) => {
    const updated = await updateTaskIf(tx, {
      id: task.id,
      from: ["waiting"],
      set: { status: "succeeded", finishedAt: now },
    });
    if (!updated) return false;
    await appendAudit(tx, {
      actor: { type: "system" },
      action: "restriction.lift_notice_period_ended",
      requestId: task.requestId,
      payload: { taskId: task.id, notBefore: task.notBefore?.toISOString() ?? null },
    });
    await enqueueJob(tx, fulfilmentAdvanceJob, { requestId: task.requestId });
    return true;
  });
}
