import { describe, expect, it } from "vitest";
import { listJurisdictions } from "@/lib/domain/deadline";
import { staffResidenceOptions } from "./residence-label";

describe("the staff forms' residence choice", () => {
  it.each([
    ["en", "Germany — GDPR", "California (United States) — CCPA/CPRA"],
    ["fr", "Allemagne — RGPD", "Californie (États-Unis) — CCPA/CPRA"],
  ] as const)("%s: each place with its law, every residence once, sorted by name", (locale, de, ca) => {
    const options = staffResidenceOptions(locale);
    expect(options.map((o) => o.code).sort()).toEqual(
      listJurisdictions()
        .map((j) => j.code)
        .sort(),
    );
    expect(options.find((o) => o.code === "DE")?.label).toBe(de);
    expect(options.find((o) => o.code === "US-CA")?.label).toBe(ca);
    // "Another country" (offered where the establishment's law covers it) comes last, whatever its name.
    const names = options.filter((o) => o.code !== "OTHER").map((o) => o.label);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, locale)));
  });
});
