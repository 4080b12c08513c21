import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import { waitForMail } from "./fixtures/mailbox";
import { keepScreenshot } from "./fixtures/screenshot";
import { createStaff, signIn, type TestStaff } from "./fixtures/staff";
import { createVerifiedRequest, type TestRequest } from "./fixtures/staff-requests";

test.describe.configure({ timeout: 240_000 });

/** DPO A refuses in the workspace; the consumer appeals from the refusal mail's link on the status page. */
async function refuseAndAppeal(page: Page, dpoA: TestStaff, req: TestRequest): Promise<void> {
  await signIn(page, dpoA);
  await page.goto(`/staff/requests/${req.id}`);
  await page.locator("summary", { hasText: "Refuse…" }).click();
  await page.getByLabel("Reason", { exact: true }).selectOption("not_found");
  await page.getByLabel("Explanation for the subject").fill("No account matches this e-mail address.");
  await page.getByRole("button", { name: "Refuse" }).click();
  await page.getByRole("button", { name: "Yes, refuse" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Rejected");

  const refusal = await waitForMail(page.request, req.email, /Our answer to your request/);
  const link = /https?:\/\/\S*\/status\/\S*#appeal/.exec(refusal.text)?.[0];
  expect(link, "the refusal mail links to the appeal form").toBeTruthy();
  await page.context().clearCookies();
  await page.goto(new URL(link!).pathname + "#appeal");
  const section = page.getByTestId("appeal");
  await section.getByLabel("Why do you disagree with our decision?").fill("I ordered with this address in 2024.");
  await section.getByRole("button", { name: "Send my appeal" }).click();
  await expect(section).toContainText("Your appeal has been sent.");
}

async function decide(browser: Browser, dpoB: TestStaff, req: TestRequest, decision: "granted" | "denied") {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, dpoB);
  await page.goto("/staff/appeals");
  const row = page.getByTestId(`appeal-${req.reference}`);
  await row.getByLabel("Decision", { exact: true }).selectOption(decision);
  await row.getByLabel("Reason (sent to the person)").fill("We found the 2024 order under a former address.");
  await row.getByRole("button", { name: "Record the decision" }).click();
  await row
    .getByRole("button", { name: decision === "granted" ? "Yes, grant and reopen" : "Yes, deny the appeal" })
    .click();
  await expect(page.getByTestId(`appeal-${req.reference}`)).toHaveCount(0);
  await page.context().close();
}

test("a Colorado consumer's appeal: refused in the workspace, appealed on the portal, granted by another DPO — the mails name the Attorney General whatever the result (C.R.S. § 6-1-1306(3)(c))", async ({
  page,
  browser,
}) => {
  const [dpoA, dpoB] = [await createStaff("dpo"), await createStaff("dpo")];
  const req = await createVerifiedRequest({ jurisdiction: "US-CO", type: "access" });
  await refuseAndAppeal(page, dpoA, req);
  const received = await waitForMail(page.request, req.email, /appeal/i);
  expect(received.text).toContain("Whatever we decide, we will tell you how to contact");
  await keepScreenshot(page, "appeal-colorado-sent");

  await decide(browser, dpoB, req, "granted");
  const decision = await waitForMail(page.request, req.email, /Your appeal about request/);
  expect(decision.text).toContain("Colorado Attorney General");
  expect(decision.text).toContain("coag.gov/file-complaint");
  expect(decision.text).toContain("§ 6-1-1306(3)(c)");
});

test("for comparison, a Connecticut appeal granted names no Attorney General (Conn. Gen. Stat. § 42-518(d): only on a denial)", async ({
  page,
  browser,
}) => {
  const [dpoA, dpoB] = [await createStaff("dpo"), await createStaff("dpo")];
  const req = await createVerifiedRequest({ jurisdiction: "US-CT", type: "access" });
  await refuseAndAppeal(page, dpoA, req);
  const received = await waitForMail(page.request, req.email, /appeal/i);
  expect(received.text).toContain("If we maintain the refusal");
  await decide(browser, dpoB, req, "granted");
  const decision = await waitForMail(page.request, req.email, /Your appeal about request/);
  expect(decision.text).not.toContain("Attorney General");
});
