import { describe, expect, it } from "vitest";
import { nextMove, planLiftSteps, planSteps, type PlannableSystem } from "./plan";

const all = { collect: true, erase: true, rectify: true, restrict: true, stopMarketing: true };
const shop: PlannableSystem = { id: "shop", capabilities: all };
const crm: PlannableSystem = { id: "crm", capabilities: { ...all, erase: false, rectify: false } };

const ops = (steps: ReturnType<typeof planSteps>) =>
  steps.map((s) => `${s.position}:${s.operation}${s.systemId ? `@${s.systemId}` : ""}`);

describe("planSteps", () => {
  it("access: collect from every system, then assemble, review, complete", () => {
    expect(ops(planSteps("access", [shop, crm], null))).toEqual([
      "0:collect@shop",
      "0:collect@crm",
      "1:assemble",
      "2:review_package",
      "3:complete",
    ]);
  });
  it("erasure: only systems that can erase take part; the DPO gate sits between discovery and execution", () => {
    expect(ops(planSteps("erasure", [shop, crm], null))).toEqual([
      "0:discover@shop",
      "1:approve_erasure",
      "2:erase@shop",
      "3:notify_recipients",
      "4:complete",
    ]);
  });
  it("rectification reads current values, waits for approval, corrects, tells recipients", () => {
    expect(ops(planSteps("rectification", [shop], null))).toEqual([
      "0:read_current@shop",
      "1:approve_changes",
      "2:rectify@shop",
      "3:notify_recipients",
      "4:complete",
    ]);
  });
  it("confirmation (LGPD art. 19 I): counts in every system, then answers, with no review", () => {
    expect(ops(planSteps("confirmation", [shop, crm], null))).toEqual([
      "0:collect@shop",
      "0:collect@crm",
      "1:complete",
    ]);
  });
  it("restriction has no review gate", () => {
    expect(ops(planSteps("restriction", [shop, crm], null))).toEqual([
      "0:restrict@shop",
      "0:restrict@crm",
      "1:notify_recipients",
      "2:complete",
    ]);
  });
  it("only a direct-marketing objection has a plan; any other objection is the DPO's decision", () => {
    expect(ops(planSteps("objection", [shop], { objectionScope: "direct_marketing" }))).toEqual([
      "0:stop_marketing@shop",
      "1:complete",
    ]);
    expect(planSteps("objection", [shop], { objectionScope: "other" })).toEqual([]);
    expect(planSteps("objection", [shop], null)).toEqual([]);
  });
  it("lifting a restriction: the notice first, then each system", () => {
    expect(ops(planLiftSteps([shop, crm]))).toEqual([
      "100:lift_notice",
      "101:lift_restriction@shop",
      "101:lift_restriction@crm",
    ]);
  });
});

const t = (id: string, position: number, status: string, operation = "collect") => ({
  id,
  operation,
  position,
  status,
});

describe("nextMove", () => {
  it("dispatches every pending step of the first unfinished position, gates apart", () => {
    expect(nextMove([t("a", 0, "pending"), t("b", 0, "pending"), t("c", 1, "pending", "assemble")])).toEqual({
      kind: "dispatch",
      position: 0,
      steps: ["a", "b"],
      gates: [],
    });
    expect(nextMove([t("a", 0, "succeeded"), t("g", 1, "pending", "review_package")])).toEqual({
      kind: "dispatch",
      position: 1,
      steps: [],
      gates: ["g"],
    });
  });
  it("waits while a step of the position runs or waits; a failed step blocks the plan", () => {
    expect(nextMove([t("a", 0, "running"), t("b", 0, "succeeded"), t("c", 1, "pending")])).toEqual({ kind: "busy" });
    expect(nextMove([t("a", 0, "waiting"), t("c", 1, "pending")])).toEqual({ kind: "busy" });
    expect(nextMove([t("a", 0, "failed"), t("b", 0, "pending")])).toEqual({ kind: "blocked", failed: ["a"] });
  });
  it("skipped counts as done; all done is finished", () => {
    expect(nextMove([t("a", 0, "skipped"), t("b", 1, "pending", "assemble")])).toMatchObject({
      kind: "dispatch",
      position: 1,
    });
    expect(nextMove([t("a", 0, "succeeded"), t("b", 1, "skipped")])).toEqual({ kind: "finished" });
    expect(nextMove([])).toEqual({ kind: "finished" });
  });
});
