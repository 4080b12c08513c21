import { describe, expect, it } from "vitest";
import { admin, agent, context, dpo, expectOk, NOW, subject, system } from "@/scripts/test-support/lifecycle";
import { decideTransition, type LifecycleAction } from "@/lib/domain/lifecycle";
import type { CompletionResult } from "../completion-result";

describe("decideTransition: events", () => {
  it("verify announces receipt; only an objection asks for the autostart job", () => {
    const result = expectOk(decideTransition(context({ status: "unverified" }), subject, { type: "verify" }));
    expect(result.events).toEqual([
      { kind: "audit", action: "request.verified", data: { actorKind: "subject" } },
      { kind: "mail", to: "subject", template: "request_received" },
    ]);
    const objection = expectOk(
      decideTransition(context({ status: "unverified", type: "objection" }), system, { type: "verify" }),
    );
    expect(objection.events.slice(1)).toEqual([
      { kind: "mail", to: "subject", template: "request_received" },
      { kind: "job", job: "fulfilment.autostart" },
    ]);
  });

  it("start asks for the plan to be written, and nothing else", () => {
    const result = expectOk(decideTransition(context({ status: "new" }), agent, { type: "start" }));
    expect(result.events.slice(1)).toEqual([{ kind: "job", job: "fulfilment.plan" }]);
  });

  it("ask_subject keeps the message with the correspondence and pauses the clock only where the regime allows it", () => {
    const action: LifecycleAction = { type: "ask_subject", message: "Which account?" };
    const paused = expectOk(decideTransition(context({ status: "in_progress" }), agent, action));
    expect(paused.events.slice(1)).toEqual([
      { kind: "clock", event: "pause", reason: null },
      { kind: "message", template: "clarification_request", body: "Which account?" },
      { kind: "mail", to: "subject", template: "clarification_request", message: "Which account?", clockStopped: true },
    ]);
    const running = expectOk(
      decideTransition(context({ status: "in_review", clockStopAllowed: false }), agent, action),
    );
    expect(running.patch).toEqual({ status: "awaiting_subject" });
    expect(running.events.slice(1)).toEqual([
      { kind: "message", template: "clarification_request", body: "Which account?" },
      {
        kind: "mail",
        to: "subject",
        template: "clarification_request",
        message: "Which account?",
        clockStopped: false,
      },
    ]);
  });

  it("ask_subject after the deadline passed does not stop the clock: the request stays overdue (QA s18 F29)", () => {
    const action: LifecycleAction = { type: "ask_subject", message: "Which account?" };
    const late = expectOk(
      decideTransition(context({ status: "in_progress", today: "2025-04-01", dueDate: "2025-03-31" }), agent, action),
    );
    expect(late.patch).toEqual({ status: "awaiting_subject" });
    expect(late.events.some((e) => e.kind === "clock")).toBe(false);
    expect(late.events.at(-1)).toMatchObject({ template: "clarification_request", clockStopped: false });
    // On its last day it is still in time: the clock stops.
    const lastDay = expectOk(
      decideTransition(context({ status: "in_progress", today: "2025-03-31", dueDate: "2025-03-31" }), agent, action),
    );
    expect(lastDay.events[1]).toEqual({ kind: "clock", event: "pause", reason: null });
    // The answer to a question that stopped nothing restarts nothing.
    const replied = expectOk(
      decideTransition(context({ status: "awaiting_subject", paused: false }), subject, { type: "subject_replied" }),
    );
    expect(replied.events.some((e) => e.kind === "clock")).toBe(false);
  });

  it("subject_replied resumes the clock only where it was paused, and lets the plan go on", () => {
    const resumed = expectOk(
      decideTransition(context({ status: "awaiting_subject", paused: true }), subject, { type: "subject_replied" }),
    );
    expect(resumed.events.slice(1)).toEqual([
      { kind: "clock", event: "resume", reason: null },
      { kind: "job", job: "fulfilment.advance" },
    ]);
    const running = expectOk(
      decideTransition(context({ status: "awaiting_subject", clockStopAllowed: false }), subject, {
        type: "subject_replied",
      }),
    );
    expect(running.patch).toEqual({ status: "in_progress" });
    expect(running.events.slice(1)).toEqual([{ kind: "job", job: "fulfilment.advance" }]);
  });

  it("extend marks the request extended, moves the clock and notifies the subject", () => {
    const result = expectOk(
      decideTransition(context({ status: "in_progress" }), dpo, { type: "extend", reason: "Complex" }),
    );
    expect(result.patch).toEqual({ status: "in_progress", extendedAt: NOW, extensionReason: "Complex" });
    expect(result.events).toEqual([
      {
        kind: "audit",
        action: "request.extended",
        data: { actorKind: "staff", actorId: "staff-dpo", actorRole: "dpo", reason: "Complex" },
      },
      { kind: "clock", event: "extend", reason: "Complex" },
      { kind: "mail", to: "subject", template: "extension_notice", reason: "Complex" },
    ]);
  });

  it("refuse records the reason, sends the refusal and stops the plan (none before verification)", () => {
    const action: LifecycleAction = { type: "refuse", reasonCode: "exemption", reasonText: "Legal privilege" };
    const result = expectOk(decideTransition(context({ status: "in_review" }), admin, action));
    expect(result.events[0]).toMatchObject({ data: { reasonCode: "exemption", reasonText: "Legal privilege" } });
    expect(result.events.slice(1)).toEqual([
      { kind: "mail", to: "subject", template: "refusal", reasonCode: "exemption", reasonText: "Legal privilege" },
      { kind: "job", job: "fulfilment.advance" },
    ]);
    const unverified = expectOk(decideTransition(context({ status: "unverified" }), admin, action));
    expect(unverified.events.filter((e) => e.kind === "job")).toEqual([]);
  });

  it("complete sends the completion mail with what the plan did", () => {
    const byHand = expectOk(decideTransition(context({ status: "in_review" }), admin, { type: "complete" }));
    expect(byHand.events.slice(1)).toEqual([{ kind: "mail", to: "subject", template: "completion", result: null }]);
    const result: CompletionResult = { kind: "objection", systems: ["Shop"] };
    const byPlan = expectOk(decideTransition(context({ status: "in_review" }), system, { type: "complete", result }));
    expect(byPlan.events.slice(1)).toEqual([{ kind: "mail", to: "subject", template: "completion", result }]);
  });

  it("withdraw confirms to the subject and stops the plan; an expired verification gets its own mail", () => {
    for (const actor of [subject, agent]) {
      const result = expectOk(decideTransition(context({ status: "in_progress" }), actor, { type: "withdraw" }));
      expect(result.events.slice(1)).toEqual([
        { kind: "mail", to: "subject", template: "withdrawal_confirmation" },
        { kind: "job", job: "fulfilment.advance" },
      ]);
    }
    const expired = expectOk(
      decideTransition(context({ status: "unverified" }), system, { type: "withdraw", reason: "verification_expired" }),
    );
    expect(expired.events).toEqual([
      { kind: "audit", action: "request.withdrawn", data: { actorKind: "system", reason: "verification_expired" } },
      { kind: "mail", to: "subject", template: "verification_expired" },
    ]);
  });

  it("reopen mails nobody, returns to in_progress and resumes the stopped plan", () => {
    const result = expectOk(
      decideTransition(context({ status: "rejected" }), dpo, { type: "reopen", reason: "Appeal upheld" }),
    );
    expect(result.to).toBe("in_progress");
    expect(result.events.slice(1)).toEqual([{ kind: "job", job: "fulfilment.resume" }]);
  });

  describe("assign", () => {
    const ctx = context({ status: "in_progress", assigneeId: "staff-old" });

    it("notifies a colleague who is given the request", () => {
      const result = expectOk(decideTransition(ctx, admin, { type: "assign", assigneeId: "staff-agent" }));
      expect(result.patch).toEqual({ status: "in_progress", assigneeId: "staff-agent" });
      expect(result.events[0]).toMatchObject({ data: { assigneeId: "staff-agent", previousAssigneeId: "staff-old" } });
      expect(result.events.slice(1)).toEqual([
        { kind: "mail", to: "assignee", template: "staff_assignment", assigneeId: "staff-agent" },
      ]);
    });

    it("sends no mail when taking it yourself, unassigning, or re-assigning the same person", () => {
      const self = expectOk(decideTransition(ctx, agent, { type: "assign", assigneeId: "staff-agent" }));
      expect(self.patch).toEqual({ status: "in_progress", assigneeId: "staff-agent" });
      expect(self.events).toHaveLength(1);
      const cleared = expectOk(decideTransition(ctx, dpo, { type: "assign", assigneeId: null }));
      expect(cleared.patch).toEqual({ status: "in_progress", assigneeId: null });
      expect(cleared.events).toHaveLength(1);
      const same = expectOk(decideTransition(ctx, dpo, { type: "assign", assigneeId: "staff-old" }));
      expect(same.events).toHaveLength(1);
    });
  });
});
