import { expect, test } from "./fixtures/test";
import { keepScreenshot } from "./fixtures/screenshot";

/**
 * Issue 13: the list of rights depends on the person's regime. Before a residence is chosen the home page
 * names no law; a Californian then sees "Do not sell or share" (linked to the opt-out page) with the
 * CCPA sections, a French resident sees the GDPR articles and no opt-out of sale, a Virginian the VCDPA
 * and the opt-out of sale linked to the opt-out page for Virginia.
 */
for (const width of [1366, 390]) {
  test(`rights per regime at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/en");
    await expect(page.locator("ul.rights-list > li")).toHaveCount(6);
    await expect(page.locator("main")).not.toContainText(/GDPR|Cal\. Civ\. Code|one month/);
    await expect(page.locator("main")).not.toContainText(/do not sell or share/i);
    await keepScreenshot(page, `portal-rights-neutral-${width}`);

    await page.getByLabel("Country or US state where you live").selectOption("US-CA");
    await page.getByRole("button", { name: "Show my rights" }).click();
    await expect(page).toHaveURL(/\/en\?residence=US-CA$/);
    const optOut = page.locator("#right-opt-out");
    await expect(optOut.getByRole("heading")).toHaveText(/Do not sell or share my personal information/);
    await expect(optOut.getByRole("link", { name: /Do not sell or share/ })).toHaveAttribute(
      "href",
      "/en/opt-out?residence=US-CA",
    );
    await expect(page.locator("#right-access")).toContainText("Cal. Civ. Code § 1798.110");
    await expect(page.locator("#right-restriction")).toHaveCount(0);
    await expect(page.getByTestId("today-deadline")).toBeVisible();
    await expect(page.locator(".time-limit")).toContainText("45 calendar days");
    await keepScreenshot(page, `portal-rights-california-${width}`);

    await page.goto("/fr?residence=FR");
    await expect(page.locator("ul.rights-list > li")).toHaveCount(6);
    await expect(page.locator("#right-opt-out")).toHaveCount(0);
    await expect(page.locator("main")).not.toContainText(/ne pas vendre|do not sell/i);
    await expect(page.locator("#right-erasure")).toContainText("article 17 du RGPD");
    await keepScreenshot(page, `portal-rights-france-${width}`);

    await page.goto("/en?residence=US-VA");
    await expect(page.locator("#right-access")).toContainText("VCDPA, Va. Code § 59.1-577(A)");
    // The opt-out of sale Virginia grants (opt-out-eligibility.ts), on the page for Virginia.
    await expect(page.locator("#right-opt-out").getByRole("heading")).toHaveText(
      "Opt out of the sale of your personal data",
    );
    await expect(page.locator("#right-opt-out").getByRole("link", { name: "Opt out" })).toHaveAttribute(
      "href",
      "/en/opt-out?residence=US-VA",
    );
    await expect(page.locator(".time-limit")).toContainText("appeal");
    await page.locator("#right-access").getByRole("link", { name: "See your data" }).click();
    await expect(page).toHaveURL(/\/en\/request\/access\?residence=US-VA$/);
    await expect(page.getByTestId("right-law")).toContainText("Virginia Consumer Data Protection Act");
    await keepScreenshot(page, `portal-rights-virginia-form-${width}`);
  });
}

/**
 * LGPD art. 19, II sets 15 days for access only: a Brazilian's erasure form cites art. 18, §§ 3-4 (act
 * without delay or say why not) with our 15 days; the access form keeps art. 19, II.
 */
for (const width of [1366, 390]) {
  test(`a Brazilian's erasure and access forms cite their own LGPD article at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/en/request/erasure?residence=BR");
    await expect(page.getByTestId("right-law")).toContainText("Article 18, §§ 3 and 4");
    await expect(page.getByTestId("right-law")).not.toContainText("Article 19(II) of the LGPD requires");
    await keepScreenshot(page, `portal-lgpd-erasure-${width}`);
    await page.goto("/fr/request/access?residence=BR");
    await expect(page.getByTestId("right-law")).toContainText("L'article 19, II, de la LGPD");
  });
}

/**
 * QA F14: a person living in none of the places listed (Japan, say) chooses "Another country", last in the
 * list: the law of the controller's establishment protects them (a French shop: the GDPR, Art. 3(1)), with its
 * rights and time limit; the request form files it with that residence.
 */
for (const width of [1366, 390]) {
  test(`another country: the establishment's law at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/en");
    const residence = page.getByLabel("Country or US state where you live");
    await expect(residence.locator("option").last()).toHaveText("Another country");
    await residence.selectOption("OTHER");
    await page.getByRole("button", { name: "Show my rights" }).click();
    await expect(page).toHaveURL(/\/en\?residence=OTHER$/);
    await expect(page.locator("main")).toContainText(
      "Your rights where you live outside the places listed: the GDPR protects you through our establishment",
    );
    await expect(page.locator("#right-erasure")).toContainText(/17.*GDPR|GDPR.*17/);
    await expect(page.locator(".time-limit")).toContainText("one month");
    await keepScreenshot(page, `portal-rights-other-country-${width}`);

    await page.goto("/fr/request/access?residence=OTHER");
    await expect(page.getByTestId("right-law")).toContainText(
      "Vos droits si vous habitez hors des lieux de la liste : le RGPD vous protège par notre établissement",
    );
  });
}
