import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import { waitForMail } from "./fixtures/mailbox";
import { keepScreenshot } from "./fixtures/screenshot";
import { createStaff, signIn } from "./fixtures/staff";
import { formatStaffDay } from "@/lib/i18n/staff/format-day";

test.describe.configure({ timeout: 180_000 });

/** A letter asking for restriction, entered by staff with its receipt time and the identity check. */
async function enterRestriction(page: Page, p: { jurisdiction: string; receivedAt: string; locale: "en" | "fr" }) {
  const email = `restrict.${p.jurisdiction.toLowerCase()}.${randomBytes(4).toString("hex")}@example.net`;
  await page.goto("/staff/requests/new");
  await page.getByLabel("Channel").selectOption("letter");
  await page.getByLabel("Received at (Europe/Paris)").fill(p.receivedAt);
  await page.getByLabel("Right exercised").selectOption("restriction");
  await page.getByLabel("Ground").selectOption("accuracy_contested");
  await page.getByLabel("Full name").fill("Robin Restrict");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Language for mails").selectOption(p.locale);
  await page.getByLabel("Jurisdiction").selectOption(p.jurisdiction);
  await page.getByLabel("How the identity was checked").selectOption("id_document");
  await page.getByLabel(/^Identity check note/).fill("Copy of passport enclosed with the letter.");
  await page.getByRole("button", { name: "Create request" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/DSR-\d{4}-/);
  return email;
}

test("restriction under UK GDPR: one month on the England & Wales calendar (31 Aug 2026 is a bank holiday), ICO and UK GDPR texts", async ({
  page,
}) => {
  const dpo = await createStaff("dpo");
  await signIn(page, dpo);
  // Received Friday 31 July 2026: the corresponding date, Monday 31 August, is the Summer bank holiday in
  // England & Wales (not a French holiday), so the month ends on Tuesday 1 September.
  const email = await enterRestriction(page, { jurisdiction: "GB", receivedAt: "2026-07-31T10:00", locale: "en" });
  // The regime by name (not "UK_GDPR"), and the holidays that moved the date: England & Wales', not the controller's.
  await expect(page.getByText("GB (UK GDPR) · public holidays of GB", { exact: true })).toBeVisible();
  await expect(page.getByText(formatStaffDay("2026-09-01", "en")).first()).toBeVisible();
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await keepScreenshot(page, `restriction-uk-workspace-${width}`);
  }
  await page.setViewportSize({ width: 1366, height: 900 });
  const ack = await waitForMail(page.request, email, /We have received your request/);
  expect(ack.text).toContain("UK GDPR");
  expect(ack.text).toContain("Information Commissioner");
  expect(ack.text).not.toContain("CNIL");
  expect(ack.text).not.toMatch(/Article 77 of the GDPR/);
});

test("restriction under the Swiss nFADP: 30 calendar days without roll-forward, FDPIC, no statutory limit claimed for this right", async ({
  page,
}) => {
  const dpo = await createStaff("dpo");
  await signIn(page, dpo);
  // Received Friday 2 October 2026: 30 days later is Sunday 1 November — the nFADP period does not move.
  const email = await enterRestriction(page, { jurisdiction: "CH", receivedAt: "2026-10-02T10:00", locale: "fr" });
  await expect(page.getByText("CH (nFADP) · calendar days (no holiday moves the date)", { exact: true })).toBeVisible();
  await expect(page.getByText(formatStaffDay("2026-11-01", "en")).first()).toBeVisible();
  await keepScreenshot(page, "restriction-ch-workspace");
  const ack = await waitForMail(page.request, email, /Nous avons bien reçu votre demande|reçu/);
  expect(ack.text).toContain("nLPD");
  expect(ack.text).toContain("Préposé fédéral à la protection des données");
  expect(ack.text).toContain("La nLPD ne fixe pas de délai pour cette demande (article 32 de la nLPD)");
  expect(ack.text).not.toContain("CNIL");
  expect(ack.text).not.toContain("RGPD");
});
