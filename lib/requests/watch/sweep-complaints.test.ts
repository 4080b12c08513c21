import { describe, expect, it } from "vitest";
import { complaintThreshold, complaintThresholdAt } from "./sweep-complaints";

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

describe("complaintThresholdAt (the controller's local date, not UTC)", () => {
  // 2026-07-31T22:30Z is already 1 August in Paris (UTC+2 in summer): the complaint due on 31 July is overdue there.
  const lateEvening = new Date("2026-07-31T22:30:00Z");
  it("counts the day in the controller's zone across midnight", () => {
    expect(complaintThresholdAt("2026-07-31", lateEvening, "Europe/Paris")).toEqual({
      threshold: "complaint_ack_overdue",
      forDate: "2026-08-01",
    });
    expect(complaintThresholdAt("2026-07-31", lateEvening, "UTC")).toEqual({
      threshold: "complaint_ack_due_soon",
      forDate: "2026-07-31",
    });
  });
  it("is behind UTC for a controller west of Greenwich", () => {
    // 03:00Z on 1 August is still 31 July in Los Angeles: due today, not overdue.
    expect(complaintThresholdAt("2026-07-31", new Date("2026-08-01T03:00:00Z"), "America/Los_Angeles")).toEqual({
      threshold: "complaint_ack_due_soon",
      forDate: "2026-07-31",
    });
  });
  it("starts warning 7 days before on the controller's date", () => {
    // 23:30Z on 23 July = 24 July 01:30 in Paris: the first warning day.
    expect(complaintThresholdAt("2026-07-31", new Date("2026-07-23T23:30:00Z"), "Europe/Paris")?.threshold).toBe(
      "complaint_ack_due_soon",
    );
    expect(complaintThresholdAt("2026-07-31", new Date("2026-07-23T23:30:00Z"), "UTC")).toBeNull();
  });
});
