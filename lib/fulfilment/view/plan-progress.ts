import { createHash } from "node:crypto";
import type { PhaseStatus, PhaseView, Progress, StatusCounts, StepView, TaskStatus } from "./types";

function phaseStatus(steps: { status: TaskStatus }[]): PhaseStatus {
  const has = (s: TaskStatus) => steps.some((x) => x.status === s);
  if (has("failed")) return "failed";
  if (has("running")) return "running";
  if (has("waiting")) return "waiting";
  if (has("pending")) return "pending";
  return "done";
}

/** Steps grouped by position, in order (the engine runs one position at a time, its steps in parallel). */
export function groupPhases(steps: StepView[]): PhaseView[] {
  const byPosition = new Map<number, StepView[]>();
  for (const s of steps) byPosition.set(s.position, [...(byPosition.get(s.position) ?? []), s]);
  return [...byPosition.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([position, list]) => ({
      position,
      operation: list[0]!.operation,
      perSystem: list.some((x) => x.systemId !== null),
      status: phaseStatus(list),
      steps: list,
    }));
}

/** "Step x of y": x is the first position with unfinished steps, among the distinct positions. */
export function progressOf(phases: Pick<PhaseView, "status" | "operation">[]): Progress | null {
  if (phases.length === 0) return null;
  const i = phases.findIndex((p) => p.status !== "done");
  if (i < 0) return { current: phases.length, total: phases.length, operation: null, finished: true };
  return { current: i + 1, total: phases.length, operation: phases[i]!.operation, finished: false };
}

export function countStatuses(tasks: { status: TaskStatus }[]): StatusCounts {
  const counts: StatusCounts = {
    total: tasks.length,
    pending: 0,
    running: 0,
    waiting: 0,
    succeeded: 0,
    failed: 0,
    skipped: 0,
  };
  for (const t of tasks) counts[t.status] += 1;
  return counts;
}

/**
 * Something will change without anyone acting: a step runs, or the current position has steps
 * about to be dispatched. A plan waiting at a gate, a manual task or a failure is not live (its later
 * steps stay pending until a person acts), so the panel stops refreshing.
 */
export function isLive(tasks: { position: number; status: TaskStatus }[]): boolean {
  if (tasks.some((t) => t.status === "running")) return true;
  const open = tasks.filter((t) => t.status !== "succeeded" && t.status !== "skipped");
  if (open.length === 0) return false;
  const position = Math.min(...open.map((t) => t.position));
  const current = open.filter((t) => t.position === position);
  return current.some((t) => t.status === "pending") && !current.some((t) => t.status === "failed");
}

/** Every transition bumps the request's version, so version and steps say all the panel and page show. */
export function signatureOf(
  request: { version: number },
  tasks: { id: string; status: string; attempts: number; updatedAt: Date }[],
  planning: boolean,
): string {
  // `planning` is part of it: a plan that settles with no step (an objection answered by hand) changes neither
  // the version nor the steps, and the page polling "Planning…" would never refresh to offer "Complete".
  const h = createHash("sha256").update(`v${request.version}${planning ? ":planning" : ""}`);
  for (const t of tasks) h.update(`|${t.id}:${t.status}:${t.attempts}:${t.updatedAt.getTime()}`);
  return h.digest("base64url").slice(0, 22);
}
