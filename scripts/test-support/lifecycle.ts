import type {
  Actor,
  LifecycleAction,
  LifecycleActionType,
  LifecycleContext,
  TransitionResult,
} from "@/lib/domain/lifecycle";

/** Actors and contexts shared by the lifecycle's unit tests (lib/domain/lifecycle/*.test.ts). */
export const subject: Actor = { kind: "subject" };
export const system: Actor = { kind: "system" };
export const admin: Actor = { kind: "staff", id: "staff-admin", role: "admin" };
export const dpo: Actor = { kind: "staff", id: "staff-dpo", role: "dpo" };
export const agent: Actor = { kind: "staff", id: "staff-agent", role: "agent" };
export const manager: Actor = { kind: "staff", id: "staff-manager", role: "manager" };

export const ACTORS = { subject, system, admin, dpo, agent, manager } as const;
export type ActorName = keyof typeof ACTORS;
export const ACTOR_NAMES: ActorName[] = ["subject", "system", "admin", "dpo", "agent", "manager"];

export const NOW = new Date("2025-03-10T09:30:00Z");

export function context(overrides: Partial<LifecycleContext> = {}): LifecycleContext {
  return {
    now: NOW,
    status: "new",
    type: "access",
    assigneeId: null,
    extended: false,
    extensionAllowed: true,
    firstDueDate: "2025-03-31",
    today: "2025-03-10",
    dueDate: "2025-03-31",
    paused: false,
    clockStopAllowed: true,
    refusalDueDate: "2025-03-31",
    refusalCite: null,
    fulfilment: "settled",
    ...overrides,
  };
}

export const SAMPLE = {
  message: "Please send a copy of your customer card.",
  extendReason: "Complex request spanning several systems",
  reasonText: "Same request answered last week",
  withdrawReason: "No longer needed",
  reopenReason: "Subject reports missing data",
} as const;

/** Valid arguments for each action; staff assign themselves so agents pass the self-only rule. */
export function sampleAction(type: LifecycleActionType, actor: Actor): LifecycleAction {
  switch (type) {
    case "assign":
      return { type, assigneeId: actor.kind === "staff" ? actor.id : "staff-other" };
    case "ask_subject":
      return { type, message: SAMPLE.message };
    case "extend":
      return { type, reason: SAMPLE.extendReason };
    case "refuse":
      return { type, reasonCode: "manifestly_unfounded", reasonText: SAMPLE.reasonText };
    case "withdraw":
      return actor.kind === "system"
        ? { type, reason: "verification_expired" }
        : { type, reason: SAMPLE.withdrawReason };
    case "reopen":
      return { type, reason: SAMPLE.reopenReason };
    case "verify":
      return actor.kind === "staff" ? { type, identityCheck: { method: "id_document", note: null } } : { type };
    default:
      return { type };
  }
}

export function expectOk(result: TransitionResult) {
  if (!result.ok) throw new Error(`expected success, got ${result.code}: ${result.message}`);
  return result;
}
