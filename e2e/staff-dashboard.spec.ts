import { expect, test } from "@playwright/test";
import { notifyCrossing } from "@/lib/requests/watch/notify-crossing";
import { localDateOf } from "@/lib/domain/deadline";
import { keepScreenshot } from "./fixtures/screenshot";
import { createStaff, signIn } from "./fixtures/staff";
import { verifiedRequestDueIn } from "./fixtures/watch-requests";

test("a manager sees an overdue request on the board, the charts render, and the bell carries the escalation", async ({
  page,
}) => {
  const manager = await createStaff("manager");
  const overdue = await verifiedRequestDueIn(-4);
  await notifyCrossing({
    requestId: overdue.id,
    threshold: "overdue",
    forDate: localDateOf(new Date(), "Europe/Paris"),
  });

  await signIn(page, manager);
  await page.goto("/staff/dashboard");
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  const row = page.getByTestId("overdue-list").getByRole("row", { name: new RegExp(overdue.reference) });
  await expect(row).toBeVisible();
  await expect(row).toContainText("4");
  await expect(page.getByTestId("volume-chart").locator("svg.recharts-surface[role='application']")).toBeVisible();
  await expect(page.getByTestId("kpi-Overdue")).not.toHaveText("0");
  await keepScreenshot(page, "staff-dashboard");

  const bell = page.getByTestId("notification-bell");
  await expect(bell).toHaveAccessibleName(/Notifications: \d+ unread/);
  await bell.click();
  await expect(page.getByRole("link", { name: new RegExp(`OVERDUE: ${overdue.reference}`) })).toBeVisible();
  await keepScreenshot(page, "staff-notifications");
  await page.getByRole("button", { name: "Mark all as read" }).click();
  await expect(page.getByTestId("notification-bell")).toHaveAccessibleName("Notifications: none unread");
});

test("reports show the year's metrics and the register, and the CSV downloads", async ({ page }) => {
  const dpo = await createStaff("dpo");
  const r = await verifiedRequestDueIn(20);
  await signIn(page, dpo);
  await page.goto("/staff/reports");
  await expect(page.getByTestId("metrics")).toContainText("erasure");
  await page.goto(
    `/staff/reports?from=${new Date().toISOString().slice(0, 10)}&to=${new Date().toISOString().slice(0, 10)}`,
  );
  await expect(page.getByTestId("register")).toContainText(r.reference);
  await keepScreenshot(page, "staff-reports");
  const csv = await page.request.get(
    `/staff/reports/register.csv?from=${new Date().toISOString().slice(0, 10)}&to=${new Date().toISOString().slice(0, 10)}`,
  );
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain(r.reference);
});

test("an agent may not read reports: the page and the CSV refuse", async ({ page }) => {
  const agent = await createStaff("agent");
  await signIn(page, agent);
  await page.goto("/staff/reports");
  await expect(page).toHaveURL(/\/staff\/forbidden/);
  const csv = await page.request.get("/staff/reports/register.csv");
  expect(csv.status()).toBe(403);
});
