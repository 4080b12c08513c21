import { randomBytes } from "node:crypto";
import { expect, test } from "./fixtures/test";
import { keepScreenshot } from "./fixtures/screenshot";
import { createStaff, signIn } from "./fixtures/staff";
import { createVerifiedRequest } from "./fixtures/staff-requests";
import {
  freshShopCustomer,
  startRequest,
  testStaff,
  verifiedRequest,
  waitForRequestStatus,
} from "@/scripts/test-support/fulfilment";
import { findRequest } from "@/lib/db/queries/requests";
import { db } from "@/lib/db/client";

test.describe.configure({ timeout: 120_000 });

test("search by name in the queue: 'elodie <surname>' finds Élodie <Surname>", async ({ page }) => {
  const agent = await createStaff("agent");
  const surname = `Dupont${randomBytes(3).toString("hex")}`;
  const req = await createVerifiedRequest({ fullName: `Élodie ${surname}` });
  await signIn(page, agent);
  await page.getByLabel("Reference, exact e-mail or name").fill(`elodie ${surname.toLowerCase()}`);
  await page.getByLabel("Reference, exact e-mail or name").press("Enter");
  const row = page.locator(`tr[data-reference="${req.reference}"]`);
  await expect(row).toBeVisible();
  await expect(page.locator("table.queue tbody tr")).toHaveCount(1);
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await expect(row.getByRole("link", { name: req.reference })).toBeVisible();
    await keepScreenshot(page, `staff-name-search-${width}`);
  }
});

test("the register of restrictions in force lists a restriction and lifts it after telling the person", async ({
  page,
}) => {
  const dpo = await createStaff("dpo");
  const starter = await testStaff("agent");
  const customer = await freshShopCustomer(1);
  const id = await verifiedRequest({
    type: "restriction",
    email: customer.email,
    restrictionGround: "accuracy_contested",
  });
  await startRequest(id, starter);
  await waitForRequestStatus(id, "completed");
  const { reference } = (await findRequest(db(), { id }))!;

  await signIn(page, dpo);
  await page.getByRole("link", { name: "Restrictions", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Restrictions in force" })).toBeVisible();
  const row = page.getByTestId(`restriction-${reference}`);
  await expect(row).toBeVisible();
  await expect(row).toContainText("Accuracy contested");
  await expect(row).toContainText("(Europe/Paris)");
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await keepScreenshot(page, `staff-restrictions-${width}`);
  }
  await page.setViewportSize({ width: 1366, height: 900 });
  await row.getByLabel("Reason, sent to the person before the lift").fill("The address was checked with the carrier.");
  await row.getByRole("button", { name: "Tell the person and lift" }).click();
  await row.getByRole("button", { name: "Yes, tell the person and lift" }).click();
  // The refreshed register replaces the form by the lift's state (the form and its message go with it).
  await expect(row).toContainText("Lift announced to the person");
  await page.reload();
  await expect(page.getByTestId(`restriction-${reference}`)).toContainText("Lift announced to the person");
});

test("attaching a file to a message: a PDF is accepted and downloadable, an HTML file is refused", async ({ page }) => {
  const agent = await createStaff("agent");
  const req = await createVerifiedRequest({ assignTo: agent });
  await signIn(page, agent);
  await page.goto(`/staff/requests/${req.id}`);
  const composer = page.locator("section", { has: page.getByRole("heading", { name: "Message the subject" }) });

  await composer.getByRole("textbox").fill("Here is the page you asked for.");
  await composer.getByLabel(/Attach files/).setInputFiles({
    name: "page.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("<html><body>not a pdf</body></html>"),
  });
  await composer.getByRole("button", { name: "Send message" }).click();
  await expect(composer).toContainText(/PDF, PNG, JPEG or plain-text/);

  await composer.getByLabel(/Attach files/).setInputFiles({
    name: "relevé.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.concat([Buffer.from("%PDF-1.7\n"), randomBytes(2048), Buffer.from("\n%%EOF\n")]),
  });
  await composer.getByRole("button", { name: "Send message" }).click();
  const files = page.getByTestId("thread-attachments");
  await expect(files.getByRole("link", { name: /relevé\.pdf/ })).toBeVisible();
  const download = await page.request.get(
    (await files.getByRole("link", { name: /relevé\.pdf/ }).getAttribute("href"))!,
  );
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("application/pdf");
  expect((await download.body()).subarray(0, 5).toString()).toBe("%PDF-");
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await files.scrollIntoViewIfNeeded();
    await keepScreenshot(page, `staff-thread-attachments-${width}`);
  }
});
