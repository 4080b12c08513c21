import { randomBytes } from "node:crypto";
import { expect, test } from "./fixtures/test";
import { keepScreenshot } from "./fixtures/screenshot";
import { createStaff, signIn } from "./fixtures/staff";
import { createVerifiedRequest } from "./fixtures/staff-requests";
import { db } from "@/lib/db/client";
import { runTransition } from "@/lib/requests/transitions/run-transition";

/**
 * QA F12: a manager reads the queue with masked addresses and the register for its counts and grounds. The
 * search box must not tell them whether a given address or name wrote to us, and the refusal's own words
 * (which may describe the person's situation) are not shown to them; an agent and a DPO still have both.
 */
test("a manager cannot probe the queue by e-mail or name, nor read a refusal's words in the register", async ({
  page,
}) => {
  const surname = `Probe${randomBytes(3).toString("hex")}`;
  const req = await createVerifiedRequest({ fullName: `Nadia ${surname}` });
  const dpo = await createStaff("dpo");
  const secret = `Refused: the account ${randomBytes(3).toString("hex")} belongs to a relative`;
  await db().transaction((tx) =>
    runTransition(tx, {
      requestId: req.id,
      actor: { kind: "staff", id: dpo.id, role: "dpo" },
      action: { type: "refuse", reasonCode: "other", reasonText: secret },
    }),
  );

  const manager = await createStaff("manager");
  await signIn(page, manager);
  for (const q of [req.email, `nadia ${surname.toLowerCase()}`]) {
    await page.goto(`/staff/requests?status=all&q=${encodeURIComponent(q)}`);
    await expect(page.locator(`tr[data-reference="${req.reference}"]`)).toHaveCount(0);
  }
  await expect(page.getByLabel("Reference", { exact: true })).toBeVisible();
  await page.goto(`/staff/requests?status=all&q=${req.reference}`);
  await expect(page.locator(`tr[data-reference="${req.reference}"]`)).toBeVisible();

  const year = new Date().getFullYear();
  // Today in the controller's zone: the CSV's range, small whatever the instance holds.
  const today = new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Paris" });
  await page.goto(`/staff/reports?from=${year}-01-01&to=${year}-12-31`);
  // The page lists the range's first 200 rows: the CSV below is where this request is sure to be.
  await expect(page.locator("main")).not.toContainText(secret);
  await keepScreenshot(page, "manager-register-no-refusal-text");
  const csv = await (await page.request.get(`/staff/reports/register.csv?from=${today}&to=${today}`)).text();
  const line = csv.split("\r\n").find((l) => l.startsWith(req.reference));
  expect(line).toContain(",other,");
  expect(csv).not.toContain(secret);

  // The DPO searches by e-mail and reads the refusal's words.
  await page.context().clearCookies();
  await signIn(page, dpo);
  await page.goto(`/staff/requests?status=all&q=${encodeURIComponent(req.email)}`);
  await expect(page.locator(`tr[data-reference="${req.reference}"]`)).toBeVisible();
  const dpoCsv = await (await page.request.get(`/staff/reports/register.csv?from=${today}&to=${today}`)).text();
  expect(dpoCsv).toContain(secret);
});
