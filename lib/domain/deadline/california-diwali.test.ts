import { describe, expect, it } from "vitest";
import { californiaHolidayNames } from "./california-holidays";
import { computeDeadline } from "./index";

/**
 * AB 268 (Stats. 2025, ch. 358, in force 1 January 2026) adds Diwali, the 15th day of the month of Kartik in the
 * Hindu lunar calendar, to the holidays of Gov. Code § 6700: a weekday Diwali is not a CCPA business day.
 */
describe("California: Diwali is a state holiday from 2026 (AB 268)", () => {
  it("names the weekday Diwalis it knows, and none before 2026", () => {
    expect(californiaHolidayNames("2027-10-29")?.en).toBe("Diwali"); // Friday
    expect(californiaHolidayNames("2028-10-17")?.en).toBe("Diwali"); // Tuesday
    expect(californiaHolidayNames("2029-11-05")?.en).toBe("Diwali"); // Monday
    expect(californiaHolidayNames("2025-10-20")).toBeNull(); // before AB 268 took effect
  });

  it("a CCPA request received Thursday 21 Oct 2027 is acknowledged by Friday 5 Nov, not Thursday 4 Nov", () => {
    const result = computeDeadline({ jurisdiction: "US-CA", receivedAt: new Date("2027-10-21T12:00:00-07:00") });
    expect(result.acknowledgeBy).toBe("2027-11-05");
    expect(result.explanation.en.join(" ")).toContain("29 October 2027 is a public holiday (Diwali)");
  });

  it("an opt-out received the same day is honoured by Monday 15 Nov 2027, not Friday 12 Nov (15 business days; Veterans Day skipped too)", () => {
    const result = computeDeadline({
      jurisdiction: "US-CA",
      receivedAt: new Date("2027-10-21T12:00:00-07:00"),
      requestType: "opt_out_sale",
    });
    expect(result.dueDate).toBe("2027-11-15");
  });
});
