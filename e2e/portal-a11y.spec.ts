import { test } from "./fixtures/test";
import { messages } from "@/lib/i18n/messages";
import {
  expect,
  expectNoAxeViolations,
  fileRequest,
  confirmByMailLink,
  REQUEST_TYPES,
  verificationMail,
} from "./fixtures/portal-journey";
import { staffAsksSubject } from "./fixtures/portal-staff";
import { keepScreenshot } from "./fixtures/screenshot";

// Many pages per test: the dev server compiles each on first visit.
test.describe.configure({ timeout: 240_000 });

for (const locale of ["en", "fr"] as const) {
  const t = messages(locale);

  test(`${locale}: axe finds nothing on the home page and every form (phone and desktop)`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/${locale}`);
    await expectNoAxeViolations(page);
    await keepScreenshot(page, `portal-home-phone-${locale}`);
    for (const type of REQUEST_TYPES) {
      await page.goto(`/${locale}/request/${type}`);
      await expectNoAxeViolations(page);
      if (locale === "en" || type === "rectification")
        await keepScreenshot(page, `portal-form-${type}-phone-${locale}`);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/${locale}`);
    await expectNoAxeViolations(page);
    await keepScreenshot(page, `portal-home-desktop-${locale}`);
    await page.goto(`/${locale}/request/rectification`);
    await page.getByRole("button", { name: t.form.submit }).click();
    await expect(page.getByRole("alert").filter({ hasText: t.form.errorSummary })).toBeFocused();
    await expectNoAxeViolations(page);
    await keepScreenshot(page, `portal-form-rectification-errors-desktop-${locale}`);
  });

  test(`${locale}: axe finds nothing along the journey (confirmation, verify, code, status, thread, withdraw, lost link)`, async ({
    page,
    request,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const filed = await fileRequest(page, locale, "restriction");
    await expectNoAxeViolations(page);
    const { link } = await verificationMail(request, filed);
    await page.goto(`/${locale}/verify/code?request=${filed.requestId}&error=verification_invalid`);
    await expectNoAxeViolations(page);
    await keepScreenshot(page, `portal-verify-code-error-${locale}`);
    await page.goto(new URL(link).pathname + new URL(link).search);
    await expectNoAxeViolations(page);
    await keepScreenshot(page, `portal-verify-${locale}`);
    await confirmByMailLink(page, request, locale, filed);
    await expectNoAxeViolations(page);
    await staffAsksSubject(
      filed.requestId,
      locale === "fr" ? "Pouvez-vous préciser la donnée contestée ?" : "Which data do you contest?",
    );
    await page.reload();
    await expectNoAxeViolations(page);
    await page.goto(page.url().split("?")[0] + "?error=invalid_request#reply");
    await expect(page.getByLabel(t.status.replyToQuestion)).toHaveAttribute("aria-invalid", "true");
    await expectNoAxeViolations(page);
    await page.goto(page.url().split("?")[0]!.replace(/#.*/, "") + "/withdraw");
    await expectNoAxeViolations(page);
    await page.goto(`/${locale}/lost-link`);
    await expectNoAxeViolations(page);
    await page.goto(`/${locale}/lost-link?error=invalid_request`);
    await expectNoAxeViolations(page);
    await page.goto(`/${locale}/status/unknown-token`);
    await expectNoAxeViolations(page);
  });
}
