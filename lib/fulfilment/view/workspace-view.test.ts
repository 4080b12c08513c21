import { describe, expect, it } from "vitest";
import { cell } from "./cell";
import { countStatuses, groupPhases, isLive, progressOf, signatureOf } from "./plan-progress";
import { proposalsOf, rectifiableFields } from "./rectification";
import type { StepView } from "./types";

// The pure parts of the workspace read model (the reads themselves are covered by the e2e specs).

const step = (
  operation: string,
  position: number,
  status: StepView["status"],
  systemId: string | null = null,
): StepView => ({
  id: `${operation}-${systemId ?? "x"}`,
  operation,
  position,
  systemId,
  systemName: systemId ? `System ${systemId}` : null,
  status,
  attempts: 0,
  lastError: null,
  outcome: { kind: "none" },
  manualTask: false,
  waitingForSystem: false,
  assigneeName: null,
  instructions: null,
  dueAt: null,
  completedByName: null,
  finishedAt: null,
  changesToApply: null,
});

describe("phases and progress", () => {
  it("groups steps by position with an overall status, and counts x of y over distinct positions", () => {
    const phases = groupPhases([
      step("collect", 0, "succeeded", "a"),
      step("collect", 0, "running", "b"),
      step("assemble", 1, "pending"),
      step("review_package", 2, "pending"),
      step("complete", 3, "pending"),
    ]);
    expect(phases.map((p) => [p.position, p.operation, p.status, p.perSystem, p.steps.length])).toEqual([
      [0, "collect", "running", true, 2],
      [1, "assemble", "pending", false, 1],
      [2, "review_package", "pending", false, 1],
      [3, "complete", "pending", false, 1],
    ]);
    expect(progressOf(phases)).toEqual({ current: 1, total: 4, operation: "collect", finished: false });
  });

  it("a failed step marks its phase failed; a finished plan is y of y", () => {
    const failed = groupPhases([
      step("discover", 0, "failed", "a"),
      step("discover", 0, "succeeded", "b"),
      step("approve_erasure", 1, "pending"),
    ]);
    expect(failed[0]!.status).toBe("failed");
    expect(progressOf(failed)).toMatchObject({ current: 1, total: 2, operation: "discover" });
    const done = groupPhases([
      step("restrict", 0, "succeeded", "a"),
      step("restrict", 0, "skipped", "b"),
      step("complete", 2, "succeeded"),
    ]);
    expect(progressOf(done)).toEqual({ current: 2, total: 2, operation: null, finished: true });
    expect(progressOf([])).toBeNull();
  });

  it("lift steps (position 100 on) are positions like any other", () => {
    const phases = groupPhases([
      step("restrict", 0, "succeeded", "a"),
      step("complete", 2, "succeeded"),
      step("lift_notice", 100, "running"),
      step("lift_restriction", 101, "pending", "a"),
    ]);
    expect(phases.map((p) => p.operation)).toEqual(["restrict", "complete", "lift_notice", "lift_restriction"]);
    expect(progressOf(phases)).toMatchObject({ current: 3, total: 4 });
  });

  it("counts statuses", () => {
    expect(countStatuses([{ status: "succeeded" }, { status: "failed" }, { status: "succeeded" }])).toMatchObject({
      total: 3,
      succeeded: 2,
      failed: 1,
      pending: 0,
    });
  });
});

describe("isLive", () => {
  it("is live while a step runs or the current position has steps about to be dispatched", () => {
    expect(
      isLive([
        { position: 0, status: "running" },
        { position: 1, status: "pending" },
      ]),
    ).toBe(true);
    expect(
      isLive([
        { position: 0, status: "succeeded" },
        { position: 1, status: "pending" },
      ]),
    ).toBe(true);
  });

  it("is not live at a gate, a manual task, a failure, or once finished (later steps stay pending)", () => {
    expect(
      isLive([
        { position: 0, status: "succeeded" },
        { position: 1, status: "waiting" },
        { position: 2, status: "pending" },
      ]),
    ).toBe(false);
    expect(
      isLive([
        { position: 0, status: "failed" },
        { position: 0, status: "pending" },
        { position: 1, status: "pending" },
      ]),
    ).toBe(false);
    expect(
      isLive([
        { position: 0, status: "succeeded" },
        { position: 1, status: "skipped" },
      ]),
    ).toBe(false);
    expect(isLive([])).toBe(false);
  });
});

describe("rectification helpers", () => {
  const fields = rectifiableFields([
    {
      systemId: "s1",
      systemName: "Shop",
      values: [
        { table: "shop.customers", field: "phone", value: "+33 6 00" },
        {
          table: "shop.customers",
          field: "birth_date",
          value: "Fri Aug 10 1956 00:00:00 GMT+0000 (Coordinated Universal Time)",
        },
        { table: "shop.addresses", field: "city", value: "Lyon" },
        { table: "shop.addresses", field: "city", value: "Paris" },
        { table: "shop.addresses", field: "city", value: "Lyon" },
        { table: "shop.customers", field: "first_name", value: null },
      ],
    },
  ]);

  it("one option per system, table and field, with each distinct current value (dates readable)", () => {
    expect(fields.map((f) => [f.key, f.current])).toEqual([
      ["s1|shop.customers|phone", ["+33 6 00"]],
      ["s1|shop.customers|birth_date", ["1956-08-10"]],
      ["s1|shop.addresses|city", ["Lyon", "Paris"]],
      ["s1|shop.customers|first_name", [null]],
    ]);
  });

  it("reads the subject's proposals from the request specifics", () => {
    expect(
      proposalsOf({ rectification: [{ field: "Phone", currentValue: "", newValue: "+33 7" }, { nope: 1 }] }),
    ).toEqual([{ field: "Phone", currentValue: null, newValue: "+33 7" }]);
    expect(proposalsOf(null)).toEqual([]);
  });

  it("keeps a portal proposal stored without a current value (the form's field is optional)", () => {
    expect(proposalsOf({ rectification: [{ field: "Phone number", newValue: "+41 44 123 4567" }] })).toEqual([
      { field: "Phone number", currentValue: null, newValue: "+41 44 123 4567" },
    ]);
  });
});

describe("cell and signature", () => {
  it("shows dates without their midnight time and keeps other values short", () => {
    expect(cell("2024-02-13T00:00:00.000Z")).toBe("2024-02-13");
    expect(cell("2024-02-13T09:30:12.000Z")).toBe("2024-02-13 09:30 UTC");
    expect(cell(null)).toBe("");
    expect(cell({ a: 1 })).toBe('{"a":1}');
    expect(cell("x".repeat(400))).toHaveLength(300);
  });

  it("changes when a step or the request changes", () => {
    const at = new Date("2026-01-01T00:00:00Z");
    const base = signatureOf({ version: 3 }, [{ id: "t1", status: "running", attempts: 1, updatedAt: at }], false);
    expect(signatureOf({ version: 3 }, [{ id: "t1", status: "running", attempts: 1, updatedAt: at }], false)).toBe(
      base,
    );
    expect(signatureOf({ version: 4 }, [{ id: "t1", status: "running", attempts: 1, updatedAt: at }], false)).not.toBe(
      base,
    );
    expect(
      signatureOf({ version: 3 }, [{ id: "t1", status: "succeeded", attempts: 1, updatedAt: at }], false),
    ).not.toBe(base);
    // A plan that settles with no step: same version, no steps, only "planning" changed.
    expect(signatureOf({ version: 3 }, [], true)).not.toBe(signatureOf({ version: 3 }, [], false));
  });
});
