import { describe, expect, it } from "vitest";
import { ACTORS, context } from "@/scripts/test-support/lifecycle";
import { decideTransition, type MailTemplate } from "@/lib/domain/lifecycle";
import { REQUEST_STATUSES } from "@/lib/domain/vocabulary";
import { STAFF_TRANSITIONS, type StaffTransitionRequest } from "./staff-transition-input";
import { STAFF_TRANSITION_SPECS, STAFF_TRANSITION_WORDS, transitionPolicy } from "./staff-transition-specs";

const STAFF = [ACTORS.admin, ACTORS.dpo, ACTORS.agent];

/** A filled-in form for each type, as the workspace posts it. */
function form(type: StaffTransitionRequest["type"], staffId: string): StaffTransitionRequest {
  return {
    type,
    requestId: "7d0f1f5e-36a4-4f0a-9a49-4d6f3a1f2c11",
    version: 3,
    assigneeId: staffId,
    message: "Which account?",
    reason: "Because",
    reasonCode: "exemption",
    reasonText: "Invoices are kept for 10 years",
  };
}

describe.each(STAFF_TRANSITIONS)("the %s spec", (type) => {
  const spec = STAFF_TRANSITION_SPECS[type];
  // Every status and every staff member who may act on a request.
  const decisions = REQUEST_STATUSES.flatMap((status) =>
    STAFF.map((actor) => {
      // Agents may only take a request themselves; the others give it to a colleague (who gets a mail).
      const assignee = actor.kind === "staff" && actor.role === "agent" ? actor.id : "staff-colleague";
      return decideTransition(context({ status, assigneeId: "staff-old" }), actor, spec.toAction(form(type, assignee)));
    }),
  ).filter((d) => d.ok);

  it("turns the form into its own lifecycle action, which applies somewhere", () => {
    expect(spec.toAction(form(type, "staff-dpo")).type).toBe(type);
    expect(decisions.length).toBeGreaterThan(0);
  });

  it("names the audit entry the lifecycle writes, and the timeline shows it in its words", () => {
    for (const d of decisions) expect(d.events[0]).toMatchObject({ kind: "audit", action: spec.audit });
    expect(STAFF_TRANSITION_WORDS[spec.audit]).toBe(spec.timeline);
  });

  it("lists exactly the mails the lifecycle sends for it", () => {
    const sent = new Set<MailTemplate>(
      decisions.flatMap((d) => d.events.flatMap((e) => (e.kind === "mail" ? [e.template] : []))),
    );
    expect([...sent].sort()).toEqual([...spec.mails].sort());
  });

  it("is guarded by a request.* policy action", () => {
    expect(transitionPolicy({ type, assigneeId: null }, { id: "staff-dpo" }).action).toMatch(/^request\./);
  });
});

describe("assignment policy", () => {
  it("depends on who gets the request", () => {
    expect(transitionPolicy({ type: "assign", assigneeId: "me" }, { id: "me" })).toEqual({
      action: "request.assign_self",
      resource: { targetAssigneeId: "me" },
    });
    expect(transitionPolicy({ type: "assign", assigneeId: "you" }, { id: "me" })).toEqual({
      action: "request.assign_others",
    });
  });
});

describe("refusal without a reason code", () => {
  it("reaches the lifecycle, which asks for a valid code", () => {
    const action = STAFF_TRANSITION_SPECS.refuse.toAction({ ...form("refuse", "x"), reasonCode: undefined });
    expect(decideTransition(context({ status: "in_review" }), ACTORS.dpo, action)).toMatchObject({
      ok: false,
      code: "reason_required",
    });
  });
});
