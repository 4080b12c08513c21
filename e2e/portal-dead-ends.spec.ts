import { test } from "./fixtures/test";
import { messages } from "@/lib/i18n/messages";
import { portalErrorWords } from "@/lib/i18n/messages/portal-errors";
import { expect, expectNoAxeViolations } from "./fixtures/portal-journey";
import { keepScreenshot } from "./fixtures/screenshot";

test.describe.configure({ timeout: 120_000 });

for (const locale of ["en", "fr"] as const) {
  const words = portalErrorWords(locale);
  const t = messages(locale);

  test(`${locale}: an unknown address answers 404 with the portal's own page and ways on`, async ({
    page,
    browser,
  }) => {
    for (const width of [1366, 390]) {
      await page.setViewportSize({ width, height: 900 });
      const res = await page.goto(`/${locale}/no/such/page`);
      expect(res?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: words.notFoundTitle })).toBeVisible();
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("link", { name: words.home })).toHaveAttribute("href", `/${locale}`);
      await expectNoAxeViolations(page);
      await keepScreenshot(page, `portal-404-${width}-${locale}`);
    }
    await page.getByRole("main").getByRole("link", { name: words.lostLink }).click();
    await expect(page.getByRole("heading", { level: 1, name: t.lostLink.title })).toBeVisible();
    // A path with no language goes to the same path in the browser's language, where the 404 above answers.
    const browserInLocale = await browser.newContext({ locale: locale === "fr" ? "fr-FR" : "en-GB" });
    const other = await browserInLocale.newPage();
    const res = await other.goto(new URL("/contact-us", page.url()).toString());
    expect(res?.status()).toBe(404);
    await expect(other).toHaveURL(new RegExp(`/${locale}/contact-us$`));
    await expect(other.getByRole("heading", { level: 1, name: words.notFoundTitle })).toBeVisible();
    await browserInLocale.close();
  });

  test(`${locale}: a link that cannot confirm says so and offers a new link instead of the button`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/${locale}/verify?token=not-a-real-token`);
    await page.getByRole("button", { name: t.verify.button }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(t.verify.errors.verification_invalid);
    await expect(page.getByRole("button", { name: t.verify.button })).toHaveCount(0);
    await expect(page.getByText(t.verify.deadEnd)).toBeVisible();
    await expectNoAxeViolations(page);
    await keepScreenshot(page, `portal-verify-dead-end-390-${locale}`);
    await page.getByRole("link", { name: t.verify.newLink }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/lost-link$`));
    // A link with no token at all is the same dead end.
    await page.goto(`/${locale}/verify`);
    await expect(page.getByRole("link", { name: t.verify.newLink })).toBeVisible();
  });
}
