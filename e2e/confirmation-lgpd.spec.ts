import "../scripts/test-support/load-runtime-env";
import { expect, test } from "./fixtures/test";
import { messages } from "@/lib/i18n/messages";
import { waitForMail } from "./fixtures/mailbox";
import { confirmByMailLink, submitAndReadConfirmation } from "./fixtures/portal-journey";
import { keepScreenshot } from "./fixtures/screenshot";
import { freshShopCustomer } from "@/scripts/test-support/fulfilment";

/** LGPD art. 18 I / 19 I: a Brazilian asks only whether their data is processed, and gets a yes or no by itself. */

test.describe.configure({ timeout: 120_000 });

for (const [locale, width] of [
  ["fr", 390],
  ["en", 1366],
] as const) {
  test(`${locale} at ${width} px: a Brazilian finds the card, files it, verifies, and reads the answer`, async ({
    page,
    request,
  }) => {
    const t = messages(locale);
    const customer = await freshShopCustomer(1);
    await page.setViewportSize({ width, height: 900 });

    // Before the residence is known the card is not shown: it is the LGPD's alone.
    await page.goto(`/${locale}`);
    await expect(page.locator("#right-access")).toBeVisible();
    await expect(page.locator("#right-confirmation")).toHaveCount(0);

    await page.goto(`/${locale}?residence=BR`);
    const card = page.locator("#right-confirmation");
    await expect(card).toContainText(t.portal.rights.confirmation.title);
    await expect(card).toContainText(locale === "fr" ? "article 18, I, de la LGPD" : "LGPD article 18(I)");
    await keepScreenshot(page, `confirmation-card-${locale}-${width}`);
    await card.getByRole("link").first().click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/request/confirmation\\?residence=BR$`));

    await page.getByLabel(t.form.fullName).fill("Ana Souza");
    await page.getByLabel(t.form.email).fill(customer.email);
    await page.getByLabel(t.form.acknowledge).check();
    const filed = await submitAndReadConfirmation(page, locale, customer.email);
    // Due the day it was filed (the controller's calendar): the confirmation page names that date.
    expect(filed.due).toBe(new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date()));

    await confirmByMailLink(page, request, locale, filed);
    const mail = await waitForMail(request, customer.email, locale === "fr" ? /est traitée/ : /is complete/);
    const yes =
      locale === "fr"
        ? "Oui : nous traitons des données personnelles vous concernant."
        : "Yes: we process personal data about you.";
    expect(mail.text.replace(/\s+/g, " ")).toContain(yes);

    await page.reload();
    await expect(page.getByTestId("outcome")).toContainText(yes, { timeout: 30_000 });
    // No one started or checked it: the timeline does not say "our team" did.
    const steps = t.status.steps;
    await expect(page.getByText(steps.started_by_system)).toBeVisible();
    await expect(page.getByText(steps.started)).toHaveCount(0);
    await expect(page.getByText(steps.in_review)).toHaveCount(0);
    // The time limit quoted is art. 19 I's, not the 15 days of access.
    await expect(
      page.getByText(locale === "fr" ? "nous vous répondons le jour même" : "we answer the same day"),
    ).toBeVisible();
    await keepScreenshot(page, `confirmation-status-${locale}-${width}`);
  });
}
