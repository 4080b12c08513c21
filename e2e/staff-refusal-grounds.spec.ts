import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import { createStaff, signIn } from "./fixtures/staff";
import { createVerifiedRequest } from "./fixtures/staff-requests";

const menu = (page: Page) => page.getByRole("group", { name: "Actions on this request" });
const reasons = (page: Page) => page.getByLabel("Reason", { exact: true }).locator("option");

test("the refusal form offers only the grounds the request's law knows (PIPEDA: no 'manifestly unfounded')", async ({
  page,
}) => {
  const dpo = await createStaff("dpo");
  const canadian = await createVerifiedRequest({ jurisdiction: "CA" });
  const french = await createVerifiedRequest({ jurisdiction: "FR" });
  await signIn(page, dpo);

  await page.goto(`/staff/requests/${canadian.id}`);
  await menu(page).locator("summary", { hasText: "Refuse…" }).click();
  const values = await reasons(page).evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  expect(values).toContain("exemption");
  expect(values).not.toContain("manifestly_unfounded");
  expect(values).not.toContain("excessive");
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await menu(page).screenshot({ path: `e2e/artifacts/screenshots/refusal-grounds-pipeda-${width}.png` });
  }
  await page.setViewportSize({ width: 1366, height: 900 });

  await page.goto(`/staff/requests/${french.id}`);
  await menu(page).locator("summary", { hasText: "Refuse…" }).click();
  const gdpr = await reasons(page).evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  expect(gdpr).toEqual(expect.arrayContaining(["manifestly_unfounded", "excessive", "exemption"]));
});
