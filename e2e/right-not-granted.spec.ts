import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { staffUsers } from "@/lib/db/schema";
import { expect, test } from "./fixtures/test";
import { waitForMail } from "./fixtures/mailbox";
import { keepScreenshot } from "./fixtures/screenshot";
import { createStaff, signIn } from "./fixtures/staff";

test.describe.configure({ timeout: 180_000 });

const menu = (page: Page) => page.getByRole("group", { name: "Actions on this request" });
const heading = (page: Page) => page.getByRole("heading", { level: 1 });

/*
 * A Canadian writes asking for portability, which PIPEDA does not grant. The letter reached us, so staff record it
 * (warned before filing), the workspace says what that means and what may be done, and the refusal on that ground
 * tells the person their law does not give this right.
 */
test("staff record a letter asking for a right the residence's law does not grant, see the notice, and may refuse on that ground", async ({
  page,
}) => {
  const dpo = await createStaff("dpo");
  await signIn(page, dpo);
  const email = `letter.ca.${randomBytes(4).toString("hex")}@example.net`;
  await page.goto("/staff/requests/new");
  await page.getByLabel("Channel").selectOption("letter");
  await page.getByLabel("Received at (Europe/Paris)").fill("2026-11-30T10:00");
  await page.getByLabel("Right exercised").selectOption("portability");
  await page.getByLabel("Full name").fill("Camille Canada");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Language for mails").selectOption("en");
  await expect(page.getByTestId("intake-right-not-granted")).toHaveCount(0);
  await page.getByLabel("Jurisdiction").selectOption("CA");
  await expect(page.getByTestId("intake-right-not-granted")).toContainText(
    "The law of CA (PIPEDA) does not grant this right",
  );
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await keepScreenshot(page, `right-not-granted-intake-${width}`);
  }
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.getByLabel("How the identity was checked").selectOption("id_document");
  await page.getByLabel(/^Identity check note/).fill("Copy of a driving licence enclosed with the letter.");
  await page.getByRole("button", { name: "Create request" }).click();
  await expect(heading(page)).toContainText(/DSR-\d{4}-/);

  const notice = page.getByTestId("right-not-granted");
  await expect(notice).toContainText("The law of the residence does not grant this right");
  await expect(notice).toContainText("CA (PIPEDA) gives no right to");
  await expect(notice).toContainText("answer it voluntarily");
  await expect(notice).toContainText("Right not granted by the law of the residence");
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await keepScreenshot(page, `right-not-granted-workspace-${width}`);
  }
  await page.setViewportSize({ width: 1366, height: 900 });

  await menu(page).locator("summary", { hasText: "Refuse…" }).click();
  await page.getByLabel("Reason", { exact: true }).selectOption("right_not_granted");
  await page
    .getByLabel("Explanation for the subject")
    .fill("PIPEDA gives you a right of access: ask for a copy of your data and we will send it.");
  await expect(page.getByTestId("refuse-preview")).toContainText("does not give the right you exercised");
  await page.getByRole("button", { name: "Refuse" }).click();
  await page.getByRole("button", { name: "Yes, refuse" }).click();
  await expect(heading(page)).toContainText("Rejected");
  // Closed: the fact stays on the page, the list of options goes.
  await expect(notice).toContainText("CA (PIPEDA) gives no right to");
  await expect(notice).not.toContainText("You may:");
  const mail = await waitForMail(page.request, email, /^Our answer to your request/);
  expect(mail.text).toContain("does not give the right you exercised");
  expect(mail.text).toContain("PIPEDA gives you a right of access");
});

test("a GDPR request shows no such notice and offers no such ground", async ({ page }) => {
  const dpo = await createStaff("dpo");
  await signIn(page, dpo);
  await page.goto("/staff/requests/new");
  await page.getByLabel("Channel").selectOption("phone");
  await page.getByLabel("Received at (Europe/Paris)").fill("2026-11-30T10:00");
  await page.getByLabel("Right exercised").selectOption("portability");
  await page.getByLabel("Full name").fill("Fanny France");
  await page.getByLabel("E-mail").fill(`phone.fr.${randomBytes(4).toString("hex")}@example.net`);
  await page.getByLabel("Jurisdiction").selectOption("FR");
  await expect(page.getByTestId("intake-right-not-granted")).toHaveCount(0);
  await page.getByLabel("How the identity was checked").selectOption("known_account");
  await page.getByRole("button", { name: "Create request" }).click();
  await expect(heading(page)).toContainText(/DSR-\d{4}-/);
  await expect(page.getByTestId("right-not-granted")).toHaveCount(0);
  await menu(page).locator("summary", { hasText: "Refuse…" }).click();
  await expect(page.getByLabel("Reason", { exact: true }).locator('option[value="right_not_granted"]')).toHaveCount(0);
});

test("portal: the form says in the visitor's language that their law does not give the right, and files nothing", async ({
  page,
}) => {
  for (const [locale, words, alert] of [
    ["en", "The law of the place where you live does not give this right.", "All your rights"],
    ["fr", "La loi du lieu où vous résidez ne prévoit pas ce droit.", "Tous vos droits"],
  ] as const) {
    await page.goto(`/${locale}/request/portability?residence=CA`);
    await expect(page.getByTestId("right-not-granted")).toContainText(words);
    await expect(page.getByTestId("right-not-granted").getByRole("link", { name: alert })).toHaveAttribute(
      "href",
      `/${locale}?residence=CA`,
    );
    await page.locator("#fullName").fill("Camille Canada");
    await page.locator("#email").fill(`portal.ca.${randomBytes(4).toString("hex")}@example.net`);
    await page.locator('input[name="acknowledge"]').check();
    await page.locator('button[type="submit"]').last().click();
    await expect(page.locator("#jurisdiction-error")).toContainText(words);
    await expect(page).toHaveURL(new RegExp(`/${locale}/request/portability`));
    if (locale === "en")
      for (const width of [1366, 390]) {
        await page.setViewportSize({ width, height: 900 });
        await keepScreenshot(page, `right-not-granted-portal-${width}`);
      }
    await page.setViewportSize({ width: 1366, height: 900 });
  }
});

test("portal home: a Canadian is offered only PIPEDA's rights, the objection as a withdrawal of consent", async ({
  page,
}) => {
  await page.goto("/en?residence=CA");
  await expect(page.locator("#right-portability")).toHaveCount(0);
  await expect(page.locator("#right-restriction")).toHaveCount(0);
  await expect(page.locator("#right-objection")).toContainText("Withdraw your consent");
  await expect(page.locator("#right-objection")).toContainText("PIPEDA Schedule 1, Principle 4.3.8");
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await keepScreenshot(page, `right-not-granted-home-ca-${width}`);
  }
  await page.goto("/fr?residence=CH");
  await expect(page.locator("#right-restriction")).toContainText("article 32 de la nLPD");
});

/*
 * A CSV import carrying such a letter: the preview names the row, its residence and law before anything is filed,
 * and the row is imported all the same (as the staff form records it), in French for a French-speaking agent.
 */
test("CSV import: the preview names a row asking for a right its residence's law does not grant, then imports it", async ({
  page,
}) => {
  const agent = await createStaff("agent");
  await signIn(page, agent);
  await db().update(staffUsers).set({ locale: "fr" }).where(eq(staffUsers.id, agent.id));
  const tag = randomBytes(3).toString("hex");
  const header = "type,channel,received_at,email,full_name,locale,residence";
  const csv = [
    header,
    `access,letter,2026-11-02 09:30 Europe/Paris,fr.${tag}@example.org,Marie Dupont,fr,FR`,
    `portability,letter,2026-11-02 09:45 Europe/Paris,ca.${tag}@example.org,Camille Canada,en,CA`,
  ].join("\r\n");
  await page.goto("/staff/requests/import");
  await page.locator("#import-file").setInputFiles({ name: "ca.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.locator('button[type="submit"]').last().click();
  const panel = page.getByTestId("import-ungranted");
  await expect(panel.getByRole("heading")).toHaveText("Droits que la loi du lieu de résidence ne prévoit pas (1)");
  await expect(panel.getByRole("row", { name: "2 portabilité CA (LPRPDE)" })).toBeVisible();
  await expect(panel).toContainText("« Droit non prévu par la loi du lieu de résidence »");
  // The preview's type and channel in the reader's words.
  await expect(
    page
      .getByRole("table", { name: /Premières lignes/ })
      .getByRole("row", { name: /^2 portabilité courrier 2026-11-02/ }),
  ).toBeVisible();
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await keepScreenshot(page, `right-not-granted-import-${width}`);
  }
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.getByRole("button", { name: "Importer 2 demandes" }).click();
  await expect(page.getByTestId("import-status")).toHaveText("importé", { timeout: 60_000 });
  await expect(panel).toHaveCount(0);
});
