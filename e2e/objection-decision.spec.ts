import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import { submitRequest } from "@/lib/requests/intake/submit-request";
import { verifyByToken } from "@/lib/requests/verification/verify-email";
import type { Locale } from "@/lib/domain/locale";
import { extractLink, waitForMail as waitForSinkMail } from "@/scripts/test-support/mailbox";
import { waitForMail } from "./fixtures/mailbox";
import { keepScreenshot } from "./fixtures/screenshot";
import { createStaff, signIn } from "./fixtures/staff";

test.describe.configure({ timeout: 180_000 });

const menu = (page: Page) => page.getByRole("group", { name: "Actions on this request" });
const heading = (page: Page) => page.getByRole("heading", { level: 1 });

/** An objection filed on the portal's path (verification mail, link) by a French resident (GDPR, CNIL). */
async function objection(scope: "other" | "direct_marketing", locale: Locale) {
  const email = `e2e.obj.${randomBytes(4).toString("hex")}@example.net`;
  const { id, reference } = await submitRequest(
    {
      type: "objection",
      objectionScope: scope,
      email,
      fullName: "Olga Objet",
      locale,
      jurisdiction: "FR",
      details: "I object to the use of my purchase history for fraud scoring and analytics.",
    },
    { channel: "portal", actor: { type: "subject" } },
  );
  const link = extractLink((await waitForSinkMail(email)).text, `/${locale}/verify`);
  const { statusToken } = await verifyByToken(new URL(link).searchParams.get("token")!);
  return { id, reference, email, statusToken };
}

test("Art. 21(1): the DPO refuses an objection on compelling legitimate grounds; the mail and the status page say what the law requires", async ({
  page,
}) => {
  const dpo = await createStaff("dpo");
  const req = await objection("other", "en");
  await signIn(page, dpo);
  await page.goto(`/staff/requests/${req.id}`);
  await menu(page).getByRole("button", { name: "Start work" }).click();
  await expect(heading(page)).toContainText("In progress", { timeout: 30_000 });
  await expect(page.getByText("so the DPO weighs it (Art. 21(1): compelling legitimate grounds")).toBeVisible();

  await menu(page).locator("summary", { hasText: "Refuse…" }).click();
  await page.getByLabel("Reason", { exact: true }).selectOption("compelling_grounds");
  await page
    .getByLabel("Explanation for the subject")
    .fill("Fraud scoring protects our customers' payments; it uses only the last 12 months of orders.");
  const preview = page.getByTestId("refuse-preview");
  await expect(preview).toContainText("compelling legitimate grounds");
  await expect(preview).toContainText("Fraud scoring protects");
  await keepScreenshot(page, "objection-refuse-compelling");
  await page.getByRole("button", { name: "Refuse" }).click();
  await page.getByRole("button", { name: "Yes, refuse" }).click();
  await expect(heading(page)).toContainText("Rejected");

  const mail = await waitForMail(page.request, req.email, /Our answer to your request/);
  expect(mail.text).toContain(
    "The law allows us to continue this processing only if we demonstrate compelling legitimate grounds for it which override your interests, rights and freedoms, or if we need it to establish, exercise or defend legal claims (Article 21(1)).",
  );
  expect(mail.text).toContain("Fraud scoring protects our customers' payments");
  expect(mail.text).toContain("lodge a complaint with a supervisory authority");
  expect(mail.text).toContain("CNIL");
  expect(mail.text).toContain("effective judicial remedy");

  await page.goto(`/en/status/${req.statusToken}`);
  await expect(page.getByTestId("refusal-reason")).toContainText("compelling legitimate grounds");
  await keepScreenshot(page, "objection-refused-status-en");
});

test("Art. 21(1) upheld: the DPO closes a French objection by hand and the mail says the processing stopped; a marketing objection is never weighed", async ({
  page,
}) => {
  const dpo = await createStaff("dpo");
  const req = await objection("other", "fr");
  await signIn(page, dpo);
  await page.goto(`/staff/requests/${req.id}`);
  await menu(page).getByRole("button", { name: "Start work" }).click();
  await expect(heading(page)).toContainText("In progress", { timeout: 30_000 });
  await menu(page).locator("summary", { hasText: "Refuse…" }).click();
  await expect(page.getByLabel("Reason", { exact: true }).locator('option[value="compelling_grounds"]')).toHaveCount(1);
  await menu(page).getByRole("button", { name: "Submit for review" }).click();
  await expect(heading(page)).toContainText("In review");
  await menu(page).locator("summary", { hasText: "Complete…" }).click();
  await menu(page).getByRole("button", { name: "Complete", exact: true }).click();
  await expect(heading(page)).toContainText("Completed");
  const mail = await waitForMail(page.request, req.email, /est traitée/);
  expect(mail.text).toContain(
    "Nous avons cessé d’utiliser vos données pour le traitement auquel vous vous êtes opposé(e).",
  );
  expect(mail.text).not.toContain("prospection");

  // A direct-marketing objection (Art. 21(3)): stopped without balancing, so the ground is not offered.
  const marketing = await objection("direct_marketing", "en");
  await page.goto(`/staff/requests/${marketing.id}`);
  const refuse = menu(page).locator("summary", { hasText: "Refuse…" });
  if (await refuse.isVisible().catch(() => false)) {
    await refuse.click();
    await expect(page.getByLabel("Reason", { exact: true }).locator('option[value="compelling_grounds"]')).toHaveCount(
      0,
    );
  }
});
