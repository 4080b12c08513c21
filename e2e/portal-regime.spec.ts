import { test } from "./fixtures/test";
import { messages } from "@/lib/i18n/messages";
import { STATUS_REGIME } from "@/lib/i18n/messages/status-regime";
import { addDays } from "@/lib/domain/deadline";
import {
  expect,
  expectNoAxeViolations,
  confirmByMailLink,
  fillRequestForm,
  submitAndReadConfirmation,
  subjectEmail,
} from "./fixtures/portal-journey";
import { dpoNotifiesNewDate } from "./fixtures/portal-regime";
import { keepScreenshot } from "./fixtures/screenshot";

test.describe.configure({ timeout: 120_000 });

/** Files an access request as a resident of `residence` through the portal form and opens its status page. */
async function fileAs(
  page: Parameters<typeof fillRequestForm>[0],
  request: Parameters<typeof confirmByMailLink>[1],
  locale: "fr" | "en",
  residence: string,
) {
  await page.goto(`/${locale}/request/access`);
  await fillRequestForm(page, locale, "access", subjectEmail(`regime-${residence.toLowerCase()}`));
  await page.getByLabel(messages(locale).form.jurisdiction).selectOption(residence);
  const filed = await submitAndReadConfirmation(
    page,
    locale,
    await page.getByLabel(messages(locale).form.email).inputValue(),
  );
  await confirmByMailLink(page, request, locale, filed);
  return filed;
}

for (const locale of ["en", "fr"] as const) {
  const c = STATUS_REGIME[locale];

  test(`${locale}: a UK resident reads their rights and complains to us from the status page`, async ({
    page,
    request,
  }) => {
    await fileAs(page, request, locale, "GB");
    const rights = page.getByTestId("rights");
    await expect(rights).toContainText("UK GDPR");
    await expect(rights).toContainText("ico.org.uk");
    await expect(rights).not.toContainText("CNIL");
    await expect(page.getByTestId("complaint")).toContainText("164A");
    for (const width of [1366, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await expectNoAxeViolations(page);
      await keepScreenshot(page, `portal-regime-uk-${locale}-${width}`);
    }
    await page.setViewportSize({ width: 1366, height: 900 });
    await page
      .getByLabel(c.complaintLabel)
      .fill(locale === "en" ? "Nobody answered my e-mails." : "Personne n’a répondu à mes e-mails.");
    await page.getByRole("button", { name: c.complaintSend }).click();
    await expect(page.getByRole("status").filter({ hasText: c.complaintSent })).toBeVisible();
    await expect(page.getByTestId("complaint")).toContainText(
      locale === "en" ? "we acknowledge it by" : "nous en accusons réception au plus tard",
    );
    await expectNoAxeViolations(page);
    await keepScreenshot(page, `portal-regime-uk-complained-${locale}`);
  });

  test(`${locale}: a Swiss resident sees the nFADP rights and the new date we notified`, async ({ page, request }) => {
    const filed = await fileAs(page, request, locale, "CH");
    await dpoNotifiesNewDate(filed.requestId, addDays(filed.due, 15));
    await page.reload();
    await expect(page.getByTestId("rights")).toContainText(locale === "en" ? "nFADP" : "nLPD");
    await expect(page.getByTestId("rights")).not.toContainText(/GDPR|RGPD|CNIL/);
    await expect(page.getByTestId("new-date")).toContainText(locale === "en" ? "30 days" : "30 jours");
    await expect(page.getByTestId("complaint")).toHaveCount(0);
    for (const width of [1366, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await keepScreenshot(page, `portal-regime-ch-${locale}-${width}`);
    }
  });
}
