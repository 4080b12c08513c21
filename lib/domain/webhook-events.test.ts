import { describe, expect, it } from "vitest";
import { webhookEventsFor } from "./webhook-events";

describe("webhookEventsFor", () => {
  it("maps intake, verification, transitions and outcomes", () => {
    expect(webhookEventsFor("request.submitted", {})).toEqual(["request.received"]);
    expect(webhookEventsFor("request.verified", { from: "unverified", to: "new" })).toEqual([
      "request.status_changed",
      "request.verified",
    ]);
    expect(webhookEventsFor("request.started", { from: "new", to: "in_progress" })).toEqual(["request.status_changed"]);
    // The status change before its meaning (QA F25).
    expect(webhookEventsFor("request.completed", { from: "in_review", to: "completed" })).toEqual([
      "request.status_changed",
      "request.completed",
    ]);
    expect(webhookEventsFor("request.refused", { from: "new", to: "rejected" })).toEqual([
      "request.status_changed",
      "request.refused",
    ]);
  });
  it("reports no status change when a transition keeps the status (assigning, extending)", () => {
    expect(webhookEventsFor("request.assigned", { from: "new", to: "new" })).toEqual([]);
    expect(webhookEventsFor("request.extended", { from: "in_progress", to: "in_progress" })).toEqual([]);
  });
  it("takes due soon and overdue from the deadline watch's thresholds", () => {
    for (const threshold of ["due_in_7", "due_in_3", "due_in_1", "due_today"])
      expect(webhookEventsFor("request.deadline_alerted", { threshold })).toEqual(["request.due_soon"]);
    expect(webhookEventsFor("request.deadline_alerted", { threshold: "unassigned" })).toEqual([]);
    expect(webhookEventsFor("request.deadline_escalated", { threshold: "overdue" })).toEqual(["request.overdue"]);
  });
  it("an appeal filed by the subject is request.appealed; its decision is not", () => {
    expect(webhookEventsFor("appeal.filed", { appealId: "a" })).toEqual(["request.appealed"]);
    expect(webhookEventsFor("appeal.denied", { appealId: "a" })).toEqual([]);
  });
  it("ignores everything else", () => {
    for (const action of ["request.note_added", "staff.signed_in", "mail.given_up", "task.failed"])
      expect(webhookEventsFor(action, { from: "a", to: "b" })).toEqual([]);
  });
});
