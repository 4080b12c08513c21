import type { ConnectorCapabilities, ConnectorOperation } from "@/lib/connectors/types";
import { OPERATION_CAPABILITY } from "@/lib/connectors/types";
import type { RequestType } from "@/lib/domain/vocabulary";

/** Steps the engine runs itself, without a connector. */
export const INTERNAL_OPERATIONS = ["assemble", "notify_recipients", "complete", "lift_notice"] as const;
export type InternalOperation = (typeof INTERNAL_OPERATIONS)[number];

/** Steps that wait for a person's decision before the plan goes on. */
export const GATE_OPERATIONS = ["review_package", "approve_erasure", "approve_changes"] as const;
export type GateOperation = (typeof GATE_OPERATIONS)[number];

export type StepOperation = ConnectorOperation | InternalOperation | GateOperation;

export const isGate = (op: string): op is GateOperation => (GATE_OPERATIONS as readonly string[]).includes(op);
export const isInternal = (op: string): op is InternalOperation =>
  (INTERNAL_OPERATIONS as readonly string[]).includes(op);

export interface PlannableSystem {
  id: string;
  capabilities: ConnectorCapabilities;
}

export interface PlannedStep {
  operation: StepOperation;
  systemId: string | null;
  /** Steps of one position run in parallel (one per system); the next position starts when all succeeded. */
  position: number;
}

type Phase = { op: StepOperation; perSystem: boolean };

const PHASES: Record<RequestType, Phase[]> = {
  access: [
    { op: "collect", perSystem: true },
    { op: "assemble", perSystem: false },
    { op: "review_package", perSystem: false },
    { op: "complete", perSystem: false },
  ],
  portability: [
    { op: "collect", perSystem: true },
    { op: "assemble", perSystem: false },
    { op: "review_package", perSystem: false },
    { op: "complete", perSystem: false },
  ],
  erasure: [
    { op: "discover", perSystem: true },
    { op: "approve_erasure", perSystem: false },
    { op: "erase", perSystem: true },
    { op: "notify_recipients", perSystem: false },
    { op: "complete", perSystem: false },
  ],
  rectification: [
    { op: "read_current", perSystem: true },
    { op: "approve_changes", perSystem: false },
    { op: "rectify", perSystem: true },
    { op: "notify_recipients", perSystem: false },
    { op: "complete", perSystem: false },
  ],
  restriction: [
    { op: "restrict", perSystem: true },
    { op: "notify_recipients", perSystem: false },
    { op: "complete", perSystem: false },
  ],
  objection: [
    { op: "stop_marketing", perSystem: true },
    { op: "complete", perSystem: false },
  ],
  opt_out_sale: [
    { op: "opt_out_sale", perSystem: true },
    { op: "complete", perSystem: false },
  ],
  limit_sensitive: [
    { op: "limit_sensitive", perSystem: true },
    { op: "complete", perSystem: false },
  ],
  opt_out_targeted_ads: [
    { op: "opt_out_targeted_ads", perSystem: true },
    { op: "complete", perSystem: false },
  ],
  opt_out_profiling: [
    { op: "opt_out_profiling", perSystem: true },
    { op: "complete", perSystem: false },
  ],
  opt_out_sensitive: [
    { op: "opt_out_sensitive", perSystem: true },
    { op: "complete", perSystem: false },
  ],
  // Minn. Stat. § 325M.14, subd. 1(g): the person reviews the data used in the profiling (the package), and
  // staff give the reason for the decision and the outcome of any re-evaluation at the package review.
  question_profiling: [
    { op: "collect", perSystem: true },
    { op: "assemble", perSystem: false },
    { op: "review_package", perSystem: false },
    { op: "complete", perSystem: false },
  ],
  // LGPD art. 18 I / 19 I: count the person's records in every system, then answer yes or no at once (no review:
  // no data leaves, and the answer is due immediately).
  confirmation: [
    { op: "collect", perSystem: true },
    { op: "complete", perSystem: false },
  ],
};

/** Lifting a restriction: the subject is told first (Art. 18(3)), then every system lifts it. */
const LIFT_PHASES: Phase[] = [
  { op: "lift_notice", perSystem: false },
  { op: "lift_restriction", perSystem: true },
];
/** Lift steps come after any step of the original plan. */
export const LIFT_POSITION = 100;

function expand(phases: Phase[], systems: PlannableSystem[], start: number): PlannedStep[] {
  const steps: PlannedStep[] = [];
  phases.forEach((phase, i) => {
    const position = start + i;
    if (!phase.perSystem) {
      steps.push({ operation: phase.op, systemId: null, position });
      return;
    }
    const capability = OPERATION_CAPABILITY[phase.op as ConnectorOperation];
    for (const s of systems)
      if (s.capabilities[capability]) steps.push({ operation: phase.op, systemId: s.id, position });
  });
  return steps;
}

/**
 * The steps that answer one request against the enabled systems. Only direct-marketing objections
 * are automatic; any other objection needs the DPO's balancing decision (Art. 21(1)), so it has no plan.
 */
export function planSteps(
  type: RequestType,
  systems: PlannableSystem[],
  specifics: { objectionScope?: unknown } | null,
): PlannedStep[] {
  if (type === "objection" && specifics?.objectionScope !== "direct_marketing") return [];
  return expand(PHASES[type], systems, 0);
}

export function planLiftSteps(systems: PlannableSystem[]): PlannedStep[] {
  return expand(LIFT_PHASES, systems, LIFT_POSITION);
}

export type NextMove =
  | { kind: "finished" }
  | { kind: "blocked"; failed: string[] }
  | { kind: "busy" }
  | { kind: "dispatch"; position: number; steps: string[]; gates: string[] };

/**
 * What the engine does next, from the steps' statuses alone: the first position with unfinished
 * steps is the current one; its pending steps are dispatched (gates start waiting for a person);
 * a failed step blocks the plan until someone retries it.
 */
export function nextMove(tasks: { id: string; operation: string; position: number; status: string }[]): NextMove {
  const open = tasks.filter((t) => t.status !== "succeeded" && t.status !== "skipped");
  if (open.length === 0) return { kind: "finished" };
  const position = Math.min(...open.map((t) => t.position));
  const current = open.filter((t) => t.position === position);
  const failed = current.filter((t) => t.status === "failed").map((t) => t.id);
  if (failed.length > 0) return { kind: "blocked", failed };
  const pending = current.filter((t) => t.status === "pending");
  if (pending.length === 0) return { kind: "busy" };
  return {
    kind: "dispatch",
    position,
    steps: pending.filter((t) => !isGate(t.operation)).map((t) => t.id),
    gates: pending.filter((t) => isGate(t.operation)).map((t) => t.id),
  };
}
