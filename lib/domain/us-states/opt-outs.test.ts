import { describe, expect, it } from "vitest";
import { computeDeadline } from "../deadline";
import { optOutTypesFor, universalOptOutCovers } from "../opt-out-eligibility";
import { rightsForRegime } from "../rights";
import { isOptOutType, OPT_OUT_TYPES } from "../vocabulary";
import { STATE_OPT_OUT_KINDS, US_STATE_CODES, US_STATE_LAWS, US_STATE_OPT_OUTS, usStateRegime } from "./index";

const ALL_THREE = ["opt_out_sale", "opt_out_targeted_ads", "opt_out_profiling"];

describe("each state's opt-outs (issue 13: targeted advertising, profiling, sensitive data)", () => {
  it("every state has the right set of opt-out kinds, each with its section", () => {
    const expected: Record<string, string[]> = Object.fromEntries(US_STATE_CODES.map((s) => [s, ALL_THREE]));
    // Utah: no profiling opt-out (§ 13-61-201); sensitive data after notice and an opportunity to opt out.
    expected.UT = ["opt_out_sale", "opt_out_targeted_ads", "opt_out_sensitive"];
    // Iowa: sale (§ 715D.3(1)); targeted advertising, whose opt-out § 715D.4(6) makes the notice describe;
    // sensitive data as Utah (§ 715D.4(2)).
    expected.IA = ["opt_out_sale", "opt_out_targeted_ads", "opt_out_sensitive"];
    for (const state of US_STATE_CODES) {
      const regime = usStateRegime(state);
      expect([...optOutTypesFor(regime)].sort(), state).toEqual([...expected[state]!].sort());
      const { kinds } = US_STATE_OPT_OUTS[state];
      // The record's rights and its per-kind cites agree, and every cite names a section.
      const granted = rightsForRegime(regime).filter((r) => (STATE_OPT_OUT_KINDS as readonly string[]).includes(r));
      expect(Object.keys(kinds).sort(), state).toEqual([...granted].sort());
      for (const cite of Object.values(kinds)) expect(cite, state).toMatch(/§|RSA|ORS|KRS|N\.J\.S\.A\./);
    }
  });

  it("only Utah and Iowa offer the opt-out of sensitive-data processing; California keeps its limit", () => {
    const withSensitive = US_STATE_CODES.filter((s) => optOutTypesFor(usStateRegime(s)).includes("opt_out_sensitive"));
    expect(withSensitive.sort()).toEqual(["IA", "UT"]);
    expect(optOutTypesFor("CCPA")).toEqual(["opt_out_sale", "limit_sensitive"]);
  });

  it("a Californian sees no separate targeted-advertising or profiling card; a French resident no opt-out at all", () => {
    expect(optOutTypesFor("CCPA")).not.toContain("opt_out_targeted_ads");
    expect(optOutTypesFor("CCPA")).not.toContain("opt_out_profiling");
    expect(optOutTypesFor("GDPR")).toEqual([]);
    expect(optOutTypesFor("UK_GDPR")).toEqual([]);
  });

  it("each new kind is an opt-out request type (no verification) and due in the state's own period", () => {
    for (const kind of ["opt_out_targeted_ads", "opt_out_profiling", "opt_out_sensitive"]) {
      expect(isOptOutType(kind), kind).toBe(true);
      expect(OPT_OUT_TYPES as readonly string[]).toContain(kind);
    }
    const receivedAt = new Date("2026-01-20T15:00:00Z");
    for (const [jurisdiction, requestType] of [
      ["US-VA", "opt_out_targeted_ads"],
      ["US-CO", "opt_out_profiling"],
      ["US-UT", "opt_out_sensitive"],
      ["US-IA", "opt_out_sensitive"],
    ] as const) {
      const state = jurisdiction.slice(3) as keyof typeof US_STATE_LAWS;
      const d = computeDeadline({ jurisdiction, receivedAt, requestType });
      const days = US_STATE_LAWS[state].optOut.respondDays.value;
      const expected = new Date(Date.UTC(2026, 0, 20 + days)).toISOString().slice(0, 10);
      expect(d.firstDueDate, jurisdiction).toBe(expected);
      expect(d.extendedDueDate, jurisdiction).not.toBeNull();
      expect(d.holidayCalendar, jurisdiction).toBeNull();
    }
    // Iowa's 90 days: 20 January + 90 = 20 April.
    expect(computeDeadline({ jurisdiction: "US-IA", receivedAt, requestType: "opt_out_sensitive" }).firstDueDate).toBe(
      "2026-04-20",
    );
  });

  it("GPC stands for targeted advertising and sale where the state makes it an opt-out; never profiling or sensitive data", () => {
    expect(universalOptOutCovers("US_CT", "opt_out_targeted_ads")).toBe(true);
    expect(universalOptOutCovers("US_CT", "opt_out_sale")).toBe(true);
    expect(universalOptOutCovers("US_CT", "opt_out_profiling")).toBe(false);
    expect(universalOptOutCovers("US_CO", "opt_out_targeted_ads")).toBe(true);
    // Virginia and Utah have no universal opt-out duty.
    expect(universalOptOutCovers("US_VA", "opt_out_targeted_ads")).toBe(false);
    expect(universalOptOutCovers("US_UT", "opt_out_targeted_ads")).toBe(false);
    expect(universalOptOutCovers("US_UT", "opt_out_sensitive")).toBe(false);
    expect(universalOptOutCovers("CCPA", "opt_out_sale")).toBe(true);
    expect(universalOptOutCovers("CCPA", "limit_sensitive")).toBe(false);
    expect(universalOptOutCovers("GDPR", "opt_out_sale")).toBe(false);
  });
});
