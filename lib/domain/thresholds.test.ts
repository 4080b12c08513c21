import { describe, expect, it } from "vitest";
import { audienceOf, thresholdsCrossed, type WatchedRequest } from "./thresholds";

const base: WatchedRequest = {
  status: "in_progress",
  dueDate: "2026-12-15",
  firstDueDate: "2026-12-15",
  extended: false,
  extensionAllowed: true,
  assigneeId: "a1",
  paused: false,
  verifiedDate: "2026-11-16",
  acknowledgeBy: null,
  acknowledged: false,
};
const names = (r: Partial<WatchedRequest>, today: string) =>
  thresholdsCrossed({ ...base, ...r }, today).map((c) => `${c.threshold}@${c.forDate}`);

describe("thresholdsCrossed", () => {
  it.each([
    ["2026-12-01", []],
    ["2026-12-08", ["due_in_7@2026-12-15"]],
    ["2026-12-12", ["due_in_3@2026-12-15", "extension_cutoff@2026-12-15"]],
    ["2026-12-14", ["due_in_1@2026-12-15", "extension_cutoff@2026-12-15"]],
    ["2026-12-15", ["due_today@2026-12-15", "extension_cutoff@2026-12-15"]],
    ["2026-12-16", ["overdue@2026-12-16"]],
    ["2026-12-20", ["overdue@2026-12-20"]],
  ])("on %s → %j", (today, expected) => {
    expect(names({}, today)).toEqual(expected);
  });

  it("has no extension cut-off once extended, or where the regime has no extension", () => {
    expect(names({ extended: true, dueDate: "2027-02-15" }, "2026-12-14")).toEqual([]);
    expect(names({ extensionAllowed: false }, "2026-12-14")).toEqual(["due_in_1@2026-12-15"]);
  });

  it("is silent while the clock is stopped, except for assignment", () => {
    expect(names({ paused: true }, "2026-12-14")).toEqual([]);
    expect(names({ paused: true, assigneeId: null }, "2026-12-14")).toEqual(["unassigned@2026-11-16"]);
  });

  it("flags a request unassigned for 2 business days after verification", () => {
    // Verified Friday 2026-11-20: two business days later is Tuesday 2026-11-24.
    expect(names({ assigneeId: null, verifiedDate: "2026-11-20" }, "2026-11-23")).toEqual([]);
    expect(names({ assigneeId: null, verifiedDate: "2026-11-20" }, "2026-11-24")).toEqual(["unassigned@2026-11-20"]);
  });

  it("warns when a CCPA acknowledgement is due and not delivered", () => {
    expect(names({ acknowledgeBy: "2026-11-27", status: "unverified" }, "2026-11-25")).toEqual([
      "ccpa_acknowledgement@2026-11-27",
    ]);
    expect(names({ acknowledgeBy: "2026-11-27", acknowledged: true, status: "unverified" }, "2026-11-25")).toEqual([]);
  });

  it("ignores closed requests, and unverified ones until they are overdue", () => {
    expect(names({ status: "completed" }, "2026-12-20")).toEqual([]);
    expect(names({ status: "unverified" }, "2026-12-10")).toEqual([]);
    // A letter entered after its due date, identity not yet checked: late all the same (lib/domain/overdue.ts).
    expect(names({ status: "unverified" }, "2026-12-20")).toEqual(["overdue@2026-12-20"]);
    expect(names({ status: "unverified", paused: true }, "2026-12-20")).toEqual([]);
  });
});

describe("audienceOf", () => {
  it("tells the assignee, or the DPOs when unassigned, and escalates overdue to DPOs and managers", () => {
    expect(audienceOf("due_in_3", "a1")).toEqual({ assignee: true, dpos: false, managers: false });
    expect(audienceOf("due_in_3", null)).toEqual({ assignee: false, dpos: true, managers: false });
    expect(audienceOf("overdue", "a1")).toEqual({ assignee: true, dpos: true, managers: true });
    expect(audienceOf("unassigned", null)).toEqual({ assignee: false, dpos: true, managers: false });
  });
});
