import { summaryOf } from "@/lib/fulfilment/step-results/summaries";

export type NoticeAction = "erasure" | "rectification" | "restriction";

type Task = {
  id: string;
  operation: string;
  status: string;
  systemId: string | null;
  resultSummary: unknown;
};

const sum = (counts: Record<string, number> | undefined) =>
  counts ? Object.values(counts).reduce((a, b) => a + b, 0) : undefined;

/**
 * Whether a system's steps found this person's records, from the steps' summaries (counts, no data):
 * erasure — the discovery plan counted rows (or the erase touched some); rectification — a change
 * was applied there; restriction — rows were flagged. A step that reports no count (a manual task, a
 * webhook that sent only flags) cannot say: its recipients are told, since leaving out a recipient
 * who did receive the data is the failure Art. 19 is about.
 */
function foundIn(action: NoticeAction, tasks: Task[]): boolean {
  const ran = (op: string) => tasks.filter((t) => t.operation === op && t.status === "succeeded");
  if (action === "erasure") {
    const discover = ran("discover")[0];
    const plan = discover ? summaryOf("discover", discover)?.plan : undefined;
    if (plan) return plan.some((a) => a.rows > 0);
    const erase = ran("erase")[0];
    const executed = erase ? summaryOf("erase", erase)?.executed : undefined;
    return executed ? executed.some((e) => e.affected > 0) : true;
  }
  if (action === "rectification") {
    const step = ran("rectify")[0];
    const changed = sum(step ? (summaryOf("rectify", step)?.changed ?? undefined) : undefined);
    return changed === undefined ? true : changed > 0;
  }
  const step = ran("restrict")[0];
  const flagged = sum(step ? (summaryOf("restrict", step)?.flagged ?? undefined) : undefined);
  return flagged === undefined ? true : flagged > 0;
}

const ACTING = { erasure: "erase", rectification: "rectify", restriction: "restrict" } as const;

/** The systems whose acting step succeeded and that held this person's records: their recipients get the notice. */
export function systemsWithRecords(action: NoticeAction, tasks: Task[]): string[] {
  const acted = tasks.filter((t) => t.operation === ACTING[action] && t.status === "succeeded" && t.systemId);
  return acted
    .map((t) => t.systemId!)
    .filter((id) =>
      foundIn(
        action,
        tasks.filter((t) => t.systemId === id),
      ),
    );
}
