import { describe, expect, it } from "vitest";
import { honoursUniversalOptOut, optOutTypesFor } from "../opt-out-eligibility";
import { US_STATE_CODES, US_STATE_LAWS, usStateRegime } from "../us-states";
import { appealDecisionDue } from "../us-states/appeal";
import { computeDeadline } from "./compute";

describe("US state opt-outs: each state's own period, in calendar days, extendable", () => {
  it("Virginia: 45 calendar days across the January month end, extended once by 45 (Va. Code § 59.1-577(B)(1))", () => {
    const d = computeDeadline({
      jurisdiction: "US-VA",
      receivedAt: new Date("2026-01-20T15:00:00Z"),
      requestType: "opt_out_sale",
    });
    expect(d.regime).toBe("US_VA");
    expect(d.timeZone).toBe("America/New_York");
    // 20 Jan + 45 days: 11 days to 31 Jan, 28 in February, 6 in March.
    expect(d.firstDueDate).toBe("2026-03-06");
    expect(d.extendedDueDate).toBe("2026-04-20");
    expect(d.extensionNoticeBy).toBe("2026-03-06");
    expect(d.holidayCalendar).toBeNull();
    expect(
      computeDeadline({
        ...d,
        receivedAt: new Date("2026-01-20T15:00:00Z"),
        requestType: "opt_out_sale",
        extended: true,
      }).dueDate,
    ).toBe("2026-04-20");
  });

  it("Colorado: a day received late on 31 October (Denver) is counted from 31 October, due 15 December, a Tuesday, not rolled", () => {
    const d = computeDeadline({
      jurisdiction: "US-CO",
      // 05:30 UTC on 1 November is 23:30 on 31 October in Denver.
      receivedAt: new Date("2026-11-01T05:30:00Z"),
      requestType: "opt_out_sale",
    });
    expect(d.receivedDate).toBe("2026-10-31");
    expect(d.firstDueDate).toBe("2026-12-15");
    expect(d.extendedDueDate).toBe("2027-01-29");
  });

  it("a due date on a weekend is not moved (calendar days, product decision as for the requests)", () => {
    // 45 days after Friday 2026-02-27 is Tuesday 2026-04-13; after 2026-03-01 it is Wednesday 2026-04-15.
    const saturday = computeDeadline({
      jurisdiction: "US-TX",
      receivedAt: new Date("2026-02-28T17:00:00Z"),
      requestType: "opt_out_sale",
    });
    expect(saturday.firstDueDate).toBe("2026-04-14");
  });

  it("Iowa answers in 90 days (+45), its general period (Iowa Code § 715D.3(2))", () => {
    const d = computeDeadline({
      jurisdiction: "US-IA",
      receivedAt: new Date("2026-01-31T17:00:00Z"),
      requestType: "opt_out_sale",
    });
    expect(d.firstDueDate).toBe("2026-05-01");
    expect(d.extendedDueDate).toBe("2026-06-15");
  });

  it("California keeps 15 business days with no extension", () => {
    const d = computeDeadline({
      jurisdiction: "US-CA",
      receivedAt: new Date("2026-01-20T18:00:00Z"),
      requestType: "opt_out_sale",
    });
    expect(d.extendedDueDate).toBeNull();
    expect(d.holidayCalendar).toBe("US-CA");
  });

  it("every state record cites its opt-out period and universal opt-out duty", () => {
    for (const state of US_STATE_CODES) {
      const { optOut, respondDays } = US_STATE_LAWS[state];
      // Every state's response provision covers opt-outs too: the same section, the same days.
      expect(optOut.respondDays, state).toEqual(respondDays);
      expect(optOut.extensionDays.value, state).toBe(45);
      expect(optOut.universalOptOut.cite.length, state).toBeGreaterThan(5);
    }
  });
});

describe("who is offered which opt-out, and whose GPC counts", () => {
  it("offers the opt-out of sale in every state that grants it, the sensitive-data limit only in California", () => {
    expect(optOutTypesFor("CCPA")).toEqual(["opt_out_sale", "limit_sensitive"]);
    for (const state of US_STATE_CODES) expect(optOutTypesFor(usStateRegime(state)), state).toContain("opt_out_sale");
    for (const state of US_STATE_CODES)
      expect(optOutTypesFor(usStateRegime(state)), state).not.toContain("limit_sensitive");
    expect(optOutTypesFor("GDPR")).toEqual([]);
    expect(optOutTypesFor(undefined)).toEqual([]);
  });

  it("honours GPC where the law requires a universal opt-out mechanism", () => {
    const honoured = US_STATE_CODES.filter((s) => honoursUniversalOptOut(usStateRegime(s)));
    expect(honoured.sort()).toEqual(["CO", "CT", "DE", "MD", "MN", "MT", "NE", "NH", "NJ", "OR", "TX"]);
    expect(honoursUniversalOptOut("CCPA")).toBe(true);
    expect(honoursUniversalOptOut("US_VA")).toBe(false);
    expect(honoursUniversalOptOut("GDPR")).toBe(false);
  });
});

describe("appeal decision periods and their extension, across month ends (appealDecisionDue)", () => {
  it("Colorado 45 + 60, Minnesota 45 + 60, New Jersey 45 + 45, Oregon 45 and Virginia 60 with none", () => {
    // Received 31 January: 45 days is 17 March (28-day February), +60 is 16 May.
    expect(appealDecisionDue("US_CO", "2026-01-31")).toEqual({ due: "2026-03-17", extended: "2026-05-16" });
    // ORS 646A.576(6)(d): "within 45 days after the date on which the controller received the appeal", no extension.
    expect(appealDecisionDue("US_OR", "2026-01-31")).toEqual({ due: "2026-03-17", extended: null });
    expect(appealDecisionDue("US_MN", "2026-01-31")).toEqual({ due: "2026-03-17", extended: "2026-05-16" });
    expect(appealDecisionDue("US_NJ", "2026-01-31")).toEqual({ due: "2026-03-17", extended: "2026-05-01" });
    // A leap year's February: 31 January 2028 + 60 is 31 March.
    expect(appealDecisionDue("US_VA", "2028-01-31")).toEqual({ due: "2028-03-31", extended: null });
    expect(appealDecisionDue("US_UT", "2026-01-31")).toBeNull();
  });
});
