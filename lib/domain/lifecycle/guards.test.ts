import { describe, expect, it } from "vitest";
import { admin, agent, context, dpo, manager, system } from "@/scripts/test-support/lifecycle";
import { allowedActions, decideTransition, type Actor, type LifecycleAction } from "@/lib/domain/lifecycle";
import { REQUEST_STATUSES, type RequestStatus } from "../vocabulary";

describe("decideTransition: guards", () => {
  it.each<[string, RequestStatus, Actor, LifecycleAction]>([
    ["ask_subject without message", "in_progress", agent, { type: "ask_subject", message: "" }],
    ["ask_subject with blank message", "in_review", admin, { type: "ask_subject", message: "  \n " }],
    ["extend without reason", "new", dpo, { type: "extend", reason: "" }],
    ["refuse without explanation", "new", dpo, { type: "refuse", reasonCode: "excessive", reasonText: " " }],
    ["refuse without reason code", "new", dpo, { type: "refuse", reasonCode: null, reasonText: "x" }],
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

  describe("staff verification", () => {
    const unverified = context({ status: "unverified" });

    it("needs how the identity was checked, and a note for another method", () => {
      for (const actor of [agent, dpo, admin]) {
        expect(decideTransition(unverified, actor, { type: "verify" })).toMatchObject({
          ok: false,
          code: "reason_required",
          fields: { identityMethod: "choose how the identity was checked" },
        });
        // The field is named so an API caller's 400 says which one to fill (QA F9).
        expect(
          decideTransition(unverified, actor, { type: "verify", identityCheck: { method: "other", note: " " } }),
        ).toMatchObject({
          ok: false,
          code: "reason_required",
          fields: { identityNote: "say how the identity was checked" },
        });
      }
    });

    it("audits the method and the note, and acknowledges the request", () => {
      const result = decideTransition(unverified, agent, {
        type: "verify",
        identityCheck: { method: "known_account", note: "Called back on the number on file" },
      });
      expect(result).toMatchObject({ ok: true, to: "new", patch: { verifiedAt: unverified.now } });
      if (!result.ok) return;
      expect(result.events).toEqual([
        {
          kind: "audit",
          action: "request.verified",
          data: {
            actorKind: "staff",
            actorId: "staff-agent",
            actorRole: "agent",
            identityCheckMethod: "known_account",
            identityCheckNote: "Called back on the number on file",
          },
        },
        { kind: "mail", to: "subject", template: "request_received" },
      ]);
    });

    it("is never a manager's", () => {
      const check = { method: "id_document", note: null } as const;
      expect(decideTransition(unverified, manager, { type: "verify", identityCheck: check })).toMatchObject({
        ok: false,
        code: "forbidden",
      });
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

  describe("closing by hand", () => {
    const inReview = (fulfilment: "planning" | "unfinished" | "settled") =>
      context({ status: "in_review", fulfilment });

    it("is refused while the plan is still being written or has steps to run or decide", () => {
      expect(decideTransition(inReview("planning"), dpo, { type: "complete" })).toMatchObject({
        ok: false,
        code: "invalid_transition",
        message: expect.stringMatching(/still being prepared/),
      });
      expect(decideTransition(inReview("unfinished"), admin, { type: "complete" })).toMatchObject({
        ok: false,
        code: "invalid_transition",
        message: expect.stringMatching(/not finished/),
      });
      expect(allowedActions(inReview("planning"), dpo)).not.toContain("complete");
      expect(allowedActions(inReview("unfinished"), dpo)).not.toContain("complete");
      expect(allowedActions(inReview("settled"), dpo)).toContain("complete");
    });

    it("leaves the system free to close from the plan's own last step", () => {
      expect(decideTransition(inReview("unfinished"), system, { type: "complete" }).ok).toBe(true);
    });

    it("still lets a supervisor refuse", () => {
      const refuse: LifecycleAction = { type: "refuse", reasonCode: "other", reasonText: "Out of scope" };
      expect(decideTransition(inReview("planning"), dpo, refuse).ok).toBe(true);
    });
  });

  it("gives managers nothing to do in any status", () => {
    for (const status of REQUEST_STATUSES) expect(allowedActions(context({ status }), manager)).toEqual([]);
  });
});
