import AxeBuilder from "@axe-core/playwright";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { requestAppeals, requests, staffUsers } from "@/lib/db/schema";
import { fileAppeal } from "@/lib/requests/appeals/file-appeal";
import { statusTokenOf } from "@/lib/requests/subject-fields";
import { runStaffTransition } from "@/lib/requests/transitions/run-staff-transition";
import { expect, test } from "./fixtures/test";
import { keepScreenshot } from "./fixtures/screenshot";
import { createStaff, signIn } from "./fixtures/staff";
import { createVerifiedRequest } from "./fixtures/staff-requests";

test.describe.configure({ timeout: 180_000 });

/** A refused Colorado request with an appeal waiting, refused by `refuser`. */
async function appealedRequest(refuser: Awaited<ReturnType<typeof createStaff>>) {
  const req = await createVerifiedRequest({ jurisdiction: "US-CO" });
  await runStaffTransition(
    { type: "refuse", requestId: req.id, version: 2, reasonCode: "not_found", reasonText: "No account found." },
    { id: refuser.id, role: refuser.role },
  );
  const [row] = await db().select().from(requests).where(eq(requests.id, req.id));
  await fileAppeal({ token: statusTokenOf(row!)!, reason: "I do have an account." });
  return req;
}

const appealOf = async (requestId: string) =>
  (await db().select().from(requestAppeals).where(eq(requestAppeals.requestId, requestId)))[0]!;

/**
 * Issue 16: deciding an appeal asks first, naming the outcome chosen (neither can be taken back: the
 * person is mailed at once). Granted by keyboard only (Escape steps back without sending, focus returns
 * to the button), denied with the mouse after a Cancel; a missing reason is said before the question.
 */
test("an appeal decision is confirmed before it is recorded, granted by keyboard and denied by mouse", async ({
  page,
}) => {
  const refuser = await createStaff("dpo");
  const dpo = await createStaff("dpo");
  const toGrant = await appealedRequest(refuser);
  const toDeny = await appealedRequest(refuser);

  await signIn(page, dpo);
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto("/staff/appeals");

  // Granted, by keyboard.
  const row = page.getByTestId(`appeal-${toGrant.reference}`);
  const record = row.getByRole("button", { name: "Record the decision" });
  // No reason yet: the browser says so, and no question is asked.
  await record.focus();
  await page.keyboard.press("Enter");
  await expect(row.getByRole("alertdialog")).toHaveCount(0);
  await row.getByLabel("Decision", { exact: true }).selectOption("granted");
  await row.getByLabel("Reason (sent to the person)").fill("Order 1234 is indeed on this person's account.");
  await record.focus();
  await page.keyboard.press("Enter");
  const dialog = row.getByRole("alertdialog", { name: "Confirm" });
  await expect(dialog).toContainText(`Grant the appeal of ${toGrant.reference}? The request reopens`);
  await expect(dialog.getByRole("button", { name: "Yes, grant and reopen" })).toBeFocused();
  await keepScreenshot(page, "appeal-confirm-grant-1366");
  const axe = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  // Escape steps back: nothing sent, the keyboard is on the button that asked.
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect(record).toBeFocused();
  expect((await appealOf(toGrant.id)).decidedAt).toBeNull();
  // Asked again, and this time answered.
  await page.keyboard.press("Enter");
  await expect(dialog.getByRole("button", { name: "Yes, grant and reopen" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("appeals-announcer")).toHaveText(
    `Decision on ${toGrant.reference} recorded; the person is told.`,
  );
  await expect(row).toHaveCount(0);
  expect((await appealOf(toGrant.id)).decision).toBe("granted");
  const [reopened] = await db().select().from(requests).where(eq(requests.id, toGrant.id));
  expect(reopened!.status).not.toBe("rejected");

  // Denied, with the mouse, after stepping back once.
  const other = page.getByTestId(`appeal-${toDeny.reference}`);
  await other.getByLabel("Reason (sent to the person)").fill("Checked again: no account under this address.");
  await other.getByRole("button", { name: "Record the decision" }).click();
  const deny = other.getByRole("alertdialog", { name: "Confirm" });
  await expect(deny).toContainText(`Deny the appeal of ${toDeny.reference}? The refusal stands`);
  await deny.getByRole("button", { name: "Cancel" }).click();
  await expect(deny).toHaveCount(0);
  expect((await appealOf(toDeny.id)).decidedAt).toBeNull();
  await other.getByRole("button", { name: "Record the decision" }).click();
  await deny.getByRole("button", { name: "Yes, deny the appeal" }).click();
  await expect(other).toHaveCount(0);
  expect((await appealOf(toDeny.id)).decision).toBe("denied");
  const [still] = await db().select().from(requests).where(eq(requests.id, toDeny.id));
  expect(still!.status).toBe("rejected");
});

test("the confirmation is worded in French for a French DPO, on a phone", async ({ page }) => {
  const refuser = await createStaff("dpo");
  const dpo = await createStaff("dpo");
  const req = await appealedRequest(refuser);
  await signIn(page, dpo);
  await db().update(staffUsers).set({ locale: "fr" }).where(eq(staffUsers.id, dpo.id));
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/staff/appeals");
  const card = page.getByTestId(`appeal-${req.reference}`);
  await card.getByLabel("Motif (envoyé à la personne)").fill("Vérifié de nouveau : aucun compte à cette adresse.");
  await card.getByRole("button", { name: "Enregistrer la décision" }).click();
  const dialog = card.getByRole("alertdialog", { name: "Confirmer" });
  await expect(dialog).toContainText(`Rejeter l'appel de ${req.reference} ? Le refus est maintenu`);
  await expect(dialog.getByRole("button", { name: "Oui, rejeter l'appel" })).toBeFocused();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await keepScreenshot(page, "appeal-confirm-deny-fr-390");
  const axe = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  expect((await appealOf(req.id)).decidedAt).toBeNull();
});
