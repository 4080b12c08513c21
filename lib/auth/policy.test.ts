import { describe, expect, it } from "vitest";
import type { StaffRole } from "@/lib/domain/vocabulary";
import { can, STAFF_ACTIONS, type StaffAction } from "./policy";

// The expected grants, written out by hand: a change to the policy must change this table too.
const EXPECTED: Record<StaffAction, StaffRole[]> = {
  "request.view": ["admin", "dpo", "agent", "manager"],
  "request.view_subject": ["admin", "dpo", "agent"],
  "request.create": ["admin", "dpo", "agent"],
  "request.verify_identity": ["admin", "dpo", "agent"],
  "request.assign_self": ["admin", "dpo", "agent"],
  "request.assign_others": ["admin", "dpo"],
  "request.start": ["admin", "dpo", "agent"],
  "request.ask_subject": ["admin", "dpo", "agent"],
  "request.message": ["admin", "dpo", "agent"],
  "request.note": ["admin", "dpo", "agent"],
  "request.submit_for_review": ["admin", "dpo", "agent"],
  "request.complete": ["admin", "dpo"],
  "request.extend": ["admin", "dpo"],
  "request.refuse": ["admin", "dpo"],
  "request.withdraw": ["admin", "dpo", "agent"],
  "request.reopen": ["admin", "dpo"],
  "request.correct_regime": ["admin", "dpo"],
  "request.notify_new_date": ["admin", "dpo"],
  "request.handle_complaint": ["admin", "dpo"],
  "request.decide_appeal": ["admin", "dpo"],
  "erasure.propose": ["admin", "dpo", "agent"],
  "erasure.approve": ["admin", "dpo"],
  "fulfilment.review": ["admin", "dpo", "agent"],
  "fulfilment.retry": ["admin", "dpo", "agent"],
  "fulfilment.task": ["admin", "dpo", "agent"],
  "restriction.lift": ["admin", "dpo"],
  "queue.bulk_assign": ["admin", "dpo"],
  "dashboard.view": ["admin", "dpo", "agent", "manager"],
  "reports.view": ["admin", "dpo", "manager"],
  "audit.view": ["admin", "dpo"],
  "users.manage": ["admin"],
  "systems.manage": ["admin"],
  "settings.manage": ["admin"],
  "webhooks.manage": ["admin"],
  "templates.view": ["admin", "dpo", "agent"],
  "queues.view": ["admin"],
  "account.change_password": ["admin", "dpo", "agent", "manager"],
  "account.preferences": ["admin", "dpo", "agent", "manager"],
  "api_keys.manage": ["admin"],
  "drp_agents.manage": ["admin"],
  "reply_templates.manage": ["admin"],
  "templates.manage": ["admin"],
};
const ROLES: StaffRole[] = ["admin", "dpo", "agent", "manager"];

describe("can(): every action × role", () => {
  for (const action of STAFF_ACTIONS) {
    for (const role of ROLES) {
      const allowed = EXPECTED[action].includes(role);
      it(`${role} ${allowed ? "may" : "may not"} ${action}`, () => {
        expect(can({ id: "u1", role }, action)).toBe(allowed);
      });
    }
  }
  it("covers every action in the table", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...STAFF_ACTIONS].sort());
  });
  it("lets an agent assign only to themself", () => {
    expect(can({ id: "u1", role: "agent" }, "request.assign_self", { targetAssigneeId: "u1" })).toBe(true);
    expect(can({ id: "u1", role: "agent" }, "request.assign_self", { targetAssigneeId: "u2" })).toBe(false);
  });
  it("refuses everything without a user", () => {
    expect(can(null, "request.view")).toBe(false);
  });
});
