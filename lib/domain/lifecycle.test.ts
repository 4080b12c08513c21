import { describe, expect, it } from "vitest";
import {
  AUDIT_ACTIONS,
  LIFECYCLE_ACTION_TYPES,
  allowedActions,
  decideTransition,
  type Actor,
  type LifecycleAction,
  type LifecycleActionType,
  type LifecycleContext,
  type TransitionResult,
} from "./lifecycle";
import { REQUEST_STATUSES, type RequestStatus } from "./vocabulary";

const subject: Actor = { kind: "subject" };
const system: Actor = { kind: "system" };
const admin: Actor = { kind: "staff", id: "staff-admin", role: "admin" };
const dpo: Actor = { kind: "staff", id: "staff-dpo", role: "dpo" };
const agent: Actor = { kind: "staff", id: "staff-agent", role: "agent" };
const manager: Actor = { kind: "staff", id: "staff-manager", role: "manager" };

const ACTORS = { subject, system, admin, dpo, agent, manager } as const;
const ACTOR_NAMES = Object.keys(ACTORS) as (keyof typeof ACTORS)[];

function context(overrides: Partial<LifecycleContext> = {}): LifecycleContext {
  return {
    status: "new",
    type: "access",
    assigneeId: null,
    extended: false,
    extensionAllowed: true,
    firstDueDate: "2025-03-31",
    today: "2025-03-10",
    clockStopAllowed: true,
    ...overrides,
  };
}

/** Valid arguments for each action; staff assign themselves so agents pass the self-only rule. */
function sampleAction(type: LifecycleActionType, actor: Actor): LifecycleAction {
  switch (type) {
    case "assign":
      return { type, assigneeId: actor.kind === "staff" ? actor.id : "staff-other" };
    case "ask_subject":
      return { type, message: "Please send a copy of your customer card." };
    case "extend":
      return { type, reason: "Complex request spanning several systems" };
    case "refuse":
      return { type, reasonCode: "manifestly_unfounded", reasonText: "Same request answered last week" };
    case "withdraw":
      return actor.kind === "system" ? { type, reason: "verification_expired" } : { type, reason: "No longer needed" };
    case "reopen":
      return { type, reason: "Subject reports missing data" };
    default:
      return { type };
  }
}

// ---------------------------------------------------------------------------------------------
// The expected decision table, written out by hand. A cell is the target status when the
// transition succeeds, F when it fails as forbidden, X when it fails as invalid_transition.
// ---------------------------------------------------------------------------------------------
const F = "forbidden";
const X = "invalid_transition";
type Cell = RequestStatus | typeof F | typeof X;
type Row = readonly [subject: Cell, system: Cell, admin: Cell, dpo: Cell, agent: Cell, manager: Cell];

const EXPECTED: Record<LifecycleActionType, Record<RequestStatus, Row>> = {
  verify: {
    //                 subject        system         admin          dpo            agent          manager
    unverified: ["new", "new", F, F, F, F],
    new: [X, X, F, F, F, F],
    in_progress: [X, X, F, F, F, F],
    awaiting_subject: [X, X, F, F, F, F],
    in_review: [X, X, F, F, F, F],
    completed: [X, X, F, F, F, F],
    rejected: [X, X, F, F, F, F],
    withdrawn: [X, X, F, F, F, F],
  },
  assign: {
    unverified: [F, F, X, X, X, F],
    new: [F, F, "new", "new", "new", F],
    in_progress: [F, F, "in_progress", "in_progress", "in_progress", F],
    awaiting_subject: [F, F, "awaiting_subject", "awaiting_subject", "awaiting_subject", F],
    in_review: [F, F, "in_review", "in_review", "in_review", F],
    completed: [F, F, X, X, X, F],
    rejected: [F, F, X, X, X, F],
    withdrawn: [F, F, X, X, X, F],
  },
  start: {
    unverified: [F, X, X, X, X, F],
    new: [F, "in_progress", "in_progress", "in_progress", "in_progress", F],
    in_progress: [F, X, X, X, X, F],
    awaiting_subject: [F, X, X, X, X, F],
    in_review: [F, X, X, X, X, F],
    completed: [F, X, X, X, X, F],
    rejected: [F, X, X, X, X, F],
    withdrawn: [F, X, X, X, X, F],
  },
  ask_subject: {
    unverified: [F, F, X, X, X, F],
    new: [F, F, X, X, X, F],
    in_progress: [F, F, "awaiting_subject", "awaiting_subject", "awaiting_subject", F],
    awaiting_subject: [F, F, X, X, X, F],
    in_review: [F, F, "awaiting_subject", "awaiting_subject", "awaiting_subject", F],
    completed: [F, F, X, X, X, F],
    rejected: [F, F, X, X, X, F],
    withdrawn: [F, F, X, X, X, F],
  },
  subject_replied: {
    unverified: [X, F, F, F, F, F],
    new: [X, F, F, F, F, F],
    in_progress: [X, F, F, F, F, F],
    awaiting_subject: ["in_progress", F, F, F, F, F],
    in_review: [X, F, F, F, F, F],
    completed: [X, F, F, F, F, F],
    rejected: [X, F, F, F, F, F],
    withdrawn: [X, F, F, F, F, F],
  },
  submit_for_review: {
    unverified: [F, X, X, X, X, F],
    new: [F, X, X, X, X, F],
    in_progress: [F, "in_review", "in_review", "in_review", "in_review", F],
    awaiting_subject: [F, X, X, X, X, F],
    in_review: [F, X, X, X, X, F],
    completed: [F, X, X, X, X, F],
    rejected: [F, X, X, X, X, F],
    withdrawn: [F, X, X, X, X, F],
  },
  complete: {
    unverified: [F, X, X, X, F, F],
    new: [F, X, X, X, F, F],
    in_progress: [F, X, X, X, F, F],
    awaiting_subject: [F, X, X, X, F, F],
    in_review: [F, "completed", "completed", "completed", F, F],
    completed: [F, X, X, X, F, F],
    rejected: [F, X, X, X, F, F],
    withdrawn: [F, X, X, X, F, F],
  },
  extend: {
    unverified: [F, F, X, X, F, F],
    new: [F, F, "new", "new", F, F],
    in_progress: [F, F, "in_progress", "in_progress", F, F],
    awaiting_subject: [F, F, "awaiting_subject", "awaiting_subject", F, F],
    in_review: [F, F, "in_review", "in_review", F, F],
    completed: [F, F, X, X, F, F],
    rejected: [F, F, X, X, F, F],
    withdrawn: [F, F, X, X, F, F],
  },
  refuse: {
    unverified: [F, F, "rejected", "rejected", F, F],
    new: [F, F, "rejected", "rejected", F, F],
    in_progress: [F, F, "rejected", "rejected", F, F],
    awaiting_subject: [F, F, "rejected", "rejected", F, F],
    in_review: [F, F, "rejected", "rejected", F, F],
    completed: [F, F, X, X, F, F],
    rejected: [F, F, X, X, F, F],
    withdrawn: [F, F, X, X, F, F],
  },
  withdraw: {
    unverified: ["withdrawn", "withdrawn", "withdrawn", "withdrawn", "withdrawn", F],
    new: ["withdrawn", F, "withdrawn", "withdrawn", "withdrawn", F],
    in_progress: ["withdrawn", F, "withdrawn", "withdrawn", "withdrawn", F],
    awaiting_subject: ["withdrawn", F, "withdrawn", "withdrawn", "withdrawn", F],
    in_review: ["withdrawn", F, "withdrawn", "withdrawn", "withdrawn", F],
    completed: [X, X, X, X, X, F],
    rejected: [X, X, X, X, X, F],
    withdrawn: [X, X, X, X, X, F],
  },
  reopen: {
    unverified: [F, F, X, X, F, F],
    new: [F, F, X, X, F, F],
    in_progress: [F, F, X, X, F, F],
    awaiting_subject: [F, F, X, X, F, F],
    in_review: [F, F, X, X, F, F],
    completed: [F, F, "in_progress", "in_progress", F, F],
    rejected: [F, F, "in_progress", "in_progress", F, F],
    withdrawn: [F, F, X, X, F, F],
  },
};

const GRID = LIFECYCLE_ACTION_TYPES.flatMap((type) =>
  REQUEST_STATUSES.flatMap((status) =>
    ACTOR_NAMES.map((actorName, column) => ({ type, status, actorName, expected: EXPECTED[type][status][column]! })),
  ),
);

describe("decideTransition: full status x action x actor table", () => {
  it("covers every combination", () => {
    expect(GRID).toHaveLength(REQUEST_STATUSES.length * LIFECYCLE_ACTION_TYPES.length * ACTOR_NAMES.length);
  });

  it.each(GRID)("$type in $status by $actorName -> $expected", ({ type, status, actorName, expected }) => {
    const ctx = context({ status });
    const actor = ACTORS[actorName];
    const result = decideTransition(ctx, actor, sampleAction(type, actor));
    if (expected === F || expected === X) {
      expect(result).toMatchObject({ ok: false, code: expected });
      if (!result.ok) {
        expect(result.message.length).toBeGreaterThan(0);
        expect(result.message).not.toMatch(/_/); // plain English, no internal identifiers
      }
    } else {
      expect(result).toMatchObject({ ok: true, from: status, to: expected });
      if (result.ok) expect(result.events[0]).toMatchObject({ kind: "audit", action: AUDIT_ACTIONS[type] });
    }
  });

  it.each(REQUEST_STATUSES.flatMap((status) => ACTOR_NAMES.map((actorName) => ({ status, actorName }))))(
    "allowedActions in $status for $actorName matches the table",
    ({ status, actorName }) => {
      const column = ACTOR_NAMES.indexOf(actorName);
      const expected = LIFECYCLE_ACTION_TYPES.filter((type) => {
        const cell = EXPECTED[type][status][column];
        return cell !== F && cell !== X;
      });
      expect(allowedActions(context({ status }), ACTORS[actorName])).toEqual(expected);
    },
  );
});

function expectOk(result: TransitionResult) {
  if (!result.ok) throw new Error(`expected success, got ${result.code}: ${result.message}`);
  return result;
}

describe("decideTransition: events and patches", () => {
  it("verify announces receipt and plans fulfilment", () => {
    const result = expectOk(decideTransition(context({ status: "unverified" }), subject, { type: "verify" }));
    expect(result.events).toEqual([
      { kind: "audit", action: "request.verified", data: { actorKind: "subject" } },
      { kind: "mail", template: "request_received", to: "subject" },
      { kind: "job", name: "fulfilment.plan" },
    ]);
    expect(result.patch).toEqual({});
  });

  it("start queues fulfilment", () => {
    const result = expectOk(decideTransition(context({ status: "new" }), agent, { type: "start" }));
    expect(result.events).toContainEqual({ kind: "job", name: "fulfilment.start" });
  });

  it("ask_subject pauses the clock only where the regime allows it", () => {
    const action: LifecycleAction = { type: "ask_subject", message: "Which account?" };
    const paused = expectOk(decideTransition(context({ status: "in_progress" }), agent, action));
    expect(paused.events.slice(1)).toEqual([
      { kind: "clock", event: "pause" },
      { kind: "mail", template: "clarification_request", to: "subject" },
    ]);
    const running = expectOk(
      decideTransition(context({ status: "in_review", clockStopAllowed: false }), agent, action),
    );
    expect(running.events.slice(1)).toEqual([{ kind: "mail", template: "clarification_request", to: "subject" }]);
  });

  it("subject_replied resumes the clock only where it was paused", () => {
    const resumed = expectOk(
      decideTransition(context({ status: "awaiting_subject" }), subject, { type: "subject_replied" }),
    );
    expect(resumed.events.slice(1)).toEqual([{ kind: "clock", event: "resume" }]);
    const running = expectOk(
      decideTransition(context({ status: "awaiting_subject", clockStopAllowed: false }), subject, {
        type: "subject_replied",
      }),
    );
    expect(running.events.slice(1)).toEqual([]);
  });

  it("extend marks the request extended, moves the clock and notifies the subject", () => {
    const result = expectOk(
      decideTransition(context({ status: "in_progress" }), dpo, { type: "extend", reason: "Complex" }),
    );
    expect(result.patch).toEqual({ extended: true });
    expect(result.to).toBe("in_progress");
    expect(result.events).toEqual([
      {
        kind: "audit",
        action: "request.extended",
        data: { actorKind: "staff", actorId: "staff-dpo", actorRole: "dpo", reason: "Complex" },
      },
      { kind: "clock", event: "extend" },
      { kind: "mail", template: "extension_notice", to: "subject" },
    ]);
  });

  it("refuse records the reason and sends the refusal", () => {
    const result = expectOk(
      decideTransition(context({ status: "in_review" }), admin, {
        type: "refuse",
        reasonCode: "exemption",
        reasonText: "Legal privilege",
      }),
    );
    expect(result.events[0]).toMatchObject({ data: { reasonCode: "exemption", reasonText: "Legal privilege" } });
    expect(result.events.slice(1)).toEqual([{ kind: "mail", template: "refusal", to: "subject" }]);
  });

  it("complete sends the completion mail", () => {
    const result = expectOk(decideTransition(context({ status: "in_review" }), admin, { type: "complete" }));
    expect(result.events.slice(1)).toEqual([{ kind: "mail", template: "completion", to: "subject" }]);
  });

  it("withdraw confirms to the subject, except when the system expires an unverified request", () => {
    for (const actor of [subject, agent]) {
      const result = expectOk(decideTransition(context({ status: "in_progress" }), actor, { type: "withdraw" }));
      expect(result.events.slice(1)).toEqual([{ kind: "mail", template: "withdrawal_confirmation", to: "subject" }]);
    }
    const expired = expectOk(
      decideTransition(context({ status: "unverified" }), system, { type: "withdraw", reason: "verification_expired" }),
    );
    expect(expired.events).toEqual([
      { kind: "audit", action: "request.withdrawn", data: { actorKind: "system", reason: "verification_expired" } },
    ]);
  });

  it("reopen needs no mail and returns to in_progress", () => {
    const result = expectOk(
      decideTransition(context({ status: "rejected" }), dpo, { type: "reopen", reason: "Appeal upheld" }),
    );
    expect(result.to).toBe("in_progress");
    expect(result.events).toHaveLength(1);
  });

  describe("assign", () => {
    const ctx = context({ status: "in_progress", assigneeId: "staff-old" });

    it("notifies a colleague who is given the request", () => {
      const result = expectOk(decideTransition(ctx, admin, { type: "assign", assigneeId: "staff-agent" }));
      expect(result.to).toBe("in_progress");
      expect(result.patch).toEqual({ assigneeId: "staff-agent" });
      expect(result.events[0]).toMatchObject({ data: { assigneeId: "staff-agent", previousAssigneeId: "staff-old" } });
      expect(result.events.slice(1)).toEqual([{ kind: "mail", template: "staff_assignment", to: "assignee" }]);
    });

    it("sends no mail when taking it yourself, unassigning, or re-assigning the same person", () => {
      const self = expectOk(decideTransition(ctx, agent, { type: "assign", assigneeId: "staff-agent" }));
      expect(self.patch).toEqual({ assigneeId: "staff-agent" });
      expect(self.events).toHaveLength(1);
      const cleared = expectOk(decideTransition(ctx, dpo, { type: "assign", assigneeId: null }));
      expect(cleared.patch).toEqual({ assigneeId: null });
      expect(cleared.events).toHaveLength(1);
      const same = expectOk(decideTransition(ctx, dpo, { type: "assign", assigneeId: "staff-old" }));
      expect(same.events).toHaveLength(1);
    });
  });
});

describe("decideTransition: guards", () => {
  it.each<[string, RequestStatus, Actor, LifecycleAction]>([
    ["ask_subject without message", "in_progress", agent, { type: "ask_subject", message: "" }],
    ["ask_subject with blank message", "in_review", admin, { type: "ask_subject", message: "  \n " }],
    ["extend without reason", "new", dpo, { type: "extend", reason: "" }],
    ["refuse without explanation", "new", dpo, { type: "refuse", reasonCode: "excessive", reasonText: " " }],
    ["refuse with unknown reason code", "new", dpo, { type: "refuse", reasonCode: "bogus" as never, reasonText: "x" }],
    ["reopen without reason", "completed", admin, { type: "reopen", reason: "" }],
  ])("%s -> reason_required", (_name, status, actor, action) => {
    expect(decideTransition(context({ status }), actor, action)).toMatchObject({ ok: false, code: "reason_required" });
  });

  it("checks the status before the reason", () => {
    const result = decideTransition(context({ status: "completed" }), dpo, {
      type: "refuse",
      reasonCode: "other",
      reasonText: "",
    });
    expect(result).toMatchObject({ ok: false, code: "invalid_transition" });
  });

  describe("extend", () => {
    const extend: LifecycleAction = { type: "extend", reason: "Complex request" };

    it("is allowed only once", () => {
      const result = decideTransition(context({ extended: true }), admin, extend);
      expect(result).toMatchObject({
        ok: false,
        code: "extension_not_allowed",
        message: expect.stringMatching(/once/),
      });
    });

    it("is refused where the regime does not allow it", () => {
      expect(decideTransition(context({ extensionAllowed: false }), admin, extend)).toMatchObject({
        ok: false,
        code: "extension_not_allowed",
      });
    });

    it("is allowed up to and including the first due date, refused after it", () => {
      expect(decideTransition(context({ today: "2025-03-31", firstDueDate: "2025-03-31" }), admin, extend).ok).toBe(
        true,
      );
      expect(
        decideTransition(context({ today: "2025-04-01", firstDueDate: "2025-03-31" }), admin, extend),
      ).toMatchObject({
        ok: false,
        code: "extension_not_allowed",
        message: expect.stringMatching(/before the original due date/),
      });
      expect(decideTransition(context({ today: "2026-01-01", firstDueDate: "2025-12-31" }), admin, extend).ok).toBe(
        false,
      );
    });

    it("is not offered by allowedActions once a guard fails", () => {
      expect(allowedActions(context({ status: "in_progress" }), dpo)).toContain("extend");
      expect(allowedActions(context({ status: "in_progress", extended: true }), dpo)).not.toContain("extend");
      expect(allowedActions(context({ status: "in_progress", today: "2025-04-01" }), dpo)).not.toContain("extend");
    });

    it("rejects malformed dates loudly instead of comparing them", () => {
      expect(() => decideTransition(context({ today: "1/4/2025" }), admin, extend)).toThrow(/YYYY-MM-DD/);
    });
  });

  describe("agent assignment", () => {
    it("refuses assigning someone else or unassigning", () => {
      for (const assigneeId of ["staff-dpo", null]) {
        expect(decideTransition(context({ status: "new" }), agent, { type: "assign", assigneeId })).toMatchObject({
          ok: false,
          code: "forbidden",
          message: "Agents can only assign requests to themselves.",
        });
      }
    });

    it("allows an agent to take the request", () => {
      expect(
        decideTransition(context({ status: "new" }), agent, { type: "assign", assigneeId: "staff-agent" }).ok,
      ).toBe(true);
    });
  });

  describe("system withdrawal", () => {
    it("needs the verification_expired reason", () => {
      for (const action of [{ type: "withdraw" }, { type: "withdraw", reason: "spam" }] as const) {
        expect(decideTransition(context({ status: "unverified" }), system, action)).toMatchObject({
          ok: false,
          code: "forbidden",
        });
      }
    });

    it("is refused once the request is verified", () => {
      const result = decideTransition(context({ status: "new" }), system, {
        type: "withdraw",
        reason: "verification_expired",
      });
      expect(result).toMatchObject({ ok: false, code: "forbidden" });
    });
  });

  it("gives managers nothing to do in any status", () => {
    for (const status of REQUEST_STATUSES) expect(allowedActions(context({ status }), manager)).toEqual([]);
  });
});
