import { describe, expect, it } from "vitest";
import { dueBadge, formatStaffDate, formatStaffInstant, instantFormatter, maskEmail } from "./staff-display";

describe("dueBadge", () => {
  const today = "2026-03-10";
  it.each([
    ["2026-03-09", "overdue", "1 d overdue"],
    ["2026-03-10", "soon3", "due today"],
    ["2026-03-13", "soon3", "3 d left"],
    ["2026-03-14", "soon7", "4 d left"],
    ["2026-03-17", "soon7", "7 d left"],
    ["2026-03-18", "later", "8 d left"],
  ])("due %s → %s", (due, kind, label) => {
    expect(dueBadge({ status: "in_progress", pausedAt: null, dueDate: due }, today)).toMatchObject({ kind, label });
  });
  it("gives closed requests no urgency", () => {
    expect(dueBadge({ status: "completed", pausedAt: null, dueDate: "2026-01-01" }, today).kind).toBe("closed");
  });
  it("counts an unverified request past its due date as overdue (a late-entered letter)", () => {
    expect(dueBadge({ status: "unverified", pausedAt: null, dueDate: "2026-03-01" }, today).kind).toBe("overdue");
  });
  it("says the clock is stopped rather than overdue while waiting for the subject", () => {
    const paused = { status: "awaiting_subject" as const, pausedAt: new Date(), dueDate: "2026-03-01" };
    expect(dueBadge(paused, today)).toMatchObject({ kind: "paused", label: "clock stopped" });
  });
});

describe("in French", () => {
  const today = "2026-03-10";
  it.each([
    ["2026-03-09", "en retard de 1 j"],
    ["2026-03-10", "échéance aujourd'hui"],
    ["2026-03-13", "encore 3 j"],
  ])("due %s → %s", (due, label) => {
    expect(dueBadge({ status: "in_progress", pausedAt: null, dueDate: due }, today, "fr").label).toBe(label);
  });
  it("says the clock is stopped", () => {
    const paused = { status: "awaiting_subject" as const, pausedAt: new Date(), dueDate: "2026-03-01" };
    expect(dueBadge(paused, today, "fr").label).toBe("délai suspendu");
  });
  it("formats dates and times for the language, in the controller's time zone, labelled with it", () => {
    const at = new Date("2026-07-01T08:05:00Z");
    expect(formatStaffInstant(at, "fr", "Europe/Paris")).toBe("1 juil. 2026, 10:05 (Europe/Paris)");
    expect(formatStaffInstant(at, "en", "Europe/London")).toBe("1 Jul 2026, 09:05 (Europe/London)");
    expect(formatStaffDate("2025-10-03", "fr")).toBe("3 oct. 2025");
    expect(formatStaffDate("2025-10-03", "en")).toBe("3 Oct 2025");
    expect(formatStaffDate("2027-03-01", "en")).toBe("1 Mar 2027");
    expect(formatStaffDate("2027-03-01", "fr")).toBe("1er mars 2027");
    expect(formatStaffDate("2027-03-11", "fr")).toBe("11 mars 2027");
  });
});

describe("maskEmail", () => {
  it("keeps the first letter and the domain", () =>
    expect(maskEmail("claire.dupont@example.fr")).toBe("c***@example.fr"));
  it("masks odd input entirely", () => expect(maskEmail("nope")).toBe("***"));
});

describe("instantFormatter", () => {
  it("formats like formatStaffInstant without the zone label (the list's header carries it), zone applied", () => {
    const at = new Date("2026-07-01T08:05:00Z");
    expect(instantFormatter("fr", "Europe/Paris")(at)).toBe("1 juil. 2026, 10:05");
    expect(instantFormatter("en", "America/Los_Angeles")(at)).toBe("1 Jul 2026, 01:05");
    const paris = instantFormatter("en", "Europe/Paris");
    expect(`${paris(at)} (Europe/Paris)`).toBe(formatStaffInstant(at, "en", "Europe/Paris"));
  });
});
