import { expect, test, type Page } from "./fixtures/test";
import { keepScreenshot } from "./fixtures/screenshot";
import { createStaff, signIn } from "./fixtures/staff";
import { createVerifiedRequest } from "./fixtures/staff-requests";

test.describe.configure({ timeout: 120_000 });

/** Whether the page is wider than the window (a sideways scroll bar). */
const overflowsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);

test("the queue fits desktop, tablet and phone widths: columns fold onto a second line, nothing scrolls sideways, the zone is named, the Server-Timing header shows the phases", async ({
  page,
}) => {
  const agent = await createStaff("agent");
  const req = await createVerifiedRequest();
  await signIn(page, agent);
  // By reference: the row is on the first page whatever else the queue holds.
  const res = await page.goto(`/staff/requests?q=${req.reference}`);
  expect(res!.headers()["server-timing"]).toMatch(
    /session;dur=[\d.]+.*db\.queue;dur=[\d.]+.*render;dur=[\d.]+, total;dur=[\d.]+/,
  );
  await expect(page.getByRole("columnheader", { name: /Received \(Europe\/Paris\)/ })).toBeVisible();
  const row = page.locator(`tr[data-reference="${req.reference}"]`);
  await expect(row).toBeVisible();

  for (const [width, name] of [
    [1366, "desktop"],
    [768, "tablet"],
    [390, "phone"],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    await expect(row.getByRole("link", { name: req.reference })).toBeVisible();
    expect(await overflowsSideways(page), `sideways scroll at ${width} px`).toBe(false);
    // The reference is never split: its link is one line high.
    const link = await row.getByRole("link", { name: req.reference }).boundingBox();
    expect(link!.height).toBeLessThan(30);
    // Every cell of the row is on screen (folded, not cut off).
    for (const cell of await row.locator("td").all()) {
      const box = await cell.boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(width + 1);
    }
    await keepScreenshot(page, `staff-queue-${name}-${width}`);
  }

  // A full page of the open queue (50 rows, whatever they are) at each width.
  await page.goto("/staff/requests");
  await expect(page.locator("table.queue tbody tr").first()).toBeVisible();
  for (const width of [1366, 768, 390]) {
    await page.setViewportSize({ width, height: 900 });
    expect(await overflowsSideways(page), `sideways scroll of the full queue at ${width} px`).toBe(false);
    await keepScreenshot(page, `staff-queue-full-${width}`);
  }

  // The request page on a phone: the reference in the heading stays whole.
  await page.goto(`/staff/requests/${req.id}`);
  const heading = page.locator("h1 .ref");
  await expect(heading).toHaveText(req.reference);
  expect((await heading.boundingBox())!.height).toBeLessThan(40);
  await keepScreenshot(page, "staff-request-phone-390");
});
