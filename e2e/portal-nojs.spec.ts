import { test } from "./fixtures/test";
import { messages } from "@/lib/i18n/messages";
import {
  expect,
  confirmByCode,
  fillRequestForm,
  submitAndReadConfirmation,
  subjectEmail,
} from "./fixtures/portal-journey";
import { staffAsksSubject } from "./fixtures/portal-staff";
import { keepScreenshot } from "./fixtures/screenshot";

test.describe.configure({ timeout: 120_000 });

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("en: rectification with errors, an added row, code, reply and withdrawal — all plain form posts", async ({
    page,
    request,
  }) => {
    const t = messages("en");
    await page.goto("/en/request/rectification");
    await page.getByRole("button", { name: t.form.submit }).click();

    const summary = page.getByRole("alert").filter({ hasText: t.form.errorSummary });
    await expect(summary).toBeVisible();
    await expect(summary).toBeFocused();
    await expect(
      summary.getByRole("link", { name: `${t.form.rowField.replace("{n}", "1")}${t.form.colon}${t.form.errors.rows}` }),
    ).toHaveAttribute("href", "#row-0-field");
    await expect(page.getByLabel(t.form.fullName)).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel(t.form.fullName)).toHaveAttribute("aria-describedby", "fullName-error");
    await expect(page.locator("#fullName-error")).toHaveText(t.form.errors.required);
    await expect(page.getByLabel(t.form.acknowledge)).not.toBeChecked();
    await keepScreenshot(page, "portal-form-errors-nojs-en");

    const email = subjectEmail("nojs");
    await fillRequestForm(page, "en", "rectification", email);
    await page.getByRole("button", { name: t.form.addRow }).click();
    // One more row, and everything typed so far is still there.
    await expect(page.getByLabel("Which data (row 4)")).toBeVisible();
    await expect(page.getByLabel(t.form.email)).toHaveValue(email);
    await expect(page.getByLabel("Correct value (row 1)")).toHaveValue("12 rue des Lilas, 75011 Paris");
    await page.getByLabel("Which data (row 4)").fill("Phone number");
    await page.getByLabel("Correct value (row 4)").fill("+33 6 12 34 56 78");
    await page.getByLabel(t.form.acknowledge).check();
    const filed = await submitAndReadConfirmation(page, "en", email);

    await page.getByLabel(t.verify.codeLabel).fill("000000");
    await page.getByRole("button", { name: t.verify.codeButton, exact: true }).click();
    await expect(page.locator("#code-error")).toBeVisible();
    await expect(page.getByLabel(t.verify.codeLabel)).toHaveAttribute("aria-invalid", "true");
    await confirmByCode(page, request, "en", filed);
    await expect(page.getByTestId("status")).toHaveText(t.status.statuses.new);

    await staffAsksSubject(filed.requestId, "Which phone number is the old one?");
    await page.reload();
    await page.getByLabel(t.status.replyToQuestion).fill("The old one ends in 99.");
    await page.getByRole("button", { name: t.status.send }).click();
    await expect(page.getByTestId("thread")).toContainText("The old one ends in 99.");
    await expect(page.getByTestId("status")).toHaveText(t.status.statuses.in_progress);

    await page.getByRole("link", { name: t.status.withdrawButton }).click();
    await page.getByRole("button", { name: t.withdraw.confirm }).click();
    await expect(page.getByTestId("status")).toHaveText(t.status.statuses.withdrawn);

    await page.goto("/en/lost-link");
    await page.getByLabel(t.lostLink.email).fill("not-an-email");
    await page.getByRole("button", { name: t.lostLink.submit }).click();
    await expect(page.locator("#email-error")).toHaveText(t.lostLink.errors.invalid_request);
  });
});

test("fr: with JavaScript, errors are checked on leaving a field and summarised on sending", async ({ page }) => {
  const t = messages("fr");
  await page.goto("/fr/request/objection");
  await page.getByLabel(t.form.email).fill("pas-une-adresse");
  await page.getByLabel(t.form.accountReference).focus();
  await expect(page.locator("#email-error")).toHaveText(t.form.errors.email);
  await page.getByLabel(t.form.email).fill("bonne@exemple.fr");
  await page.getByLabel(t.form.accountReference).focus();
  await expect(page.locator("#email-error")).toHaveCount(0);

  await page.getByRole("button", { name: t.form.submit }).click();
  const summary = page.getByRole("alert").filter({ hasText: t.form.errorSummary });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(t.form.errors.objection);
  await expect(summary).toContainText(t.form.errors.acknowledge);
  await expect(page.getByLabel(t.form.email)).toHaveValue("bonne@exemple.fr");
  await summary.getByRole("link", { name: `${t.form.fullName}${t.form.colon}${t.form.errors.required}` }).click();
  await expect(page.getByLabel(t.form.fullName)).toBeFocused();
  await keepScreenshot(page, "portal-form-errors-fr");
});

test("a bot filling the hidden field sees a confirmation, but nothing is filed or mailed", async ({
  page,
  request,
}) => {
  const email = subjectEmail("bot");
  await page.goto("/en/request/access");
  await fillRequestForm(page, "en", "access", email);
  await page.locator("#website").fill("https://spam.example", { force: true });
  await submitAndReadConfirmation(page, "en", email);
  await new Promise((r) => setTimeout(r, 3000));
  const res = await request.get(`/api/dev/mailbox?to=${encodeURIComponent(email)}`);
  expect(((await res.json()) as { messages: unknown[] }).messages).toHaveLength(0);
});
