import { describe, expect, it } from "vitest";
import {
  AUDIT_ACTION_GROUPS,
  AUDIT_ACTION_NAMES,
  TRANSITION_AUDIT_ACTIONS,
  gateAuditAction,
  isAuditAction,
  type AuditAction,
} from "./audit-actions";
import { auditPayloadSchema, parseAuditEntry } from "./audit-payloads";
import { AUDIT_ACTIONS as LIFECYCLE_AUDIT_ACTIONS } from "./lifecycle";

// Compile-time: the lifecycle's audit actions are catalogued.
LIFECYCLE_AUDIT_ACTIONS satisfies Record<string, AuditAction>;

describe("audit action catalogue", () => {
  it("names each action once, inside the group it starts with", () => {
    expect(new Set(AUDIT_ACTION_NAMES).size).toBe(AUDIT_ACTION_NAMES.length);
    for (const [group, actions] of Object.entries(AUDIT_ACTION_GROUPS))
      for (const a of actions) expect(a.startsWith(`${group}.`)).toBe(true);
  });

  it("lists exactly the lifecycle's actions as transitions", () => {
    expect([...TRANSITION_AUDIT_ACTIONS].sort()).toEqual(Object.values(LIFECYCLE_AUDIT_ACTIONS).sort());
  });

  it("has an action for each review gate, and none for other operations", () => {
    expect(gateAuditAction("review_package")).toBe("gate.review_package");
    expect(() => gateAuditAction("collect")).toThrow("no audit action");
    expect(isAuditAction("gate.collect")).toBe(false);
  });
});

describe("parseAuditEntry", () => {
  it("types a transition's payload", () => {
    const entry = parseAuditEntry({
      action: "request.assigned",
      payload: { from: "new", to: "new", assigneeId: "u1", previousAssigneeId: null, extra: 1 },
    });
    expect(entry.kind).toBe("transition");
    if (entry.kind === "transition") {
      expect(entry.payload.assigneeId).toBe("u1");
      // Loose: keys written by another version survive the parse.
      expect(entry.payload).toMatchObject({ extra: 1 });
    }
  });

  it("types a step's payload", () => {
    const entry = parseAuditEntry({
      action: "task.failed",
      payload: { taskId: "t", operation: "erase_records", error: "timeout" },
    });
    expect(entry).toMatchObject({ kind: "task", payload: { operation: "erase_records", error: "timeout" } });
  });

  it("keeps unknown actions and payloads that no longer fit as `other`, never throws", () => {
    expect(parseAuditEntry({ action: "legacy.thing", payload: { a: 1 } })).toEqual({
      kind: "other",
      action: "legacy.thing",
      payload: { a: 1 },
    });
    expect(parseAuditEntry({ action: "task.failed", payload: { error: 3 } })).toMatchObject({ kind: "other" });
    expect(parseAuditEntry({ action: "request.refused", payload: [1, 2] })).toEqual({
      kind: "other",
      action: "request.refused",
      payload: {},
    });
    expect(parseAuditEntry({ action: "staff.signed_in", payload: { method: "password" } })).toMatchObject({
      kind: "other",
      payload: { method: "password" },
    });
  });

  it("checks a written payload against the same schema", () => {
    expect(auditPayloadSchema("request.submitted").safeParse({ reference: "DSR-1" }).success).toBe(false);
    expect(auditPayloadSchema("staff.signed_in").safeParse({ anything: true }).success).toBe(true);
  });
});
