import { z } from "zod";
import type { Db } from "../client";
import { recordedAuditActions } from "./audit-log";
import { listTasks, type TaskRow } from "./tasks";
import { AUDIT_ACTIONS, type FulfilmentProgress } from "@/lib/domain/lifecycle";

// Written by the plan job (lib/fulfilment/engine/plan-fulfilment.ts), for an empty plan too.
const PLANNED = "fulfilment.planned";

// A step a refusal or withdrawal stopped; once the request is reopened it waits for the resume job.
const stoppedStep = z.object({ stoppedBy: z.string() });

const isDone = (t: TaskRow) =>
  t.status === "succeeded" || (t.status === "skipped" && !stoppedStep.safeParse(t.resultSummary).success);

/**
 * Where the request's fulfilment plan stands (see FulfilmentProgress), from its steps and its audit
 * trail: planning happens in a job after the start, so a request just started may have no steps yet
 * although it will have some. The lifecycle reads it (closing by hand) and so does the workspace panel.
 */
export async function fulfilmentProgress(db: Db, requestId: string): Promise<FulfilmentProgress> {
  const tasks = await listTasks(db, { requestId });
  if (tasks.length > 0) return tasks.every(isDone) ? "settled" : "unfinished";
  const recorded = await recordedAuditActions(db, { requestId, actions: [AUDIT_ACTIONS.start, PLANNED] });
  return recorded.has(AUDIT_ACTIONS.start) && !recorded.has(PLANNED) ? "planning" : "settled";
}
