import { test } from "./fixtures/test";
import { fill } from "@/lib/i18n/fill";
import { messages } from "@/lib/i18n/messages";
import { optOutMessages } from "@/lib/i18n/messages/opt-out";
import { expect, expectNoAxeViolations, subjectEmail } from "./fixtures/portal-journey";
import { waitForMail } from "./fixtures/mailbox";
import { keepScreenshot } from "./fixtures/screenshot";

test.describe.configure({ timeout: 120_000 });

/**
 * Issue 13: the state laws' opt-outs of targeted advertising and of profiling are request types with a
 * card of their own on a Connecticut resident's home page (Conn. Gen. Stat. § 42-518(a)(5)); the card
 * opens the opt-out page with that choice ticked, and the opt-outs are filed with no verification step.
 * A French resident sees none of them.
 */
for (const width of [1366, 390]) {
  test.describe(`opt-outs of targeted advertising and profiling (${width} px)`, () => {
    test.use({ viewport: { width, height: 900 } });

    test("a Connecticut resident sees the new cards and files both opt-outs without verification", async ({
      page,
      request,
    }) => {
      const rights = messages("en").portal.rights;
      const t = optOutMessages("en");
      await page.goto("/en?residence=US-CT");
      const ads = page.locator("#right-opt_out_targeted_ads");
      const profiling = page.locator("#right-opt_out_profiling");
      await expect(ads.getByRole("link", { name: rights.opt_out_targeted_ads.title })).toBeVisible();
      await expect(profiling.getByRole("link", { name: rights.opt_out_profiling.title })).toBeVisible();
      await expect(ads).toContainText("CTDPA, Conn. Gen. Stat. § 42-518(a)(5)(A)");
      // Connecticut requires opt-in consent for sensitive data: nothing to opt out of.
      await expect(page.locator("#right-opt_out_sensitive")).toHaveCount(0);
      await expectNoAxeViolations(page);
      await keepScreenshot(page, `portal-home-connecticut-opt-outs-${width}`);

      await ads.getByRole("link", { name: rights.opt_out_targeted_ads.title }).click();
      await expect(page.getByRole("heading", { level: 1, name: t.titleState })).toBeVisible();
      await expect(page.getByTestId("opt-out-lead")).toContainText("Connecticut");
      await expect(page.getByLabel(t.choices.opt_out_targeted_ads)).toBeChecked();
      await expect(page.getByLabel(t.choices.opt_out_profiling)).not.toBeChecked();
      await expect(page.getByLabel(t.choices.opt_out_sensitive)).toHaveCount(0);
      await page.getByLabel(t.choices.opt_out_profiling).check();
      await expectNoAxeViolations(page);
      await keepScreenshot(page, `portal-opt-out-connecticut-${width}`);

      const email = subjectEmail("ct-kinds");
      await page.getByLabel(t.email).fill(email);
      await page.getByRole("button", { name: t.submit }).click();
      // No verification step: straight to the confirmation, one reference per opt-out.
      await expect(page.getByRole("heading", { level: 1, name: t.doneTitle })).toBeVisible();
      await expect(page.getByTestId("reference")).toHaveCount(2);
      await expect(page.getByText("Applied by (45 days)").first()).toBeVisible();
      await expectNoAxeViolations(page);
      await keepScreenshot(page, `portal-opt-out-connecticut-done-${width}`);
      const mail = await waitForMail(request, email, /complete/i);
      expect(mail.text).toMatch(/no longer (process your personal data for targeted advertising|profile you)/);
    });

    test("a Connecticut browser's GPC signal is taken for targeted advertising and sale, not profiling", async ({
      browser,
    }) => {
      const t = optOutMessages("en");
      const context = await browser.newContext({
        extraHTTPHeaders: { "Sec-GPC": "1" },
        viewport: { width, height: 900 },
      });
      const page = await context.newPage();
      await page.goto("/en?residence=US-CT");
      await expect(page.getByTestId("gpc-banner")).toContainText(fill(t.gpcBannerState, { state: "Connecticut" }));
      await page.goto("/en/opt-out?residence=US-CT");
      await expect(page.getByTestId("gpc-detected")).toContainText(fill(t.gpcDetectedState, { state: "Connecticut" }));
      await expect(page.getByLabel(t.choices.opt_out_targeted_ads)).toBeChecked();
      await expect(page.getByLabel(t.choicesState.opt_out_sale)).toBeChecked();
      await expect(page.getByLabel(t.choices.opt_out_profiling)).not.toBeChecked();
      await expectNoAxeViolations(page);
      await keepScreenshot(page, `portal-opt-out-connecticut-gpc-${width}`);
      await context.close();
    });

    test("a French resident sees no opt-out card and no such choice", async ({ page }) => {
      const rights = messages("fr").portal.rights;
      const t = optOutMessages("fr");
      await page.goto("/fr?residence=FR");
      await expect(page.getByTestId("rights-for")).toBeVisible();
      for (const id of ["opt_out_targeted_ads", "opt_out_profiling", "opt_out_sensitive", "opt-out"])
        await expect(page.locator(`#right-${id}`)).toHaveCount(0);
      await expect(page.getByText(rights.opt_out_targeted_ads.title)).toHaveCount(0);
      await page.goto("/fr/opt-out?residence=FR&type=opt_out_targeted_ads");
      await expect(page.getByTestId("no-opt-out-there")).toContainText("France");
      await expect(page.getByLabel(t.choices.opt_out_targeted_ads)).toHaveCount(0);
      await keepScreenshot(page, `portal-home-france-no-opt-outs-${width}`);
    });
  });
}
