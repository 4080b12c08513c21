import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { expect, test } from "./fixtures/test";
import { db } from "@/lib/db/client";
import { minimiseRequest } from "@/lib/maintenance/minimise-closed-requests";
import { submitRequest } from "@/lib/requests/intake/submit-request";
import { keepScreenshot } from "./fixtures/screenshot";
import { createStaff, signIn } from "./fixtures/staff";

test("a request minimised at the end of its record period says so in the workspace, and the queue still lists it", async ({
  page,
}) => {
  const agent = await createStaff("agent");
  const email = `retention.${randomBytes(4).toString("hex")}@example.net`;
  const { id, reference } = await submitRequest(
    { type: "access", email, fullName: "Ola Oldcase", locale: "en", jurisdiction: "FR", details: "orders 2023" },
    { channel: "portal", actor: { type: "subject" } },
  );
  // Closed 25 months ago: past the 24-month record period.
  await db().execute(sql`update requests set status = 'completed', outcome = 'completed',
    closed_at = now() - interval '25 months', received_at = now() - interval '26 months' where id = ${id}`);
  expect(await minimiseRequest({ requestId: id, months: 24, now: new Date() })).toBe(true);

  await signIn(page, agent);
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`/staff/requests/${id}`);
    await expect(page.getByRole("heading", { name: new RegExp(reference) })).toBeVisible();
    const notice = page.getByTestId("minimised-notice");
    await expect(notice).toContainText(/Minimised on .+ The record period ended/);
    await expect(notice).toContainText("Minimisée le");
    await expect(page.getByText(email)).toHaveCount(0);
    await expect(page.getByText("Ola Oldcase")).toHaveCount(0);
    // No address is left to write to.
    await expect(page.getByRole("heading", { name: "Message the subject" })).toHaveCount(0);
    await keepScreenshot(page, `staff-request-minimised-${width}`);
  }
  await page.goto(`/staff/requests?status=all&q=${reference}`);
  await expect(page.getByRole("link", { name: reference })).toBeVisible();
});
