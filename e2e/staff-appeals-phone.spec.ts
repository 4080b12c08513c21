import AxeBuilder from "@axe-core/playwright";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { requests, staffUsers } from "@/lib/db/schema";
import { fileAppeal } from "@/lib/requests/appeals/file-appeal";
import { statusTokenOf } from "@/lib/requests/subject-fields";
import { runStaffTransition } from "@/lib/requests/transitions/run-staff-transition";
import { expect, test } from "./fixtures/test";
import { keepScreenshot } from "./fixtures/screenshot";
import { createStaff, signIn } from "./fixtures/staff";
import { createVerifiedRequest } from "./fixtures/staff-requests";

test.describe.configure({ timeout: 180_000 });

/**
 * On a phone each appeal is a card ("label: value" lines, then the decision form), not a table that
 * scrolls sideways; it stays a table for assistive technology, axe finds nothing, and the keyboard
 * reaches the decision in reading order. At 1366 px it is the table with its header row.
 */
test("the appeals page folds each appeal into a card at 390 px, in French, axe-clean", async ({ page }) => {
  const refuser = await createStaff("dpo");
  const dpo = await createStaff("dpo");
  const req = await createVerifiedRequest({ jurisdiction: "US-CO" });
  await runStaffTransition(
    { type: "refuse", requestId: req.id, version: 2, reasonCode: "not_found", reasonText: "No account found." },
    { id: refuser.id, role: refuser.role },
  );
  const [row] = await db().select().from(requests).where(eq(requests.id, req.id));
  await fileAppeal({ token: statusTokenOf(row!)!, reason: "I do have an account." });

  await signIn(page, dpo);
  await db().update(staffUsers).set({ locale: "fr" }).where(eq(staffUsers.id, dpo.id));
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/staff/appeals");
  const card = page.getByTestId(`appeal-${req.reference}`);
  await expect(card).toBeVisible();

  // No sideways scroll: neither the page nor the table's own box is wider than the screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const box = page.getByRole("region", { name: "Appels des refus" });
  expect(await box.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  // A card: the header row is out of sight, each value has its label before it, one line each.
  await expect(page.locator("table.appeals thead")).not.toBeInViewport();
  const labels = card.locator(".cell-label");
  await expect(labels).toHaveCount(4);
  await expect(labels.first()).toBeVisible();
  await expect(labels.first()).toHaveText(/^Demande\s:\s?$/);
  await expect(labels.nth(3)).toHaveText(/^À décider avant le \(.+\)\s:\s?$/);
  const cells = await card.locator("td").evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect()));
  for (let i = 1; i < cells.length; i++) expect(cells[i]!.top).toBeGreaterThanOrEqual(cells[i - 1]!.bottom - 1);
  for (const c of cells) expect(c.right).toBeLessThanOrEqual(390);
  // Still a table for a screen reader: five cells per row, the columns named.
  await expect(card.getByRole("cell")).toHaveCount(5);
  await expect(page.getByRole("columnheader", { name: "Demande" })).toHaveCount(1);
  await keepScreenshot(page, "staff-appeals-card-fr-390");

  // The keyboard goes from the reference to the decision, the reason and the button, in that order.
  await card.getByRole("link", { name: req.reference }).focus();
  await page.keyboard.press("Tab");
  await expect(card.getByLabel("Décision", { exact: true })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(card.getByLabel("Motif (envoyé à la personne)")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(card.getByRole("button", { name: "Enregistrer la décision" })).toBeFocused();

  const axe = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);

  // On a wide screen the same appeal is a table row again, the labels hidden.
  await page.setViewportSize({ width: 1366, height: 900 });
  await expect(page.locator("table.appeals thead")).toBeVisible();
  await expect(labels.first()).toBeHidden();
  await keepScreenshot(page, "staff-appeals-table-fr-1366");
});
