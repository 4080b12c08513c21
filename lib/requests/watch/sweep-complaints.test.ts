import { describe, expect, it } from "vitest";
import { complaintThreshold } from "./sweep-complaints";

describe("complaintThreshold", () => {
  it("is silent until 7 days before the acknowledgement date", () => {
    expect(complaintThreshold("2026-07-31", "2026-07-23")).toBeNull();
  });
  it("warns once, keyed on the acknowledgement date, from 7 days before it to the day itself", () => {
    expect(complaintThreshold("2026-07-31", "2026-07-24")).toEqual({
      threshold: "complaint_ack_due_soon",
      forDate: "2026-07-31",
    });
    expect(complaintThreshold("2026-07-31", "2026-07-31")).toEqual({
      threshold: "complaint_ack_due_soon",
      forDate: "2026-07-31",
    });
  });
  it("escalates every day once the date has passed", () => {
    expect(complaintThreshold("2026-07-31", "2026-08-01")).toEqual({
      threshold: "complaint_ack_overdue",
      forDate: "2026-08-01",
    });
    expect(complaintThreshold("2026-07-31", "2026-08-02")?.forDate).toBe("2026-08-02");
  });
});
