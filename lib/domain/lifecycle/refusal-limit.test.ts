import { describe, expect, it } from "vitest";
import { context, dpo, expectOk, system } from "@/scripts/test-support/lifecycle";
import { decideTransition, type LifecycleAction } from "@/lib/domain/lifecycle";

/*
 * A refusal past its limit (GDPR Art. 12(4): one month from receipt, whatever the extension) is still allowed — a
 * late answer beats none — and its audit entry records the limit, that it had passed, and the provision (Art. 5(2)
 * accountability: the controller can show when it answered against which limit).
 */
const refuse: LifecycleAction = { type: "refuse", reasonCode: "excessive", reasonText: "Fourth identical request" };
const gdpr = { refusalDueDate: "2025-03-31", refusalCite: "Art. 12(4) GDPR", extended: true };

describe("refuse: the refusal limit in the audit entry", () => {
  it("after the limit: still refused, recorded as past", () => {
    const result = expectOk(decideTransition(context({ ...gdpr, today: "2025-04-01" }), dpo, refuse));
    expect(result.to).toBe("rejected");
    expect(result.events[0]).toMatchObject({
      kind: "audit",
      action: "request.refused",
      data: { refusalLimit: "2025-03-31", refusalLimitPassed: true, refusalLimitCite: "Art. 12(4) GDPR" },
    });
  });

  it("on the last day: in time", () => {
    const result = expectOk(decideTransition(context({ ...gdpr, today: "2025-03-31" }), dpo, refuse));
    expect(result.events[0]).toMatchObject({ data: { refusalLimit: "2025-03-31", refusalLimitPassed: false } });
  });

  it("a regime where the refusal is the response records no provision", () => {
    const result = expectOk(decideTransition(context({ today: "2025-03-10" }), dpo, refuse));
    expect(result.events[0]).toMatchObject({ data: { refusalLimitPassed: false, refusalLimitCite: null } });
  });
});

describe("complete with part refused: the refusal limit in the audit entry too", () => {
  it("an access package with records withheld after the limit records it as past; a whole answer records none", () => {
    const withheld: LifecycleAction = {
      type: "complete",
      result: { kind: "package", maxDownloads: 5, excludedRecords: 2, availableUntil: "2025-05-01" },
    };
    const late = expectOk(
      decideTransition(context({ ...gdpr, status: "in_review", today: "2025-04-01" }), system, withheld),
    );
    expect(late.events[0]).toMatchObject({
      action: "request.completed",
      data: { partialRefusal: "access_withheld", refusalLimit: "2025-03-31", refusalLimitPassed: true },
    });
    const whole: LifecycleAction = {
      type: "complete",
      result: { kind: "package", maxDownloads: 5, excludedRecords: 0, availableUntil: "2025-05-01" },
    };
    const done = expectOk(
      decideTransition(context({ ...gdpr, status: "in_review", today: "2025-04-01" }), system, whole),
    );
    expect(done.events[0]).not.toHaveProperty("data.refusalLimit");
  });
});
