import { describe, expect, it } from "vitest";
import {
  ACTORS,
  ACTOR_NAMES,
  NOW,
  SAMPLE,
  context,
  sampleAction,
  type ActorName,
} from "@/scripts/test-support/lifecycle";
import {
  AUDIT_ACTIONS,
  LIFECYCLE_ACTION_TYPES,
  allowedActions,
  decideTransition,
  type LifecycleActionType,
  type RequestPatch,
} from "@/lib/domain/lifecycle";
import { REQUEST_STATUSES, type RequestStatus } from "../vocabulary";

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
    unverified: ["new", "new", "new", "new", "new", F],
    new: [X, X, X, X, X, F],
    in_progress: [X, X, X, X, X, F],
    awaiting_subject: [X, X, X, X, X, F],
    in_review: [X, X, X, X, X, F],
    completed: [X, X, X, X, X, F],
    rejected: [X, X, X, X, X, F],
    withdrawn: [X, X, X, X, X, F],
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

/**
 * The full row change of each successful cell above (default context: the clock may stop, nobody
 * assigned). Written out by hand as well, so a column the lifecycle forgets to write shows up here.
 */
const EXPECTED_PATCH: Record<LifecycleActionType, (to: RequestStatus, actorName: ActorName) => RequestPatch> = {
  verify: (to) => ({ status: to, verifiedAt: NOW }),
  assign: (to, actorName) => ({ status: to, assigneeId: `staff-${actorName}` }),
  start: (to) => ({ status: to }),
  ask_subject: (to) => ({ status: to, pausedAt: NOW }),
  subject_replied: (to) => ({ status: to, pausedAt: null }),
  submit_for_review: (to) => ({ status: to }),
  complete: (to) => ({ status: to, outcome: "completed", closedAt: NOW, partialRefusal: null }),
  extend: (to) => ({ status: to, extendedAt: NOW, extensionReason: SAMPLE.extendReason }),
  refuse: (to) => ({
    status: to,
    refusalReasonCode: "manifestly_unfounded",
    refusalReasonText: SAMPLE.reasonText,
    outcome: "refused",
    closedAt: NOW,
  }),
  withdraw: (to) => ({ status: to, outcome: "withdrawn", closedAt: NOW }),
  reopen: (to) => ({
    status: to,
    outcome: null,
    closedAt: null,
    partialRefusal: null,
    refusalReasonCode: null,
    refusalReasonText: null,
  }),
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
    // A request waiting for the subject under a regime that stops the clock has it stopped.
    const ctx = context({ status, paused: status === "awaiting_subject" });
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
      if (result.ok) {
        expect(result.events[0]).toMatchObject({ kind: "audit", action: AUDIT_ACTIONS[type] });
        expect(result.patch).toEqual(EXPECTED_PATCH[type](expected, actorName));
      }
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
