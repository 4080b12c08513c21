import { expect, it } from "vitest";
import { pausesFromClockEvents, requestDeadline } from "./request-deadline";

const at = (s: string) => new Date(s);

it("pairs pauses with the following resume and keeps an open pause open", () => {
  expect(
    pausesFromClockEvents([
      { kind: "pause", at: at("2025-06-20T10:00:00Z") },
      { kind: "extend", at: at("2025-06-21T10:00:00Z") },
      { kind: "resume", at: at("2025-06-25T10:00:00Z") },
      { kind: "pause", at: at("2025-06-28T10:00:00Z") },
    ]),
  ).toEqual([
    { from: at("2025-06-20T10:00:00Z"), to: at("2025-06-25T10:00:00Z") },
    { from: at("2025-06-28T10:00:00Z"), to: null },
  ]);
});

it("moves the French deadline by the days the clock was stopped", () => {
  const base = {
    jurisdiction: "FR",
    controllerCountry: "FR",
    controllerTimeZone: "Europe/Paris",
    receivedAt: at("2025-06-13T08:00:00Z"),
    extended: false,
  };
  expect(requestDeadline({ ...base, clockEvents: [] }).dueDate).toBe("2025-07-15");
  const paused = requestDeadline({
    ...base,
    clockEvents: [
      { kind: "pause", at: at("2025-06-20T08:00:00Z") },
      { kind: "resume", at: at("2025-06-25T08:00:00Z") },
    ],
  });
  expect(paused.pausedDays).toBe(5);
  expect(paused.dueDate).toBe("2025-07-18");
});

it("counts a German resident's request in the French controller's calendar", () => {
  const deadline = requestDeadline({
    jurisdiction: "DE",
    controllerCountry: "FR",
    controllerTimeZone: "Europe/Paris",
    receivedAt: at("2025-09-03T10:00:00+02:00"),
    extended: false,
    clockEvents: [],
  });
  expect(deadline).toMatchObject({ regime: "GDPR", controller: "FR", holidayCalendar: "FR", dueDate: "2025-10-03" });
});

it("keeps a legacy row (no controller recorded) in its jurisdiction's calendar, so its due date does not move", () => {
  const deadline = requestDeadline({
    jurisdiction: "DE",
    controllerCountry: null,
    controllerTimeZone: null,
    receivedAt: at("2025-09-03T10:00:00+02:00"),
    extended: false,
    clockEvents: [],
  });
  expect(deadline.dueDate).toBe("2025-10-06");
});

it("UK GDPR Art. 12A(2): the month and its extension run from the identity information asked for, when it came later", () => {
  const base = {
    jurisdiction: "GB",
    controllerCountry: "GB",
    controllerTimeZone: "Europe/London",
    receivedAt: at("2026-03-02T10:00:00Z"),
    clockEvents: [],
  };
  expect(requestDeadline({ ...base, extended: false }).dueDate).toBe("2026-04-02");
  const identified = requestDeadline({ ...base, extended: false, identityReceivedAt: at("2026-03-12T09:00:00Z") });
  // 12 April 2026 is a Sunday: the next working day.
  expect(identified).toMatchObject({
    receivedDate: "2026-03-02",
    clockStartDate: "2026-03-12",
    firstDueDate: "2026-04-13",
  });
  expect(identified.explanation.en.join(" ")).toContain("Art. 12A(2)");
  expect(identified.explanation.fr.join(" ")).toContain("article 12A(2)");
  // ICO: the extension is three months from the same start.
  const extended = requestDeadline({ ...base, extended: true, identityReceivedAt: at("2026-03-12T09:00:00Z") });
  expect(extended.dueDate).toBe("2026-06-12");
  expect(extended.explanation.en).toContain(
    "With the extension, three months from the identity confirmation is Friday 12 June 2026.",
  );
  expect(extended.explanation.fr.join(" ")).toContain("trois mois après la confirmation d'identité");
  // Identity confirmed the day of receipt changes nothing.
  expect(requestDeadline({ ...base, extended: false, identityReceivedAt: at("2026-03-02T18:00:00Z") }).dueDate).toBe(
    "2026-04-02",
  );
});

it("no other regime moves its clock to the identity check (GDPR counts from the receipt)", () => {
  const deadline = requestDeadline({
    jurisdiction: "FR",
    controllerCountry: "FR",
    controllerTimeZone: "Europe/Paris",
    receivedAt: at("2026-03-02T10:00:00Z"),
    extended: false,
    clockEvents: [],
    identityReceivedAt: at("2026-03-12T09:00:00Z"),
  });
  expect(deadline).toMatchObject({ clockStartDate: "2026-03-02", firstDueDate: "2026-04-02" });
});
