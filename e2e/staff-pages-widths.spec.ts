import type { Page } from "@playwright/test";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { staffUsers } from "@/lib/db/schema";
import { expect, test } from "./fixtures/test";
import { expectNoAxeViolations } from "./fixtures/portal-journey";
import { createStaff, resetAddressThrottle, signIn, totpCode } from "./fixtures/staff";
import { createVerifiedRequest } from "./fixtures/staff-requests";

test.describe.configure({ timeout: 180_000 });

const shots = "e2e/artifacts/screenshots";
const WIDTHS = [1366, 768, 390] as const;

/** The staff pages (issue 16, Deliver 3): French and English, three widths, axe at 1366 px. */
const PAGES = [
  ["queue", "/staff/requests"],
  ["dashboard", "/staff/dashboard"],
  ["reports", "/staff/reports"],
  ["audit", "/staff/audit"],
  ["restrictions", "/staff/restrictions"],
  ["appeals", "/staff/appeals"],
  // Rendered every mail (~60 react-email renders) on each visit and its preview is a sandboxed iframe, into
  // which axe cannot be injected; now the page renders the chosen mail only and axe leaves the iframe out.
  ["templates", "/staff/admin/templates"],
  ["reply-templates", "/staff/admin/reply-templates"],
  ["systems", "/staff/admin/systems"],
  ["users", "/staff/admin/users"],
  ["webhooks", "/staff/admin/webhooks"],
  ["api-keys", "/staff/admin/api-keys"],
  ["drp-agents", "/staff/admin/drp-agents"],
  ["notifications", "/staff/notifications"],
  ["password", "/staff/password"],
] as const;

/** The elements that stick out past the right edge (none when nothing scrolls sideways). */
async function sticking(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    const over = (el: Element) => el.getBoundingClientRect().right > width + 1;
    return [...document.querySelectorAll("body *")]
      .filter((el) => over(el) && ![...el.children].some(over))
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} (${Math.round(el.getBoundingClientRect().width)} px)`);
  });
}

// One test per page and language, so that a slow page has its own time budget.
for (const locale of ["fr", "en"] as const) {
  for (const [name, path] of [...PAGES, ["request", null] as const]) {
    test(`${name} (${locale}) fits 1366, 768 and 390 px without sideways scroll, axe-clean`, async ({ page }) => {
      const admin = await createStaff("admin");
      await signIn(page, admin);
      await db().update(staffUsers).set({ locale }).where(eq(staffUsers.id, admin.id));
      const target = path ?? `/staff/requests/${(await createVerifiedRequest({ assignTo: admin })).id}`;
      await page.setViewportSize({ width: 1366, height: 900 });
      await page.goto(target);
      await expect(page.locator("main h1").first()).toBeVisible();
      // The request page with an action of its menu open (its form and the mail preview it shows).
      if (path === null) {
        await page.locator('[role="group"][aria-label] details summary').first().click();
        await expect(page.locator('[role="group"][aria-label] details[open]')).toHaveCount(1);
      }
      await expectNoAxeViolations(page);
      const found: string[] = [];
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        // The whole page where it is of a readable length; on a page tens of thousands of pixels tall its viewport.
        const tall = await page.evaluate(() => document.documentElement.scrollHeight > 12_000);
        await page.screenshot({ path: `${shots}/review-${name}-${locale}-${width}.png`, fullPage: !tall });
        for (const s of await sticking(page)) found.push(`${width} px: ${s}`);
      }
      expect(found).toEqual([]);
    });
  }
}

/** The account's second factor: the enrolment step (QR code, recovery codes) and the code step, at 1366 px. */
test("the TOTP enrolment and code steps are axe-clean at 1366 px", async ({ page }) => {
  const admin = await createStaff("admin", { totp: false });
  await resetAddressThrottle();
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto("/staff/signin");
  await expectNoAxeViolations(page);
  await page.getByLabel("E-mail").fill(admin.email);
  await page.getByLabel("Password").fill(admin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Set up two-factor authentication" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${shots}/review-totp-enrolment-1366.png`, fullPage: true });
  const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
  await page.getByLabel("Authentication code").fill(totpCode(secret));
  await page.getByRole("button", { name: "Confirm and sign in" }).click();
  await expect(page.getByRole("heading", { name: "Requests", exact: true })).toBeVisible();
  // Signed out and in again: the code step.
  await page.context().clearCookies();
  await resetAddressThrottle();
  await page.goto("/staff/signin");
  await page.getByLabel("E-mail").fill(admin.email);
  await page.getByLabel("Password").fill(admin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByLabel("Authentication code")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${shots}/review-totp-code-1366.png`, fullPage: true });
});

/**
 * A browser draws its date and file controls in its own language ("mm/dd/yyyy", "No file chosen"), which no
 * markup can change: beside each, a French member reads in French what the control holds.
 */
test("a French member reads what a native date or file control holds in French", async ({ page }) => {
  const admin = await createStaff("admin");
  await signIn(page, admin);
  await db().update(staffUsers).set({ locale: "fr" }).where(eq(staffUsers.id, admin.id));
  await page.setViewportSize({ width: 1366, height: 900 });

  await page.goto("/staff/reports");
  const from = page.getByLabel("Du", { exact: true });
  await from.fill("2026-03-01");
  await expect(page.getByTestId("from-echo")).toHaveText("Date choisie : dimanche 1 mars 2026");
  await expect(from).toHaveAttribute("aria-describedby", "from-echo");
  await page.getByTestId("from-echo").screenshot({ path: `${shots}/native-date-echo-fr.png` });

  await page.goto("/staff/requests/import");
  const echo = page.getByTestId("import-file-echo");
  await expect(echo).toHaveText(/^Aucun fichier choisi pour l'instant/);
  await page.locator("#import-file").setInputFiles({
    name: "demandes.csv",
    mimeType: "text/csv",
    buffer: Buffer.alloc(2048, "a"),
  });
  await expect(echo).toHaveText("Choisi : demandes.csv (2 Ko)");
  await page.screenshot({ path: `${shots}/native-file-echo-fr-1366.png`, fullPage: true });
  await expectNoAxeViolations(page);
});
