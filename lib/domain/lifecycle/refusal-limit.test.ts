import { describe, expect, it } from "vitest";
import { context, dpo, expectOk } from "@/scripts/test-support/lifecycle";
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
