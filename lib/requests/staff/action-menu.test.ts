import { describe, expect, it } from "vitest";
import { actionMenu, DESTRUCTIVE_ACTIONS, type MenuAction } from "./action-menu";
import { context } from "@/scripts/test-support/lifecycle";
import { REQUEST_STATUSES, REQUEST_TYPES, type RequestStatus } from "@/lib/domain/vocabulary";

type Role = "admin" | "dpo" | "agent" | "manager";
const ROLES: Role[] = ["admin", "dpo", "agent", "manager"];
const staff = (role: Role) => ({ id: `staff-${role}`, role });

// Written out by hand from the lifecycle (lib/domain/lifecycle/rules.ts) and the role grants
// (lib/auth/policy.ts), for an unassigned request whose fulfilment plan is settled.
const SUPERVISOR_OPEN = ["claim", "assign"] as const;
const EXPECTED: Record<RequestStatus, Record<Role, MenuAction[]>> = {
  unverified: { admin: ["refuse", "withdraw"], dpo: ["refuse", "withdraw"], agent: ["withdraw"], manager: [] },
  new: {
    admin: [...SUPERVISOR_OPEN, "start", "extend", "refuse", "withdraw"],
    dpo: [...SUPERVISOR_OPEN, "start", "extend", "refuse", "withdraw"],
    agent: ["claim", "start", "withdraw"],
    manager: [],
  },
  in_progress: {
    admin: [...SUPERVISOR_OPEN, "ask_subject", "submit_for_review", "extend", "refuse", "withdraw"],
    dpo: [...SUPERVISOR_OPEN, "ask_subject", "submit_for_review", "extend", "refuse", "withdraw"],
    agent: ["claim", "ask_subject", "submit_for_review", "withdraw"],
    manager: [],
  },
  awaiting_subject: {
    admin: [...SUPERVISOR_OPEN, "extend", "refuse", "withdraw"],
    dpo: [...SUPERVISOR_OPEN, "extend", "refuse", "withdraw"],
    agent: ["claim", "withdraw"],
    manager: [],
  },
  in_review: {
    admin: [...SUPERVISOR_OPEN, "ask_subject", "complete", "extend", "refuse", "withdraw"],
    dpo: [...SUPERVISOR_OPEN, "ask_subject", "complete", "extend", "refuse", "withdraw"],
    agent: ["claim", "ask_subject", "withdraw"],
    manager: [],
  },
  completed: { admin: ["reopen"], dpo: ["reopen"], agent: [], manager: [] },
  rejected: { admin: ["reopen"], dpo: ["reopen"], agent: [], manager: [] },
  withdrawn: { admin: [], dpo: [], agent: [], manager: [] },
};

describe("actionMenu: status × role × type", () => {
  for (const type of REQUEST_TYPES)
    for (const status of REQUEST_STATUSES)
      for (const role of ROLES)
        it(`${type} · ${status} · ${role}`, () => {
          expect(actionMenu(context({ type, status }), staff(role))).toEqual(EXPECTED[status][role]);
        });
});

describe("actionMenu: nothing offered that can only fail", () => {
  it("does not offer Complete while an erasure waits for the DPO's approval (plan unfinished) or is being planned", () => {
    for (const fulfilment of ["unfinished", "planning"] as const)
      for (const role of ["admin", "dpo"] as const)
        expect(actionMenu(context({ type: "erasure", status: "in_review", fulfilment }), staff(role))).not.toContain(
          "complete",
        );
  });

  it("does not offer Claim to the member who already holds the request", () => {
    const menu = actionMenu(context({ status: "in_progress", assigneeId: "staff-agent" }), staff("agent"));
    expect(menu).not.toContain("claim");
    expect(menu).toEqual(["ask_subject", "submit_for_review", "withdraw"]);
  });

  it("does not let an agent take a request another member holds (a DPO may)", () => {
    expect(actionMenu(context({ status: "new", assigneeId: "someone-else" }), staff("agent"))).not.toContain("claim");
    expect(actionMenu(context({ status: "new", assigneeId: "someone-else" }), staff("dpo"))).toContain("claim");
  });

  it("does not offer a second extension, nor one the regime does not allow, nor one after the first due date", () => {
    const dpo = staff("dpo");
    expect(actionMenu(context({ status: "in_progress", extended: true }), dpo)).not.toContain("extend");
    expect(actionMenu(context({ status: "in_progress", extensionAllowed: false }), dpo)).not.toContain("extend");
    expect(actionMenu(context({ status: "in_progress", today: "2025-04-02" }), dpo)).not.toContain("extend");
  });

  it("marks refuse and withdraw as destructive (confirmation first)", () => {
    expect([...DESTRUCTIVE_ACTIONS].sort()).toEqual(["refuse", "withdraw"]);
  });
});
