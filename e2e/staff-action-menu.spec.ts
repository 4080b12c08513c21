import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import { createStaff, signIn } from "./fixtures/staff";
import { createVerifiedRequest } from "./fixtures/staff-requests";
import { expectNoAxeViolations } from "./fixtures/portal-journey";
import { freshShopCustomer, verifiedRequest } from "@/scripts/test-support/fulfilment";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { requests } from "@/lib/db/schema";

const WIDTHS = [1366, 390] as const;
const shots = "e2e/artifacts/screenshots";
const menu = (page: Page) => page.getByRole("group", { name: "Actions on this request" });
const summary = (page: Page, text: string) => menu(page).locator("summary", { hasText: text });

/** The page fits its width: nothing scrolls sideways. */
async function expectNoSidewaysScroll(page: Page) {
  const wide = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    const over = (el: Element) => el.getBoundingClientRect().right > width + 1;
    return [...document.querySelectorAll("body *")]
      .filter((el) => over(el) && ![...el.children].some(over))
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} (${Math.round(el.getBoundingClientRect().width)} px)`);
  });
  expect(wide).toEqual([]);
}

test("a DPO's action menu: only what applies now, each action its own form, keyboard and screenshots at 1366 and 390", async ({
  page,
}) => {
  const dpo = await createStaff("dpo");
  const req = await createVerifiedRequest();
  await signIn(page, dpo);
  await page.goto(`/staff/requests/${req.id}`);

  // A new request: claim and start are one click; the others fold out; nothing that cannot apply yet.
  await expect(menu(page).getByRole("button", { name: "Claim (assign to me)" })).toBeVisible();
  await expect(menu(page).getByRole("button", { name: "Start work" })).toBeVisible();
  await expect(menu(page).locator("summary")).toHaveText([
    "Assign to someone…",
    "Extend the deadline…",
    "Refuse…",
    "Withdraw…",
  ]);
  await expect(summary(page, "Complete…")).toHaveCount(0);
  await expect(summary(page, "Reopen…")).toHaveCount(0);
  await expect(page.getByTestId("assignee-line")).toHaveText("Assignee: nobody");

  for (const [name, field] of [
    ["Assign to someone…", "Assign to"],
    ["Extend the deadline…", /^Reason for the extension/],
    ["Refuse…", "Reason"],
    ["Withdraw…", "How the subject asked (optional)"],
  ] as const) {
    await summary(page, name).focus();
    await page.keyboard.press("Enter");
    // Opening moves the focus into the form; one form is open at a time.
    await expect(page.getByLabel(field, { exact: typeof field === "string" })).toBeFocused();
    await expect(menu(page).locator("details[open]")).toHaveCount(1);
    const slug = name
      .replace(/[^a-z]+/gi, "-")
      .replace(/-$/, "")
      .toLowerCase();
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await expectNoSidewaysScroll(page);
      await menu(page).screenshot({ path: `${shots}/action-menu-${slug}-${width}.png` });
    }
    await page.setViewportSize({ width: 1366, height: 900 });
    // Escape folds it again, back on its name.
    await page.keyboard.press("Escape");
    await expect(menu(page).locator("details[open]")).toHaveCount(0);
    await expect(summary(page, name)).toBeFocused();
  }
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${shots}/request-page-${width}.png`, fullPage: true });
    await expectNoSidewaysScroll(page);
  }
  await page.setViewportSize({ width: 1366, height: 900 });
  await expectNoAxeViolations(page);
});

test("the refusal preview is the mail as it will be sent, with the explanation being typed", async ({ page }) => {
  const dpo = await createStaff("dpo");
  const req = await createVerifiedRequest({ locale: "fr" });
  await signIn(page, dpo);
  await page.goto(`/staff/requests/${req.id}`);
  await summary(page, "Refuse…").click();
  await page.getByLabel("Reason", { exact: true }).selectOption("manifestly_unfounded");
  const typed = "Votre demande porte sur un compte qui n'existe pas chez nous.";
  await page.getByLabel("Explanation for the subject").pressSequentially(typed, { delay: 5 });
  const preview = page.getByTestId("refuse-preview");
  // The subject's language (French), the reason being typed, not a placeholder.
  await expect(preview).toContainText(typed);
  await expect(preview).toContainText(req.reference);
  await expect(preview).not.toContainText("[the explanation");
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await menu(page).screenshot({ path: `${shots}/action-menu-refuse-typed-${width}.png` });
  }
  await page.setViewportSize({ width: 1366, height: 900 });
  await expectNoAxeViolations(page);
});

test("the refuse form says by when the law wants a refusal, and warns once that day has gone, without blocking", async ({
  page,
}) => {
  const dpo = await createStaff("dpo");
  const req = await createVerifiedRequest();
  // Received 40 days ago: a GDPR refusal was due within one month of receipt (Art. 12(4)).
  await db()
    .update(requests)
    .set({ receivedAt: new Date(Date.now() - 40 * 86_400_000) })
    .where(eq(requests.id, req.id));
  await signIn(page, dpo);
  await page.goto(`/staff/requests/${req.id}`);
  await summary(page, "Refuse…").click();
  await expect(menu(page).getByTestId("refusal-limit")).toContainText("Art. 12(4)");
  await expect(menu(page).getByTestId("refusal-limit")).toContainText("Europe/Paris");
  await expect(menu(page).getByRole("alert")).toContainText("The last day to refuse was");
  await expect(
    menu(page)
      .getByRole("button", { name: /Refuse/ })
      .last(),
  ).toBeEnabled();
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await menu(page).screenshot({ path: `${shots}/action-menu-refuse-late-${width}.png` });
  }
});

test("withdrawing asks for a confirmation first, then announces the outcome", async ({ page }) => {
  const agent = await createStaff("agent");
  const req = await createVerifiedRequest({ assignTo: agent });
  await signIn(page, agent);
  await page.goto(`/staff/requests/${req.id}`);
  // An agent is not offered what only a DPO may do.
  await expect(summary(page, "Refuse…")).toHaveCount(0);
  await expect(summary(page, "Extend the deadline…")).toHaveCount(0);
  await summary(page, "Withdraw…").click();
  await page.getByLabel("How the subject asked (optional)").fill("Phone call on Monday");
  await page.getByRole("button", { name: "Withdraw on behalf of the subject" }).click();
  const confirm = page.getByRole("alertdialog", { name: "Confirm" });
  await expect(confirm).toContainText("Withdraw this request on the subject's behalf?");
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await menu(page).screenshot({ path: `${shots}/action-menu-withdraw-confirm-${width}.png` });
  }
  await page.setViewportSize({ width: 1366, height: 900 });
  // Nothing happened before the confirmation.
  await expect(page.locator("h1 .status")).toHaveText("New");
  await page.getByRole("button", { name: "Yes, withdraw on behalf of the subject" }).click();
  await expect(page.locator("h1 .status")).toHaveText("Withdrawn");
  await expect(page.getByTestId("action-outcome")).toHaveText("Request withdrawn.");
  await expect(page.getByTestId("fulfilment-panel")).toContainText(
    "the request was withdrawn before work on it started",
  );
  await expect(page.getByTestId("fulfilment-panel")).not.toContainText("no enabled system");
  await expect(menu(page)).toContainText("No action is available to you in this status.");
});

test("on a phone the rectification review shows whole values and the whole 'Apply to' choice", async ({ page }) => {
  test.setTimeout(180_000);
  const customer = await freshShopCustomer(1);
  const id = await verifiedRequest({
    type: "rectification",
    email: customer.email,
    rectification: [{ field: "Phone number", currentValue: customer.phone ?? "", newValue: "+33 6 12 34 56 78" }],
  });
  const agent = await createStaff("agent");
  await signIn(page, agent);
  await page.setViewportSize({ width: 390, height: 900 });
  await page.goto(`/staff/requests/${id}`);
  // The subject's specifics are labelled fields, not JSON.
  await expect(page.getByTestId("specifics-rectification")).toContainText("Phone number");
  await expect(page.getByTestId("subject-details")).not.toContainText('{"');
  await page.getByRole("button", { name: "Start work" }).click();
  const gate = page.getByTestId("gate-approve-changes");
  await expect(gate).toBeVisible({ timeout: 60_000 });
  // The e-mail address in the current values is on one line (not split mid-word into a sliver of a column).
  const emailCell = gate.getByRole("cell", { name: customer.email });
  const lines = await emailCell.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
  });
  expect(lines).toBe(1);
  // The "Apply to" choice spans the card, inside the screen.
  const target = gate.getByLabel("Field to correct for Phone number");
  const box = (await target.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  expect(box.width).toBeGreaterThan(250);
  await expectNoSidewaysScroll(page);
  await gate.screenshot({ path: `${shots}/rectification-review-390.png` });
  await page.screenshot({ path: `${shots}/request-page-rectification-390.png`, fullPage: true });
});
