import { test } from "./fixtures/test";
import { fill } from "@/lib/i18n/fill";
import { optOutMessages } from "@/lib/i18n/messages/opt-out";
import { expect, expectNoAxeViolations, subjectEmail } from "./fixtures/portal-journey";
import { waitForMail } from "./fixtures/mailbox";
import { keepScreenshot } from "./fixtures/screenshot";

test.describe.configure({ timeout: 120_000 });

/**
 * Issue 13: a Coloradan whose browser sends Global Privacy Control files the opt-out of sale from the
 * portal with no verification step; Colorado's law requires honouring the signal (C.R.S. § 6-1-1306(1)(a)(IV)),
 * so it is acknowledged and the choice is ticked; the date is Colorado's 45 days, not California's 15
 * business days. A Virginian's browser sending it is told Virginia's law does not make it an opt-out.
 */
for (const width of [1366, 390]) {
  test.describe(`state opt-outs with Global Privacy Control (${width} px)`, () => {
    test.use({ extraHTTPHeaders: { "Sec-GPC": "1" }, viewport: { width, height: 900 } });

    test("a Coloradan files the opt-out of sale from the portal, GPC honoured, due in 45 days", async ({
      page,
      request,
    }) => {
      const t = optOutMessages("en");
      await page.goto("/en/opt-out?residence=US_CO");
      await expect(page.getByRole("heading", { level: 1, name: t.titleState })).toBeVisible();
      await expect(page.getByTestId("opt-out-lead")).toContainText("For residents of Colorado (Colorado Privacy Act)");
      await expect(page.getByTestId("opt-out-lead")).toContainText("within 45 days");
      await expect(page.getByTestId("gpc-detected")).toContainText(fill(t.gpcDetectedState, { state: "Colorado" }));
      await expect(page.getByLabel(t.choicesState.opt_out_sale)).toBeChecked();
      // Colorado's universal opt-out also stands for targeted advertising (ticked too), not for profiling.
      await expect(page.getByLabel(t.choices.opt_out_targeted_ads)).toBeChecked();
      await expect(page.getByLabel(t.choices.opt_out_profiling)).not.toBeChecked();
      // Colorado has no "limit the use of sensitive personal information" opt-out.
      await expect(page.getByLabel(t.choices.limit_sensitive)).toHaveCount(0);
      await expect(page.getByLabel(t.residenceLabel)).toHaveValue("US-CO");
      await expectNoAxeViolations(page);
      await keepScreenshot(page, `portal-opt-out-colorado-${width}`);

      const email = subjectEmail("gpc-co");
      // This test follows the opt-out of sale alone (portal-opt-out-kinds.spec.ts files the others).
      await page.getByLabel(t.choices.opt_out_targeted_ads).uncheck();
      await page.getByLabel(t.email).fill(email);
      await page.getByRole("button", { name: t.submit }).click();
      await expect(page.getByRole("heading", { level: 1, name: t.doneTitle })).toBeVisible();
      await expect(page.getByText(t.doneGpc)).toBeVisible();
      await expect(page.getByText("Applied by (45 days)")).toBeVisible();
      const due = await page.getByTestId("due-date").getAttribute("data-date");
      const received = new Date();
      const days = (new Date(`${due}T12:00:00Z`).getTime() - received.getTime()) / 86_400_000;
      expect(Math.round(days)).toBeGreaterThanOrEqual(44);
      expect(Math.round(days)).toBeLessThanOrEqual(46);
      await keepScreenshot(page, `portal-opt-out-colorado-done-${width}`);

      const mail = await waitForMail(request, email, /complete/i);
      expect(mail.text).toContain("no longer sell");
    });

    test("a Virginian's GPC signal is seen but not taken as an opt-out (Virginia's law does not require it)", async ({
      page,
    }) => {
      const t = optOutMessages("fr");
      // The home page for a Virginian says so too, and leads to Virginia's page.
      await page.goto("/fr?residence=US-VA");
      await expect(page.getByTestId("gpc-banner")).toContainText("La loi de cet État (Virginie)");
      await expect(page.getByTestId("gpc-banner").getByRole("link", { name: t.homeCta })).toHaveAttribute(
        "href",
        "/fr/opt-out?residence=US-VA",
      );
      // A French resident has no such opt-out: the page says so (and shows California's, the default).
      await page.goto("/fr/opt-out?residence=FR");
      await expect(page.getByTestId("no-opt-out-there")).toContainText("France");
      await page.goto("/fr/opt-out");
      await expect(page.getByTestId("no-opt-out-there")).toHaveCount(0);
      // The residence choice on the page switches to Virginia.
      await page.getByLabel(t.residenceLabel).selectOption("US-VA");
      await page.getByRole("button", { name: t.residenceSubmit }).click();
      await expect(page).toHaveURL(/residence=US-VA/);
      await expect(page.getByRole("heading", { level: 1, name: t.titleState })).toBeVisible();
      await expect(page.getByTestId("gpc-detected")).toContainText("Virginie");
      await expect(page.getByLabel(t.choicesState.opt_out_sale)).not.toBeChecked();
      await keepScreenshot(page, `portal-opt-out-virginia-gpc-${width}`);
    });
  });
}
