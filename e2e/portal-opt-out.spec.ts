import { test } from "./fixtures/test";
import { optOutMessages } from "@/lib/i18n/messages/opt-out";
import { expect, subjectEmail } from "./fixtures/portal-journey";
import { waitForMail } from "./fixtures/mailbox";
import { keepScreenshot } from "./fixtures/screenshot";

test.describe.configure({ timeout: 120_000 });

for (const width of [1366, 390]) {
  test.describe(`a browser sending Global Privacy Control (${width} px)`, () => {
    test.use({ extraHTTPHeaders: { "Sec-GPC": "1" }, viewport: { width, height: 900 } });

    test("sees the signal acknowledged and files an opt-out with no verification step", async ({ page, request }) => {
      const t = optOutMessages("en");
      await page.goto("/en");
      await expect(page.getByTestId("gpc-banner")).toContainText(t.gpcBanner);
      await keepScreenshot(page, `portal-gpc-home-${width}`);

      await page.getByTestId("gpc-banner").getByRole("link", { name: t.homeCta }).click();
      await expect(page.getByRole("heading", { level: 1, name: t.title })).toBeVisible();
      await expect(page.getByTestId("gpc-detected")).toContainText(t.gpcDetected);
      // The GPC signal is a request to opt out of sale/sharing: that choice is ticked already.
      await expect(page.getByLabel(t.choices.opt_out_sale)).toBeChecked();
      await expect(page.getByLabel(t.choices.limit_sensitive)).not.toBeChecked();

      await page.getByRole("button", { name: t.submit }).click();
      await expect(page.locator(".error-summary")).toContainText(t.errors.required);
      await keepScreenshot(page, `portal-opt-out-errors-${width}`);

      const email = subjectEmail("gpc");
      await page.getByLabel(t.email).fill(email);
      await page.getByRole("button", { name: t.submit }).click();
      await expect(page.getByRole("heading", { level: 1, name: t.doneTitle })).toBeVisible();
      await expect(page.getByText(t.doneGpc)).toBeVisible();
      await expect(page.getByTestId("reference")).toHaveText(/^DSR-\d{4}-\d{6,}$/);
      await expect(page.getByTestId("due-date")).toHaveAttribute("data-date", /^\d{4}-\d{2}-\d{2}$/);
      await keepScreenshot(page, `portal-opt-out-done-${width}`);

      // No verification mail: the next mail is the completion (every system applied it).
      const mail = await waitForMail(request, email, /complete/i);
      expect(mail.text).toContain("no longer sell or share");
    });
  });
}

test("without the signal, the home page shows no GPC banner and the French page asks for a choice", async ({
  page,
}) => {
  const t = optOutMessages("fr");
  await page.goto("/fr");
  await expect(page.getByTestId("gpc-banner")).toHaveCount(0);
  // The home page offers the opt-out once the residence says California (portal-regime-rights.spec.ts).
  await page.goto("/fr/opt-out");
  await expect(page.getByTestId("gpc-detected")).toHaveCount(0);
  await page.getByLabel(t.email).fill(subjectEmail("nogpc"));
  await page.getByRole("button", { name: t.submit }).click();
  await expect(page.locator(".error-summary")).toContainText(t.errors.choose);
});
