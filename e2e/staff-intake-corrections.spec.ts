import { expect, test } from "./fixtures/test";
import { keepScreenshot } from "./fixtures/screenshot";
import { createStaff, signIn } from "./fixtures/staff";

test("a phone rectification with several corrections: rows added and removed, every one filed (QA F21)", async ({
  page,
}) => {
  const agent = await createStaff("agent");
  await signIn(page, agent);
  await page.goto("/staff/requests/new");
  await page.getByLabel("Channel").selectOption("phone");
  await page.getByLabel("Received at (Europe/Paris)").fill("2026-01-05T09:30");
  await page.getByLabel("Right exercised").selectOption("rectification");
  await page.getByLabel("Full name").fill("Rosa Rectif");
  await page.getByLabel("E-mail").fill(`rows.${Date.now()}@e2e.test`);
  const row = (n: number) => page.getByTestId(`correction-row-${n}`);
  const fillRow = async (n: number, field: string, current: string, next: string) => {
    await row(n).getByLabel("Field").fill(field);
    await row(n).getByLabel("Current value (optional)").fill(current);
    await row(n).getByLabel("Correct value").fill(next);
  };
  await fillRow(1, "Postal address", "1 rue A", "2 rue B");
  await page.getByRole("button", { name: "Add another correction" }).click();
  await fillRow(2, "Phone", "+33 1 00 00 00 00", "+33 6 11 11 11 11");
  await page.getByRole("button", { name: "Add another correction" }).click();
  await fillRow(3, "Surname", "Rectiff", "Rectif");
  await page.getByRole("button", { name: "Remove correction 2" }).click();
  await expect(page.getByTestId("correction-row-3")).toHaveCount(0);
  await keepScreenshot(page, "staff-intake-corrections");
  await page.getByRole("button", { name: "Create request" }).click();
  await expect(page.getByRole("heading", { name: /DSR-2026-/ })).toBeVisible();
  const filed = page.getByTestId("specifics-rectification").locator("li");
  await expect(filed).toHaveCount(2);
  await expect(filed.nth(0)).toContainText("Postal address");
  await expect(filed.nth(1)).toContainText("Surname");
  await expect(page.getByTestId("specifics-rectification")).not.toContainText("Phone");
});
