import { eq } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { requests } from "@/lib/db/schema";
import { addDays } from "@/lib/domain/deadline";
import { fileAppeal } from "@/lib/requests/appeals/file-appeal";
import { statusTokenOf } from "@/lib/requests/subject-fields";
import { runStaffTransition } from "@/lib/requests/transitions/run-staff-transition";
import { expect, test } from "./fixtures/test";
import { waitForMail } from "./fixtures/mailbox";
import { keepScreenshot } from "./fixtures/screenshot";
import { createStaff, signIn } from "./fixtures/staff";
import { createVerifiedRequest } from "./fixtures/staff-requests";

test.describe.configure({ timeout: 180_000 });

/**
 * Issue 13: a Colorado appeal's decision period is extended on the Appeals page by a DPO (45 + 60 days,
 * C.R.S. § 6-1-1306(3)(b)); the person is mailed the new date; the row shows it, marked extended.
 */
test("a DPO extends a Colorado appeal's decision period from the Appeals page", async ({ page, request }) => {
  const dpoA = await createStaff("dpo");
  const dpoB = await createStaff("dpo");
  const req = await createVerifiedRequest({ jurisdiction: "US-CO" });
  await runStaffTransition(
    { type: "refuse", requestId: req.id, version: 2, reasonCode: "not_found", reasonText: "No account found." },
    { id: dpoA.id, role: dpoA.role },
  );
  const [row] = await db().select().from(requests).where(eq(requests.id, req.id));
  const { decideBy } = await fileAppeal({ token: statusTokenOf(row!)!, reason: "I do have an account." });
  await waitForMail(request, req.email, /We have received your appeal/);

  await signIn(page, dpoB);
  await page.goto("/staff/appeals");
  const line = page.getByTestId(`appeal-${req.reference}`);
  await expect(line.getByTestId("decide-by")).toHaveAttribute("data-date", decideBy);
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await keepScreenshot(page, `appeal-extend-form-${width}`);
  }
  await page.setViewportSize({ width: 1366, height: 900 });
  await line
    .getByLabel(/Reason for more time/)
    .fill("Three systems hold the orders in question; we need their owners.");
  await line.getByRole("button", { name: "Extend and tell the person" }).click();
  await expect(line.getByTestId("decide-by")).toHaveAttribute("data-date", addDays(decideBy, 60));
  await expect(line).toContainText("Extended");
  await expect(line.getByRole("button", { name: "Extend and tell the person" })).toHaveCount(0);
  await keepScreenshot(page, "appeal-extended-1366");

  const mail = await waitForMail(request, req.email, /new decision date/);
  expect(mail.text).toContain("Three systems hold the orders in question");
});
