import { describe, expect, it } from "vitest";
import { clockRunning, isOverdue } from "./overdue";

const today = "2026-03-10";
describe("isOverdue", () => {
  it.each([
    ["in_progress", null, "2026-03-09", true],
    ["in_progress", null, "2026-03-10", false],
    ["unverified", null, "2026-03-01", true],
    ["awaiting_subject", new Date(), "2026-03-01", false],
    ["awaiting_subject", null, "2026-03-01", true],
    ["completed", null, "2026-03-01", false],
    ["withdrawn", null, "2026-03-01", false],
  ] as const)("%s, paused %s, due %s → %s", (status, pausedAt, dueDate, expected) => {
    expect(isOverdue({ status, pausedAt, dueDate }, today)).toBe(expected);
  });
  it("runs the clock only for open requests not waiting on the subject", () => {
    expect(clockRunning({ status: "new", pausedAt: null })).toBe(true);
    expect(clockRunning({ status: "rejected", pausedAt: null })).toBe(false);
    expect(clockRunning({ status: "in_review", pausedAt: new Date() })).toBe(false);
  });
});
