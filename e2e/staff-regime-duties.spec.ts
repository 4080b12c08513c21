import { eq } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { requests } from "@/lib/db/schema";
import { formatStaffDay } from "@/lib/i18n/staff/format-day";
import { expect, test } from "./fixtures/test";
import { waitForMail } from "./fixtures/mailbox";
import { subjectComplains } from "./fixtures/portal-regime";
import { keepScreenshot } from "./fixtures/screenshot";
import { createStaff, signIn } from "./fixtures/staff";
import { createVerifiedRequest } from "./fixtures/staff-requests";

test.describe.configure({ timeout: 120_000 });

test("a DPO notifies a Swiss person of a new date (nFADP); the person is mailed", async ({ page, request }) => {
  const dpo = await createStaff("dpo");
  const req = await createVerifiedRequest({ jurisdiction: "CH", locale: "fr" });
  await signIn(page, dpo);
  await page.goto(`/staff/requests/${req.id}`);
  const panel = page.getByTestId("regime-duties");
  await expect(panel).toContainText("art. 18 al. 2 OPDo");
  await expect(panel.getByTestId("new-date-late")).toHaveCount(0);
  await panel.getByText("Notify a new date").click();
  const min = await panel.getByLabel("We will answer by").getAttribute("min");
  const date = new Date(Date.parse(`${min}T12:00:00Z`) + 20 * 86_400_000).toISOString().slice(0, 10);
  await panel.getByLabel("We will answer by").fill(date);
  await panel.getByLabel(/Why we cannot answer/).fill("Our archive provider must extract part of your data.");
  await panel.getByRole("button", { name: "Notify the new date" }).click();
  // The date as the member's panels write it, with the zone it is counted in.
  await expect(page.getByTestId("date-notices")).toContainText(`${formatStaffDay(date, "en")} (`);
  const mail = await waitForMail(request, req.email, /date de notre réponse/);
  expect(mail.text).toContain("article 18, alinéa 2, de l'ordonnance sur la protection des données");
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await keepScreenshot(page, `staff-regime-new-date-${width}`);
  }
});

test("past the 30 days, the new-date notice is still offered, with a warning that it is late (art. 18 al. 2 OPDo)", async ({
  page,
}) => {
  const dpo = await createStaff("dpo");
  const req = await createVerifiedRequest({ jurisdiction: "CH", locale: "fr" });
  const due = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10);
  await db().update(requests).set({ dueDate: due }).where(eq(requests.id, req.id));
  await signIn(page, dpo);
  await page.goto(`/staff/requests/${req.id}`);
  const panel = page.getByTestId("regime-duties");
  await expect(panel.getByRole("alert")).toContainText(`The 30 days ended on ${formatStaffDay(due, "en")}`);
  await expect(panel.getByText("Notify a new date")).toBeVisible();
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await panel.screenshot({ path: `e2e/artifacts/screenshots/staff-regime-new-date-late-${width}.png` });
  }
});

test("a DPO acknowledges a UK complaint made to us, then tells the outcome (s. 164A DPA 2018)", async ({
  page,
  request,
}) => {
  const dpo = await createStaff("dpo");
  const req = await createVerifiedRequest({ jurisdiction: "GB" });
  await subjectComplains(request, req.email, "Nobody answered my two e-mails about this request.");
  await signIn(page, dpo);
  await page.goto(`/staff/requests/${req.id}`);
  const complaint = page.getByTestId("complaint");
  await expect(complaint).toContainText("not acknowledged yet");
  await expect(complaint).toContainText("Nobody answered my two e-mails");
  await keepScreenshot(page, "staff-regime-complaint-1366");
  await complaint.getByRole("button", { name: "Acknowledge complaint" }).click();
  await expect(complaint).toContainText("acknowledged");
  await waitForMail(request, req.email, /complaint about request .*acknowledgement/);
  await complaint.getByText("Tell the outcome").click();
  await complaint.getByLabel(/Outcome/).fill("We have answered both e-mails and apologise for the delay.");
  await complaint.getByRole("button", { name: "Send the outcome" }).click();
  await expect(complaint).toContainText("answered");
  const outcome = await waitForMail(request, req.email, /complaint about request .*our answer/);
  expect(outcome.text).toContain("apologise for the delay");
  expect(outcome.text).toContain("ico.org.uk");
  await page.setViewportSize({ width: 390, height: 900 });
  await keepScreenshot(page, "staff-regime-complaint-390");
});
