import { expect, test } from "./fixtures/test";
import { messages } from "@/lib/i18n/messages";
import { createStaff } from "./fixtures/staff";
import { waitForMail } from "./fixtures/mailbox";
import { subjectEmail, submitAndReadConfirmation } from "./fixtures/portal-journey";
import { keepScreenshot } from "./fixtures/screenshot";
import { issueStatusLink } from "./fixtures/status-link";
import { freshShopCustomer, verifiedRequest } from "@/scripts/test-support/fulfilment";
import { expectStatus, openWorkspace, panel, shoot } from "./fixtures/fulfilment-workspace";

/** Minnesota's right to question the result of profiling (Minn. Stat. § 325M.14, subd. 1(g)): portal and staff. */

test.describe.configure({ timeout: 180_000 });

for (const [locale, width] of [
  ["en", 1366],
  ["fr", 390],
] as const) {
  test(`${locale} at ${width} px: a Minnesotan finds the card, must say which decision, and files it`, async ({
    page,
  }) => {
    const t = messages(locale);
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`/${locale}?residence=US-MN`);
    const card = page.locator("#right-question_profiling");
    await expect(card).toContainText(t.portal.rights.question_profiling.title);
    await expect(card).toContainText("Minn. Stat. § 325M.14, subd. 1(g)");
    await card.getByRole("link").first().click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/request/question_profiling\\?residence=US-MN$`));

    const email = subjectEmail("profiling");
    await page.getByLabel(t.form.fullName).fill("Camille Martin");
    await page.getByLabel(t.form.email).fill(email);
    await page.getByLabel(t.form.acknowledge).check();
    await page.getByRole("button", { name: t.form.submit }).click();
    // Sent without the decision: the summary names the field by its own label.
    const summary = page.getByRole("alert").first();
    await expect(summary).toContainText(t.form.profilingDetails.replace(/\s*\?$/, ""));
    await keepScreenshot(page, `profiling-question-form-error-${locale}-${width}`);

    await page.getByLabel(t.form.profilingDetails).fill("My rental application was refused on 2 November.");
    await page.getByLabel(t.form.acknowledge).check();
    const filed = await submitAndReadConfirmation(page, locale, email);
    expect(filed.reference).toMatch(/^DSR-\d{4}-\d{6}$/);
    await keepScreenshot(page, `profiling-question-confirmation-${locale}-${width}`);
  });
}

test("staff answer at the review: the reason, the way to another decision, the re-evaluation; mailed and shown", async ({
  page,
  request,
}) => {
  const customer = await freshShopCustomer(2);
  const id = await verifiedRequest({
    type: "question_profiling",
    email: customer.email,
    jurisdiction: "US-MN",
    details: "My application to pay in three instalments was refused.",
  });
  const agent = await createStaff("agent");
  await openWorkspace(page, agent, id);
  await page.getByRole("button", { name: "Start work" }).click();
  const gate = panel(page).getByTestId("gate-review-package");
  await expect(gate).toBeVisible({ timeout: 60_000 });
  const answer = gate.getByTestId("profiling-answer");
  await expect(answer).toContainText("Your answer to the decision questioned");
  await answer
    .getByLabel("Why the profiling led to the decision")
    .fill("Two unpaid orders from March put the score below the threshold for instalments.");
  await answer
    .getByLabel("What could lead to a different decision (if feasible)")
    .fill("Settling the two orders lets the score pass at the next order.");
  await answer.getByLabel("The data used was accurate: the decision stands").check();
  await shoot(page, "profiling-question-review");
  await gate.getByRole("button", { name: "Send the answer and the data" }).click();

  await expectStatus(page, "Completed");
  await expect(panel(page).locator('[data-operation="review_package"]')).toContainText(
    "answered: data accurate, decision stands",
  );
  const mail = await waitForMail(request, customer.email, /complete/i);
  expect(mail.text.replace(/\s+/g, " ")).toContain(
    "Two unpaid orders from March put the score below the threshold for instalments.",
  );
  await shoot(page, "profiling-question-done");

  // The status page the mail points to says the same, beside the download.
  await page.goto(await issueStatusLink(id, "en"));
  const outcome = page.getByTestId("outcome");
  await expect(outcome).toContainText("Why the profiling led to this decision");
  await expect(outcome).toContainText("Settling the two orders lets the score pass at the next order.");
  await expect(outcome).toContainText("found it accurate, so the decision stands");
  await expect(page.locator("#download")).toBeVisible();
  await keepScreenshot(page, "profiling-question-status-en-1366");
});
