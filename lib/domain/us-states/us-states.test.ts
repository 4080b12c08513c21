import { describe, expect, it } from "vitest";
import { computeDeadline } from "../deadline";
import { REGIMES } from "../deadline/regimes";
import { regimeNotices } from "../regime-notices";
import { regimeTexts } from "../regime-texts";
import { rightsForRegime } from "../rights";
import { appealDecisionDue, appealOpenUntil } from "./appeal";
import { US_STATE_CODES, US_STATE_LAWS, usStateLaw } from "./index";
import { US_STATE_OPT_OUTS } from "./opt-outs";

const lead = { name: "CNIL", url: "https://www.cnil.fr" };
const at = (iso: string) => new Date(iso);

describe("US state laws as data", () => {
  it("has the 18 states the issue names, each value cited", () => {
    expect([...US_STATE_CODES].sort()).toEqual(
      [
        "VA",
        "CO",
        "CT",
        "UT",
        "IA",
        "OR",
        "TX",
        "MT",
        "DE",
        "NH",
        "NJ",
        "TN",
        "MN",
        "MD",
        "IN",
        "KY",
        "RI",
        "NE",
      ].sort(),
    );
    for (const law of Object.values(US_STATE_LAWS)) {
      for (const cited of [law.respondDays, law.extensionDays, law.attorneyGeneral, law.rights, law.recordMonths])
        expect(cited.cite, law.state).toMatch(/\S/);
      expect(law.attorneyGeneral.value.url, law.state).toMatch(/^https:\/\//);
    }
  });

  it("every residence US-XX maps to the regime US_XX", () => {
    for (const state of US_STATE_CODES) {
      const r = computeDeadline({ jurisdiction: `US-${state}`, receivedAt: at("2026-03-02T15:00:00Z") });
      expect(r.regime).toBe(`US_${state}`);
    }
  });

  it("Utah grants no appeal but, since 1 July 2026, correction; Minnesota adds profiling questions and third parties", () => {
    expect(US_STATE_LAWS.UT.appeal).toBeNull();
    expect(rightsForRegime("US_UT")).not.toContain("appeal");
    // The right to correct: § 13-61-201(4), in force 1 July 2026 (H.B. 418).
    expect(rightsForRegime("US_UT")).toContain("rectification");
    expect(rightsForRegime("US_MN")).toEqual(expect.arrayContaining(["question_profiling", "third_party_list"]));
    expect(rightsForRegime("US_OR")).toContain("third_party_list");
    expect(rightsForRegime("US_VA")).toEqual(expect.arrayContaining(["opt_out_sale", "opt_out_profiling", "appeal"]));
  });

  it("a French resident has no opt-out of sale; a Californian has it and the limit on sensitive data", () => {
    expect(rightsForRegime("GDPR")).not.toContain("opt_out_sale");
    expect(rightsForRegime("CCPA")).toEqual(expect.arrayContaining(["opt_out_sale", "limit_sensitive"]));
  });
});

describe("dates per family (calendar days in the controller's zone, no roll-forward)", () => {
  it("Virginia model: 45 days, 90 extended; a Saturday end is kept", () => {
    // Received Mon 2 March 2026 (New York) → +45 = Thu 16 April; +90 = Sun 31 May (kept: no roll-forward).
    const r = computeDeadline({ jurisdiction: "US-VA", receivedAt: at("2026-03-02T15:00:00Z") });
    expect(r.firstDueDate).toBe("2026-04-16");
    expect(r.extendedDueDate).toBe("2026-05-31");
    expect(r.extensionNoticeBy).toBe("2026-04-16");
    expect(r.acknowledgeBy).toBeNull();
    expect(r.timeZone).toBe("America/New_York");
  });

  it("Iowa: 90 days, then 45 more (135)", () => {
    const r = computeDeadline({ jurisdiction: "US-IA", receivedAt: at("2026-01-10T18:00:00Z") });
    expect(r.firstDueDate).toBe("2026-04-10");
    expect(r.extendedDueDate).toBe("2026-05-25");
  });

  it("counts in the controller's calendar: a Virginian writing late evening to a Paris shop", () => {
    // 23:30 in New York on 1 March is 05:30 on 2 March in Paris: the receipt date is the controller's.
    const r = computeDeadline({ jurisdiction: "US-VA", controller: "FR", receivedAt: at("2026-03-02T04:30:00Z") });
    expect(r.receivedDate).toBe("2026-03-02");
    expect(r.firstDueDate).toBe("2026-04-16");
    expect(r.regime).toBe("US_VA");
  });

  it("ignores clock stops (no state provides one)", () => {
    const r = computeDeadline({
      jurisdiction: "US-TX",
      receivedAt: at("2026-03-02T15:00:00Z"),
      pauses: [{ from: at("2026-03-05T15:00:00Z"), to: at("2026-03-15T15:00:00Z") }],
    });
    expect(r.pausedDays).toBe(0);
    expect(r.firstDueDate).toBe("2026-04-16");
  });

  it("explains in both languages that the state law allows no clock stop", () => {
    const r = computeDeadline({
      jurisdiction: "US-CO",
      receivedAt: at("2026-03-02T15:00:00Z"),
      pauses: [{ from: at("2026-03-05T15:00:00Z"), to: at("2026-03-15T15:00:00Z") }],
    });
    expect(r.explanation.en.join(" ")).toContain("Colorado Privacy Act");
    expect(r.explanation.fr.join(" ")).toContain("Colorado Privacy Act");
  });
});

describe("appeal decision dates", () => {
  it("Virginia: 60 days from the appeal's receipt; Colorado: 45, or 105 with the 60-day extension", () => {
    expect(appealDecisionDue("US_VA", "2026-05-01")).toEqual({ due: "2026-06-30", extended: null });
    expect(appealDecisionDue("US_CO", "2026-05-01")).toEqual({ due: "2026-06-15", extended: "2026-08-14" });
    expect(appealDecisionDue("US_OR", "2026-05-01")).toEqual({ due: "2026-06-15", extended: null });
    expect(appealDecisionDue("US_UT", "2026-05-01")).toBeNull();
    expect(appealDecisionDue("GDPR", "2026-05-01")).toBeNull();
  });

  it("the portal keeps the appeal open 60 days after the refusal where the law says 'a reasonable period'", () => {
    expect(appealOpenUntil("US_VA", "2026-05-01")).toBe("2026-06-30");
    expect(appealOpenUntil("US_UT", "2026-05-01")).toBeNull();
    expect(appealOpenUntil("CCPA", "2026-05-01")).toBeNull();
  });
});

describe("texts", () => {
  it.each(["en", "fr"] as const)("%s: Virginia's refusal gives the appeal route and the Virginia AG", (locale) => {
    const t = regimeTexts("US_VA", locale, lead);
    const text = t.refusal.join(" ");
    expect(text).toContain("§ 59.1-577(C)");
    expect(text).toContain("oag.state.va.us");
    expect(text).not.toMatch(/GDPR|RGPD|California|CNIL/);
    expect(regimeNotices("US_VA", locale, { lead }).timeLimit).toContain("45");
  });

  it.each(["en", "fr"] as const)("%s: Utah says there is no appeal, and names its complaint route once", (locale) => {
    const refusal = regimeTexts("US_UT", locale, lead).refusal.join(" ");
    expect(refusal).toMatch(locale === "en" ? /provides no appeal/ : /ne prévoit pas de recours/);
    expect(refusal.split("dcp.utah.gov").length - 1).toBe(1);
  });

  it("every state regime rule is 45/90 except Iowa", () => {
    for (const state of US_STATE_CODES) {
      const rule = REGIMES[`US_${state}`];
      const law = usStateLaw(`US_${state}`)!;
      expect(rule.period).toEqual({ unit: "day", amount: law.respondDays.value });
      expect(rule.extension?.amount).toBe(law.respondDays.value + law.extensionDays.value);
      if (state !== "IA") expect(rule.period.amount).toBe(45);
    }
  });
});

describe("cites confirmed against the statute text (session 6)", () => {
  it("Tennessee: rights in § 47-18-3304(a)(2), the 45 + 45 days in § 47-18-3304(b)(1) (§ 47-18-3303 is not them)", () => {
    const tn = US_STATE_LAWS.TN;
    expect(tn.rights.cite).toBe("Tenn. Code Ann. § 47-18-3304(a)(2)");
    expect(tn.respondDays.cite).toBe("Tenn. Code Ann. § 47-18-3304(b)(1)");
    expect(tn.extensionDays.cite).toBe("Tenn. Code Ann. § 47-18-3304(b)(1)");
    const all = JSON.stringify(tn);
    expect(all).not.toContain("47-18-3303");
  });
  it("Utah: the 45 + 45 days are § 13-61-203(2)(a)-(b); (4) is the fee rule (session 14)", () => {
    const ut = US_STATE_LAWS.UT;
    expect([ut.respondDays.cite, ut.optOut.respondDays.cite]).toEqual(Array(2).fill("Utah Code § 13-61-203(2)(a)"));
    expect([ut.extensionDays.cite, ut.optOut.extensionDays.cite]).toEqual(Array(2).fill("Utah Code § 13-61-203(2)(b)"));
    expect(JSON.stringify(ut)).not.toContain("13-61-203(4)");
  });
  it("Connecticut: the 45 + 45 days are § 42-518(c)(1), beside the refusal's (c)(2); (b) is how rights are exercised", () => {
    const ct = US_STATE_LAWS.CT;
    for (const cited of [ct.respondDays, ct.extensionDays, ct.optOut.respondDays, ct.optOut.extensionDays])
      expect(cited.cite).toBe("Conn. Gen. Stat. § 42-518(c)(1)");
    expect(JSON.stringify(ct)).not.toContain("42-518(b)");
  });
  it("Oregon: the universal opt-out signal is ORS 646A.578(5)(c); (1)(b) limits collection", () => {
    expect(US_STATE_LAWS.OR.optOut.universalOptOut.cite).toBe("ORS 646A.578(5)(c)");
  });
  // ORS 646A.576 as codified (the deskbook's copy): (2) is accounts, (4) authorized agents, (5) the duties to
  // respond, (6) the appeal — (6)(a) a reasonable period to appeal, (6)(d) 45 days to decide. (6)(d) names no
  // extension ("approve or deny the appeal within 45 days"), so none is allowed (the reference file's 60 was wrong).
  it("Oregon: 45 + 45 days are ORS 646A.576(5)(a), the appeal (6); (2) is accounts and (4) authorized agents", () => {
    const or = US_STATE_LAWS.OR;
    for (const cited of [or.respondDays, or.extensionDays, or.optOut.respondDays, or.optOut.extensionDays])
      expect(cited.cite).toBe("ORS 646A.576(5)(a)");
    expect(or.appeal?.windowDays.cite).toBe("ORS 646A.576(6)(a)");
    expect(or.appeal?.decideDays).toEqual({ value: 45, cite: "ORS 646A.576(6)(d)" });
    expect(or.appeal?.decideExtensionDays).toBeNull();
    expect(JSON.stringify(or)).not.toMatch(/646A\.576\((2|4)\)/);
  });
});

describe("the rights' cites, shown as they are on the French portal", () => {
  it("are section numbers, not English prose ('as amended by … from 1 July 2026', '(sensitive data)')", () => {
    for (const state of Object.values(US_STATE_LAWS)) {
      const cites = [state.rights.cite, ...Object.values(US_STATE_OPT_OUTS[state.state].kinds)];
      for (const cite of cites) expect(cite, state.state).not.toMatch(/\b(as|amended|from|by|data|sensitive|the)\b/);
    }
  });
});
