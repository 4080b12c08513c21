import { expect, test } from "./fixtures/test";
import { notifyCrossing } from "@/lib/requests/watch/notify-crossing";
import { closeRequests, pastRequest, unusedYear } from "@/scripts/test-support/report-requests";
import { formatStaffDay } from "@/lib/i18n/staff/format-day";
import { keepScreenshot } from "./fixtures/screenshot";
import { createStaff, signIn } from "./fixtures/staff";
import { boardToday, openFigures, verifiedRequestDueIn } from "./fixtures/watch-requests";

test("a manager sees the open figures, the overdue request and the assignee's load on the board; the charts render; the bell carries the escalation", async ({
  page,
}) => {
  const manager = await createStaff("manager");
  const holder = await createStaff("agent", { name: `Dana Board ${Date.now().toString(36)}` });
  const overdue = await verifiedRequestDueIn(-4, { assigneeId: holder.id });
  await verifiedRequestDueIn(3, { assigneeId: holder.id });
  await verifiedRequestDueIn(20, { assigneeId: holder.id });
  await notifyCrossing({ requestId: overdue.id, threshold: "overdue", forDate: boardToday() });

  await signIn(page, manager);
  await page.goto("/staff/dashboard");
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  // The overdue row: reference, type, due date (as the member's language writes it), 4 days overdue, its assignee.
  const row = page.getByTestId("overdue-list").getByRole("row", { name: new RegExp(overdue.reference) });
  await expect(row.getByRole("cell")).toHaveText([
    overdue.reference,
    "erasure",
    formatStaffDay(overdue.dueDate, "en"),
    "4",
    holder.name,
  ]);
  // The assignee's load: 3 open, 1 overdue, 1 due within 7 days (the one due in 20 days is neither).
  const load = page
    .getByRole("region", { name: "Workload per assignee" })
    .getByRole("row", { name: new RegExp(holder.name) });
  await expect(load.getByRole("cell")).toHaveText([holder.name, "3", "1", "1"]);
  // The tiles show the table's figures (other tests file requests meanwhile: reload until they agree).
  await expect(async () => {
    await page.reload();
    const want = await openFigures();
    expect(want.overdue).toBeGreaterThanOrEqual(1);
    await expect(page.getByTestId("kpi-Open")).toHaveText(String(want.open), { timeout: 1000 });
    await expect(page.getByTestId("kpi-Overdue")).toHaveText(String(want.overdue), { timeout: 1000 });
    await expect(page.getByTestId("kpi-Due within 7 days")).toHaveText(String(want.dueWithin7), { timeout: 1000 });
    await expect(page.getByTestId("kpi-Unassigned")).toHaveText(String(want.unassigned), { timeout: 1000 });
    // The Open tile is the queue's Open tab, unverified requests included (QA F6).
    const queueHtml = await (await page.request.get("/staff/requests")).text();
    expect(/>Open \((\d+)\)</.exec(queueHtml)?.[1]).toBe(String(want.open));
  }).toPass({ timeout: 30_000 });
  await expect(page.getByTestId("volume-chart").locator("svg.recharts-surface[role='application']")).toBeVisible();
  // The months are the controller's calendar months (the instance's zone is Europe/Paris), named by the charts.
  await expect(page.getByTestId("volume-zone")).toHaveText("Calendar months in Europe/Paris");
  await keepScreenshot(page, "staff-dashboard");

  const bell = page.getByTestId("notification-bell");
  await expect(bell).toHaveAccessibleName(/Notifications: \d+ unread/);
  await bell.click();
  await expect(page.getByRole("link", { name: new RegExp(`OVERDUE: ${overdue.reference}`) })).toBeVisible();
  await keepScreenshot(page, "staff-notifications");
  await page.getByRole("button", { name: "Mark all as read" }).click();
  await expect(page.getByTestId("notification-bell")).toHaveAccessibleName("Notifications: none unread");
});

test("reports show a year's §7102 metrics per type and its register, and both CSVs download with the same figures", async ({
  page,
}) => {
  const dpo = await createStaff("dpo");
  // A known year: two access requests (answered in 10 days; refused after 30), two erasures (answered
  // in 7 days; still open).
  const year = await unusedYear();
  const on = (iso: string) => new Date(`${year}-${iso}`);
  const made = [
    await pastRequest({
      type: "access",
      receivedAt: on("02-03T10:00:00Z"),
      answered: { status: "completed", afterDays: 10 },
    }),
    await pastRequest({
      type: "access",
      receivedAt: on("05-20T08:00:00Z"),
      answered: { status: "rejected", afterDays: 30 },
    }),
    await pastRequest({
      type: "erasure",
      receivedAt: on("07-01T09:00:00Z"),
      answered: { status: "completed", afterDays: 7 },
    }),
    await pastRequest({ type: "erasure", receivedAt: on("11-30T16:00:00Z") }),
  ];
  const refs = made.map((m) => m.reference);
  try {
    await signIn(page, dpo);
    await page.goto(`/staff/reports?year=${year}&from=${year}-01-01&to=${year}-12-31`);
    const metrics = page.getByTestId("metrics").locator("tbody tr");
    await expect(metrics).toHaveCount(3);
    await expect(metrics.nth(0).locator("th, td")).toHaveText(["access", "2", "1", "1", "20.0", "20.0"]);
    await expect(metrics.nth(1).locator("th, td")).toHaveText(["erasure", "2", "1", "0", "7.0", "7.0"]);
    await expect(metrics.nth(2).locator("th, td")).toHaveText(["All", "4", "2", "1", ""]);

    const register = page.getByTestId("register").locator("tbody tr");
    await expect(register).toHaveCount(4);
    const y = String(year);
    // The register's dates as the member's panels write them ("3 Feb 2024").
    const day = (date: string) => formatStaffDay(date, "en");
    await expect(register.nth(0).locator("td")).toHaveText([
      refs[0]!,
      day(`${y}-02-03`),
      "access",
      "portal",
      day(`${y}-02-13`),
      "completed",
      "",
    ]);
    await expect(register.nth(1).locator("td")).toHaveText([
      refs[1]!,
      day(`${y}-05-20`),
      "access",
      "portal",
      day(`${y}-06-19`),
      "rejected",
      "Manifestly unfounded: Repetitive request.",
    ]);
    await expect(register.nth(2).locator("td")).toHaveText([
      refs[2]!,
      day(`${y}-07-01`),
      "erasure",
      "portal",
      day(`${y}-07-08`),
      "completed",
      "",
    ]);
    await expect(register.nth(3).locator("td")).toHaveText([
      refs[3]!,
      day(`${y}-11-30`),
      "erasure",
      "portal",
      "—",
      "in progress",
      "",
    ]);
    await keepScreenshot(page, "staff-reports");

    const metricsCsv = await page.request.get(`/staff/reports/metrics.csv?year=${year}`);
    expect(metricsCsv.status()).toBe(200);
    expect((await metricsCsv.text()).split("\r\n")).toEqual([
      "year,type,received,complied_in_whole_or_part,denied,median_days_to_respond,mean_days_to_respond",
      `${year},access,2,1,1,20.0,20.0`,
      `${year},erasure,2,1,0,7.0,7.0`,
      "",
    ]);
    const registerCsv = await page.request.get(`/staff/reports/register.csv?from=${year}-01-01&to=${year}-12-31`);
    expect(registerCsv.status()).toBe(200);
    const lines = (await registerCsv.text()).split("\r\n").filter(Boolean);
    expect(lines).toHaveLength(5);
    expect(lines.slice(1).map((l) => l.split(",")[0])).toEqual(refs);
    // Receipt times in the controller's zone (Europe/Paris) with their offset, not UTC instants (QA F24).
    for (const l of lines.slice(1)) expect(l.split(",")[1]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0[12]:00$/);
  } finally {
    await closeRequests(made.map((m) => m.id));
  }
});

test("an agent may not read reports: the page and the CSVs refuse", async ({ page }) => {
  const agent = await createStaff("agent");
  await signIn(page, agent);
  await page.goto("/staff/reports");
  await expect(page).toHaveURL(/\/staff\/forbidden/);
  expect((await page.request.get("/staff/reports/register.csv")).status()).toBe(403);
  expect((await page.request.get("/staff/reports/metrics.csv")).status()).toBe(403);
});
