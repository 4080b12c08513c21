import { test } from "./fixtures/test";
import { formatLocalDate } from "@/lib/i18n/format-date";
import { messages } from "@/lib/i18n/messages";
import { expect, confirmByMailLink, fileRequest, REQUEST_TYPES } from "./fixtures/portal-journey";
import { waitForMail } from "./fixtures/mailbox";
import { keepScreenshot } from "./fixtures/screenshot";

test.describe.configure({ timeout: 120_000 });

for (const locale of ["en", "fr"] as const) {
  const t = messages(locale);
  for (const type of REQUEST_TYPES) {
    test(`${locale}: file a ${type} request, confirm from the mail, follow it`, async ({ page, request }) => {
      await page.goto(`/${locale}`);
      await page.locator(`#right-${type}`).getByRole("link", { name: t.portal.rights[type].title }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/request/${type}$`));
      const filed = await fileRequest(page, locale, type);
      expect(filed.reference).toMatch(/^DSR-\d{4}-\d{6}$/);
      await expect(page.getByTestId("reference")).toHaveText(filed.reference);
      await expect(page.getByTestId("due-date")).toHaveText(formatLocalDate(filed.due, locale));
      if (type === "access") await keepScreenshot(page, `portal-confirmation-${locale}`);

      await confirmByMailLink(page, request, locale, filed);
      if (type === "objection") {
        // A direct-marketing objection is acted on at once, without staff: the page may already show it done.
        await expect(page.getByTestId("status")).toHaveText(
          new RegExp(
            `^(${[t.status.statuses.new, t.status.statuses.in_progress, t.status.statuses.in_review, t.status.statuses.completed].map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})$`,
          ),
        );
        await waitForMail(request, filed.email, locale === "fr" ? /traitée/ : /complete/);
        await page.reload();
        await expect(page.getByTestId("status")).toHaveText(t.status.statuses.completed);
        return;
      }
      await expect(page.getByTestId("status")).toHaveText(t.status.statuses.new);
      await expect(page.getByTestId("due-date")).toContainText(formatLocalDate(filed.due, locale));
      await expect(page.getByRole("status").filter({ hasText: t.status.verifiedBanner })).toBeVisible();
      await expect(page.getByTestId("timeline")).toContainText(t.status.steps.received);
      await expect(page.getByTestId("timeline")).toContainText(t.status.steps.confirmed);
      await expect(page.getByRole("heading", { level: 1 })).toContainText(filed.reference);
      if (type === "rectification") await keepScreenshot(page, `portal-status-confirmed-${locale}`);
    });
  }
}
