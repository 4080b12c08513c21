import { describe, expect, it } from "vitest";
import { liftNotBefore } from "./lift-schedule";

const DAY = 86_400_000;
const timeZone = "Europe/Paris";

describe("liftNotBefore (Art. 18(3) notice period)", () => {
  it("counts the notice period from the moment SMTP accepted the notice", () => {
    const acceptedAt = new Date("2026-03-10T09:30:00Z");
    expect(liftNotBefore({ acceptedAt, liftOn: "2026-03-17", days: 7, timeZone })).toEqual(
      new Date(acceptedAt.getTime() + 7 * DAY),
    );
    expect(liftNotBefore({ acceptedAt, liftOn: undefined, days: 7, timeZone })).toEqual(
      new Date(acceptedAt.getTime() + 7 * DAY),
    );
  });

  it("never runs before the date the notice named: accepted just before midnight, across the clock change", () => {
    // Named on 2026-03-22 at 23:50 Paris (22:50Z); summer time starts on the 29th: 7 × 24 h ends on the 30th at 00:50.
    const acceptedAt = new Date("2026-03-22T22:50:00Z");
    expect(liftNotBefore({ acceptedAt, liftOn: "2026-03-30", days: 7, timeZone })).toEqual(
      new Date(acceptedAt.getTime() + 7 * DAY),
    );
    // Accepted late (the next day in Paris) for a notice that named an earlier date: the period still runs.
    const late = new Date("2026-03-23T01:00:00Z");
    expect(liftNotBefore({ acceptedAt: late, liftOn: "2026-03-29", days: 7, timeZone })).toEqual(
      new Date(late.getTime() + 7 * DAY),
    );
  });

  it("waits for the named date when the period would end on the day before it", () => {
    // Winter time starts on 2026-10-25: 23:30 Paris on the 20th (21:30Z) + 7 × 24 h = 22:30 Paris on the 27th.
    const acceptedAt = new Date("2026-10-20T21:30:00Z");
    const at = liftNotBefore({ acceptedAt, liftOn: "2026-10-28", days: 7, timeZone });
    expect(at).toEqual(new Date("2026-10-27T23:00:00Z"));
  });
});
