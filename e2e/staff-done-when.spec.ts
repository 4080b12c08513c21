import type { Locator, Page } from "@playwright/test";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { requests } from "@/lib/db/schema";
import { expect, test } from "./fixtures/test";
import { createStaff, signIn } from "./fixtures/staff";
import { createVerifiedRequest } from "./fixtures/staff-requests";
import { expectNoAxeViolations } from "./fixtures/portal-journey";
import { freshShopCustomer, verifiedRequest } from "@/scripts/test-support/fulfilment";

/**
 * Issue 16's "Done when" screens, shot for a person to look at (DONE_WHEN_SHOTS names the folder): the
 * request page with each action of the menu open, the queue at three widths, the audit page, the portal's
 * 404 and the portal home on a phone. Each screen is also checked for sideways scroll.
 */
test.describe.configure({ timeout: 240_000 });

const dir = process.env.DONE_WHEN_SHOTS ?? "e2e/artifacts/screenshots/done-when";
const menu = (page: Page) => page.getByRole("group", { name: "Actions on this request" });
const summary = (page: Page, text: string) => menu(page).locator("summary", { hasText: text });

async function noSidewaysScroll(page: Page) {
  const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(over, `sideways scroll on ${page.url()} at ${page.viewportSize()?.width} px`).toBeLessThanOrEqual(0);
}

/**
 * The element's screenshot, taken again when the live page swapped the element for its next render in the
 * middle of the shot ("not attached to the DOM": the request page re-renders as its plan moves on; the
 * locator finds the new element on the next try).
 */
async function elementShot(target: Locator, path: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await target.screenshot({ path });
    } catch (err) {
      if (attempt >= 3 || !String(err).includes("not attached to the DOM")) throw err;
    }
  }
}

/** The element (or the whole page) at 1366 and 390 px, checked for sideways scroll at each. */
async function shoot(page: Page, name: string, target?: Locator, widths: readonly number[] = [1366, 390]) {
  for (const width of widths) {
    await page.setViewportSize({ width, height: 900 });
    await noSidewaysScroll(page);
    const path = `${dir}/${name}-${width}.png`;
    if (target) await elementShot(target, path);
    else await page.screenshot({ path, fullPage: true });
  }
  await page.setViewportSize({ width: 1366, height: 900 });
}

test("request page: each action of the menu open", async ({ page }) => {
  const dpo = await createStaff("dpo");
  const req = await createVerifiedRequest();
  await signIn(page, dpo);
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(`/staff/requests/${req.id}`);
  // Claim and start are one click each: the menu with the focus on Claim (the ring must show).
  await menu(page).getByRole("button", { name: "Claim (assign to me)" }).focus();
  await shoot(page, "menu-claim-focused", menu(page));
  await page.screenshot({ path: `${dir}/request-page-new-1366.png`, fullPage: true });
  for (const [name, slug] of [
    ["Assign to someone…", "assign"],
    ["Extend the deadline…", "extend-preview"],
    ["Refuse…", "refuse-preview"],
  ] as const) {
    await summary(page, name).click();
    await expect(menu(page).locator("details[open]")).toHaveCount(1);
    if (slug === "refuse-preview") {
      await page.getByLabel("Explanation for the subject").pressSequentially("We hold no account under this address.");
      await expect(page.getByTestId("refuse-preview")).toContainText("We hold no account under this address.");
    }
    await shoot(page, `menu-${slug}`, menu(page));
    await page.keyboard.press("Escape");
  }
  await summary(page, "Withdraw…").click();
  await page.getByRole("button", { name: "Withdraw on behalf of the subject" }).click();
  await expect(page.getByRole("alertdialog", { name: "Confirm" })).toBeVisible();
  await shoot(page, "menu-withdraw-confirm", menu(page));
  await page.getByRole("button", { name: "Cancel" }).click();
  await page.keyboard.press("Escape");

  await menu(page).getByRole("button", { name: "Claim (assign to me)" }).click();
  await expect(page.getByTestId("assignee-line")).toHaveText(`Assignee: ${dpo.name}`);
  await shoot(page, "menu-after-claim", menu(page));
  await menu(page).getByRole("button", { name: "Start work" }).click();
  await expect(page.locator("h1 .status")).toHaveText("In progress");
  await shoot(page, "menu-after-start", menu(page));
  await expect(page.getByTestId("fulfilment-panel").locator("table.per-system").first()).toBeVisible({
    timeout: 60_000,
  });
  await shoot(page, "fulfilment-panel-started", page.getByTestId("fulfilment-panel"));
  await shoot(page, "request-page-started");
  await expectNoAxeViolations(page);
});

test("request page: approve erasure (DPO) and complete", async ({ page }) => {
  const customer = await freshShopCustomer(1);
  const id = await verifiedRequest({ type: "erasure", email: customer.email });
  const dpo = await createStaff("dpo");
  await signIn(page, dpo);
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(`/staff/requests/${id}`);
  await page.getByRole("button", { name: "Start work" }).click();
  const plan = page.getByTestId("erasure-plan");
  await expect(plan).toBeVisible({ timeout: 90_000 });
  await shoot(page, "erasure-plan", plan);
  await plan.getByRole("button", { name: "Approve erasure" }).click();
  await expect(page.getByRole("alertdialog", { name: "Confirm" })).toContainText("cannot be undone");
  await shoot(page, "approve-erasure-confirm", plan);
  await page.getByRole("button", { name: "Yes, approve erasure" }).click();
  await expect(page.getByTestId("page-announcer")).toHaveText("Erasure approved; the systems erase now.");
  await expect(page.locator("h1 .status")).toHaveText("Completed", { timeout: 90_000 });
  await shoot(page, "request-page-erasure-completed");

  // Complete by hand: a request in review with no plan (as one answered outside the systems), put there directly.
  const manual = await createVerifiedRequest();
  await db().update(requests).set({ status: "in_review" }).where(eq(requests.id, manual.id));
  await page.goto(`/staff/requests/${manual.id}`);
  await summary(page, "Complete…").click();
  await expect(menu(page).locator("details[open]")).toHaveCount(1);
  await shoot(page, "menu-complete", menu(page));
  await expectNoAxeViolations(page);
});

test("queue at 1366, 768 and 390 px, English and French", async ({ page }) => {
  const agent = await createStaff("agent");
  await createVerifiedRequest();
  await signIn(page, agent);
  await page.goto("/staff/requests");
  await shoot(page, "queue-en", undefined, [1366, 768, 390]);
  await page.getByRole("button", { name: "FR", exact: true }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await shoot(page, "queue-fr", undefined, [1366, 768, 390]);
});

test("audit page: sentences, a details disclosure open, filters set", async ({ page }) => {
  const dpo = await createStaff("dpo");
  const agent = await createStaff("agent");
  const req = await createVerifiedRequest({ assignTo: agent });
  await signIn(page, dpo);
  await page.goto("/staff/audit");
  await shoot(page, "audit-all");
  await page.getByLabel("Request reference").fill(req.reference);
  await page.getByLabel("What happened").selectOption({ label: "Assigned" });
  await page.getByRole("button", { name: "Filter" }).click();
  const entries = page.getByRole("list", { name: "Audit entries" }).getByRole("listitem");
  await expect(entries).toHaveCount(1);
  await entries.first().locator("summary", { hasText: "Details" }).click();
  await shoot(page, "audit-filtered-details");
});

test("portal: 404 in French and English, home on a phone", async ({ page }) => {
  for (const locale of ["fr", "en"] as const) {
    const res = await page.goto(`/${locale}/no-such-page`);
    expect(res?.status()).toBe(404);
    await shoot(page, `portal-404-${locale}`);
  }
  for (const locale of ["fr", "en"] as const) {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/${locale}`);
    await noSidewaysScroll(page);
    await page.screenshot({ path: `${dir}/portal-home-${locale}-390.png`, fullPage: true });
  }
});
