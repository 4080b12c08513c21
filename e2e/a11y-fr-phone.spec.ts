import { eq } from "drizzle-orm";
import { test } from "./fixtures/test";
import { db } from "@/lib/db/client";
import { dataSystems, staffUsers } from "@/lib/db/schema";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, REQUEST_TYPES } from "./fixtures/portal-journey";
import { createVerifiedRequest } from "./fixtures/staff-requests";
import { keepScreenshot } from "./fixtures/screenshot";
import { createStaff, signIn } from "./fixtures/staff";

// Every staff page once, each compiled on its first visit.
test.describe.configure({ timeout: 1_200_000 });

const PHONE = { width: 390, height: 844 };

/** WCAG 2.1 A/AA and best-practice violations of the page as it is now, one line each (all pages reported at once). */
async function axeFindings(page: Page): Promise<string[]> {
  // A mail preview is a sandboxed iframe (no scripts): axe cannot be injected into it and waits on it. Its
  // content is the mail, not the page; the mails are checked by their own tests.
  await page.locator("iframe[sandbox]").evaluateAll((frames) => frames.forEach((f) => f.remove()));
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .analyze();
  const path = new URL(page.url()).pathname.replace(/[0-9a-f-]{36}/, ":id");
  const lines = results.violations.map(
    (v) => `${path} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
  );
  console.log(`axe ${path}: ${lines.length === 0 ? "clean" : lines.join("\n")}`);
  return lines;
}

const STAFF_PAGES = [
  "/staff",
  "/staff/requests",
  "/staff/requests/new",
  "/staff/requests/import",
  "/staff/dashboard",
  "/staff/notifications",
  "/staff/appeals",
  "/staff/restrictions",
  "/staff/reports",
  "/staff/audit",
  "/staff/admin/users",
  "/staff/admin/systems",
  "/staff/admin/templates",
  "/staff/admin/reply-templates",
  "/staff/admin/api-keys",
  "/staff/admin/webhooks",
  "/staff/admin/drp-agents",
  // (/staff/admin/queues is Bull Board's own English-only interface, served as it ships: not checked here.)
  "/staff/forbidden",
  "/staff/no-such-page",
];

test("axe finds nothing on every staff page, for a French admin at 390 px", async ({ page }) => {
  const admin = await createStaff("admin");
  await page.setViewportSize(PHONE);
  await page.goto("/staff/signin");
  const findings = await axeFindings(page);
  await signIn(page, admin);
  // Their choice of French, as the language switch saves it.
  await db().update(staffUsers).set({ locale: "fr" }).where(eq(staffUsers.id, admin.id));
  const request = await createVerifiedRequest({ type: "erasure", locale: "fr" });
  const [system] = await db().select({ id: dataSystems.id }).from(dataSystems).limit(1);
  const pages = [
    ...STAFF_PAGES,
    `/staff/requests/${request.id}`,
    ...(system ? [`/staff/admin/systems/${system.id}`] : []),
    "/staff/password",
  ];
  for (const path of pages) {
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    findings.push(...(await axeFindings(page)));
    // The viewport only: some pages (mail templates, audit) are tens of thousands of pixels tall.
    await page.screenshot({
      path: `e2e/artifacts/screenshots/a11y-fr-390${path.replace(/\/[0-9a-f-]{36}/, "/id").replaceAll("/", "-")}.png`,
    });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > PHONE.width) findings.push(`${path} is ${width} px wide at ${PHONE.width} px`);
  }
  expect(findings).toEqual([]);
});

test("axe finds nothing on the portal pages in French at 390 px", async ({ page }) => {
  await page.setViewportSize(PHONE);
  const findings: string[] = [];
  const pages = [
    "/fr",
    ...REQUEST_TYPES.map((type) => `/fr/request/${type}`),
    "/fr/agent",
    "/fr/agent?error=permission_type",
    "/fr/agent/done?ref=DSR-2026-000001",
    "/fr/opt-out",
    "/fr/lost-link",
    "/fr/status/unknown-token",
    "/fr/verify/code?request=00000000-0000-4000-8000-000000000000",
    "/fr/no-such-page",
  ];
  for (const path of pages) {
    await page.goto(path);
    findings.push(...(await axeFindings(page)));
    await keepScreenshot(page, `a11y-portal-fr-390${path.replace(/[?=&]/g, "-").replaceAll("/", "-")}`);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > PHONE.width) findings.push(`${path} is ${width} px wide at ${PHONE.width} px`);
  }
  expect(findings).toEqual([]);
});
