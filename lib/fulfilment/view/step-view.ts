import type { DataSystem } from "@/lib/db/queries/data-systems";
import { taskNote, type TaskRow } from "@/lib/db/queries/tasks";
import { isGate } from "@/lib/fulfilment/engine/plan";
import { skipOf, typedSummaryOf } from "@/lib/fulfilment/step-results/summaries";
import { maySeeSubjectValues } from "./policy";
import type { FulfilmentRights, StepOutcomeView, StepView } from "./types";

export interface StepViewContext {
  systems: Map<string, Pick<DataSystem, "name" | "kind">>;
  nameOf: (staffId: string | null) => string | null;
  may: FulfilmentRights;
  /** The changes approved at the rectification gate for a system (decrypted only when shown). */
  approvedChangesFor: (systemId: string) => { field: string; value: string | null }[];
}

/** What the step found or did; a stored result that no longer parses is shown as such, not as a crash. */
export function outcomeOf(t: TaskRow, c: StepViewContext): StepOutcomeView {
  try {
    if (t.status === "skipped") return { kind: "skipped", marker: skipOf(t) };
    // A lift notice waiting out its notice period has already been mailed: its result is shown.
    const noticeSent = t.status === "waiting" && t.operation === "lift_notice";
    if (t.status !== "succeeded" && !noticeSent) return { kind: "none" };
    const by = c.nameOf(t.completedBy);
    const typed = typedSummaryOf(t);
    // A manual task a person recorded as done: their note may name the subject.
    if (typed && "completedByPerson" in typed.summary && typed.summary.completedByPerson === true)
      return { kind: "done_by_hand", by, note: maySeeSubjectValues(c.may) ? taskNote(t) : null };
    return typed ? { kind: "done", by, note: taskNote(t), ...typed } : { kind: "none" };
  } catch (err) {
    return { kind: "unreadable", error: err instanceof Error ? err.message : String(err) };
  }
}

export function toStepView(t: TaskRow, c: StepViewContext): StepView {
  const system = t.systemId ? c.systems.get(t.systemId) : undefined;
  // A waiting lift notice waits out its notice period, not a system or a person.
  const waitingExternal = t.status === "waiting" && !isGate(t.operation) && t.systemId !== null;
  const manualTask = waitingExternal && system?.kind === "manual";
  return {
    id: t.id,
    position: t.position,
    operation: t.operation,
    systemId: t.systemId,
    systemName: t.systemId ? (system?.name ?? "Removed system") : null,
    status: t.status,
    attempts: t.attempts,
    lastError: t.lastError,
    outcome: outcomeOf(t, c),
    manualTask,
    waitingForSystem: waitingExternal && system?.kind !== "manual",
    assigneeName: c.nameOf(t.assigneeId),
    instructions: t.instructions,
    dueAt: t.dueAt,
    completedByName: c.nameOf(t.completedBy),
    finishedAt: t.finishedAt,
    changesToApply:
      t.operation === "rectify" && manualTask && maySeeSubjectValues(c.may) ? c.approvedChangesFor(t.systemId!) : null,
  };
}
