import { describe, expect, it } from "vitest";
import { renderMail, sampleCompletionWithResult } from "@/lib/mail/templates";
import { testBrand as brand } from "@/scripts/test-support/mail-templates";
import { partialRefusalOf } from "./partial-refusal";

describe("a request completed with part refused", () => {
  it("is an erasure that kept rows under an exception, or a package with records withheld", () => {
    const kept = { system: "Demo Shop", table: "shop.orders", rows: 3, exemption: "legal_obligation", reason: "tax" };
    const erasure = { kind: "erasure" as const, erased: [], recipientsNotified: [] };
    expect(partialRefusalOf({ ...erasure, kept: [kept] })).toBe("erasure_kept");
    expect(partialRefusalOf({ ...erasure, kept: [{ ...kept, rows: 0 }] })).toBeNull();
    expect(partialRefusalOf({ ...erasure, kept: [] })).toBeNull();
    const pkg = { kind: "package" as const, availableUntil: "2026-12-30", maxDownloads: 5 };
    expect(partialRefusalOf({ ...pkg, excludedRecords: 2 })).toBe("access_withheld");
    expect(partialRefusalOf({ ...pkg, excludedRecords: 0 })).toBeNull();
    expect(partialRefusalOf({ kind: "objection", systems: [] })).toBeNull();
    const rect = { kind: "rectification" as const, changed: [], recipientsNotified: [] };
    expect(partialRefusalOf({ ...rect, declined: [{ field: "Date of birth", reason: "not held" }] })).toBe(
      "rectification_declined",
    );
    expect(partialRefusalOf({ ...rect, declined: [] })).toBeNull();
    expect(partialRefusalOf(rect)).toBeNull();
    expect(partialRefusalOf(null)).toBeNull();
  });

  it("the completion mail of a partly refused rectification lists each declined correction with its reason", async () => {
    const result = {
      kind: "rectification" as const,
      changed: [{ system: "Demo Shop", field: "shop.customers.phone", value: "+1 804 555 0101" }],
      declined: [{ field: "Date of birth", reason: "We do not hold a date of birth for you." }],
      recipientsNotified: [],
    };
    const params = { ...sampleCompletionWithResult("rectification"), result };
    const en = await renderMail("completion", "en", params, brand);
    expect(en.text).toContain("We did not make these corrections you asked for");
    expect(en.text).toContain("Date of birth: We do not hold a date of birth for you.");
    const fr = await renderMail("completion", "fr", params, brand);
    expect(fr.text).toContain("Nous n’avons pas apporté ces corrections demandées");
  });

  it("the completion mail offers the appeal when given its link, in both languages", async () => {
    const params = {
      ...sampleCompletionWithResult("erasure"),
      regime: "US_VA" as const,
      residence: "US-VA",
      appealUrl: "https://privacy.example.com/en/status/abc#appeal",
    };
    const en = await renderMail("completion", "en", params, brand);
    expect(en.text).toContain("Part of your request was not granted");
    expect(en.text).toContain("Appeal this decision");
    expect(en.text).toContain("https://privacy.example.com/en/status/abc#appeal");
    const fr = await renderMail("completion", "fr", params, brand);
    expect(fr.text).toContain("Faire appel de cette décision");
    const { appealUrl, ...without } = params;
    expect(appealUrl).toMatch(/#appeal$/);
    expect((await renderMail("completion", "en", without, brand)).text).not.toContain("Appeal this decision");
  });
});
