import { describe, expect, it } from "vitest";
import { packageWindow } from "@/lib/domain/completion-result";
import { testBrand as brand } from "@/scripts/test-support/mail-templates";
import { renderMail, sampleCompletionWithResult, sampleParams } from "./index";

/**
 * The package's end as the person can rely on it: the instant in the controller's zone, labelled with the
 * zone (the status page says the same). A package expiring at 04:00 UTC on 1 January is gone at 20:00 on
 * 31 December in Los Angeles: the mails said "until 1 January" (the UTC date, no zone).
 */
describe("the package window in the mails", () => {
  const la = { jurisdiction: "US-CA", controllerCountry: "US-CA", controllerTimeZone: "America/Los_Angeles" };
  const window = packageWindow(new Date("2027-01-01T04:00:00Z"), la);

  it("is the controller's local date and time", () => {
    expect(window).toEqual({
      availableUntil: "2026-12-31",
      availableUntilAt: "2027-01-01T04:00:00.000Z",
      timeZone: "America/Los_Angeles",
    });
  });

  it("completion, en and fr: date, time and zone, never the UTC date", async () => {
    const result = { ...sampleCompletionWithResult("package").result!, ...window } as never;
    const params = { ...sampleCompletionWithResult("package"), result };
    const en = await renderMail("completion", "en", params, brand);
    expect(en.text).toContain("31 December 2026 at 20:00 (America/Los_Angeles)");
    expect(en.text).not.toContain("1 January 2027");
    const fr = await renderMail("completion", "fr", params, brand);
    expect(fr.text).toContain("31 décembre 2026 à 20:00 (America/Los_Angeles)");
  });

  it("download code, en and fr: the same", async () => {
    const params = { ...sampleParams("download_code"), ...window };
    const en = await renderMail("download_code", "en", params, brand);
    expect(en.text).toContain("31 December 2026 at 20:00 (America/Los_Angeles)");
    const fr = await renderMail("download_code", "fr", params, brand);
    expect(fr.text).toContain("31 décembre 2026 à 20:00 (America/Los_Angeles)");
  });
});
