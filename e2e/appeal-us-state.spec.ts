import { runStaffTransition } from "@/lib/requests/transitions/run-staff-transition";
import { expect, test } from "./fixtures/test";
import { waitForMail } from "./fixtures/mailbox";
import { keepScreenshot } from "./fixtures/screenshot";
import { createStaff, signIn } from "./fixtures/staff";
import { createVerifiedRequest } from "./fixtures/staff-requests";

test.describe.configure({ timeout: 180_000 });

/**
 * Issue 13: a refused Virginia request is appealed on the status page (reached from the refusal mail's
 * link); the DPO who refused cannot decide it; another DPO denies it; the person is mailed the Virginia
 * Attorney General's route and sees the decision on the status page.
 */
test("a refused Virginia request is appealed on the status page and decided by another DPO", async ({
  page,
  browser,
  request,
}) => {
  const dpoA = await createStaff("dpo");
  const dpoB = await createStaff("dpo");
  const req = await createVerifiedRequest({ jurisdiction: "US-VA" });
  await runStaffTransition(
    { type: "refuse", requestId: req.id, version: 2, reasonCode: "not_found", reasonText: "No account found." },
    { id: dpoA.id, role: dpoA.role },
  );

  const refusal = await waitForMail(request, req.email, /Our answer to your request/);
  const link = /https?:\/\/\S*\/status\/\S*#appeal/.exec(refusal.text)?.[0];
  expect(link).toBeTruthy();
  await page.goto(new URL(link!).pathname + "#appeal");
  const section = page.getByTestId("appeal");
  await expect(section.getByRole("heading", { name: "Appeal this decision" })).toBeVisible();
  await expect(section).toContainText("You can appeal until");
  await section.getByLabel("Why do you disagree with our decision?").fill("I have an account: order 1234 is mine.");
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await keepScreenshot(page, `appeal-status-form-${width}`);
  }
  await section.getByRole("button", { name: "Send my appeal" }).click();
  await expect(page.getByTestId("appeal")).toContainText("Your appeal has been sent.");
  await expect(page.getByTestId("appeal")).toContainText("We will decide by");
  const statusUrl = page.url().split("?")[0]!;

  // DPO A made the refusal: the server turns the decision away.
  await signIn(page, dpoA);
  await page.goto("/staff/appeals");
  const rowA = page.getByTestId(`appeal-${req.reference}`);
  await rowA.getByLabel("Reason (sent to the person)").fill("Checked again: no account under this address.");
  await rowA.getByRole("button", { name: "Record the decision" }).click();
  await rowA.getByRole("button", { name: "Yes, deny the appeal" }).click();
  await expect(rowA).toContainText("another DPO or administrator must decide it");

  // DPO B denies it.
  const contextB = await browser.newContext();
  const pageB = await contextB.newPage();
  await signIn(pageB, dpoB);
  await pageB.goto("/staff/appeals");
  const rowB = pageB.getByTestId(`appeal-${req.reference}`);
  await expect(rowB).toBeVisible();
  for (const width of [1366, 390]) {
    await pageB.setViewportSize({ width, height: 900 });
    await keepScreenshot(pageB, `appeal-staff-list-${width}`);
  }
  await pageB.setViewportSize({ width: 1366, height: 900 });
  await rowB.getByLabel("Decision").selectOption("denied");
  await rowB.getByLabel("Reason (sent to the person)").fill("Order 1234 belongs to another customer's account.");
  await rowB.getByRole("button", { name: "Record the decision" }).click();
  await rowB.getByRole("button", { name: "Yes, deny the appeal" }).click();
  await expect(pageB.getByTestId(`appeal-${req.reference}`)).toHaveCount(0);
  await pageB.goto(`/staff/requests/${req.id}`);
  await expect(pageB.getByTestId("appeal-panel")).toContainText("Denied on");
  await expect(pageB.getByTestId("appeal-panel")).toContainText("Va. Code § 59.1-577(C)");
  await keepScreenshot(pageB, "appeal-staff-workspace-1366");
  await contextB.close();

  const decision = await waitForMail(request, req.email, /Your appeal about request/);
  expect(decision.text).toContain("Your appeal is denied");
  expect(decision.text).toContain("Office of the Attorney General of Virginia");
  expect(decision.text).toContain("oag.state.va.us");

  await page.goto(statusUrl);
  await expect(page.getByTestId("appeal-decision")).toContainText("Your appeal was denied");
  await keepScreenshot(page, "appeal-status-decided-1366");
});
