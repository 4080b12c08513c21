import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "./fixtures/test";
import { and, desc, eq, sql, type SQL } from "drizzle-orm";
import { accountKey } from "@/lib/auth/sign-in-throttle";
import { db } from "@/lib/db/client";
import { updateStaffUser } from "@/lib/db/queries/staff-users";
import { auditLog } from "@/lib/db/schema";
import { keepScreenshot } from "./fixtures/screenshot";
import { createStaff } from "./fixtures/staff";

/**
 * Single sign-on through a real OpenID provider: `npm test` starts scripts/test-support/oidc-provider.ts
 * and gives the instance its OIDC_* variables (OIDC_SKIPS_TOTP left at its default, true). The
 * provider's development login form accepts any login as the e-mail it vouches for.
 */
test.beforeEach(async ({ request }) => {
  const providers = (await (await request.get("/api/auth/providers")).json()) as Record<string, { name: string }>;
  test.skip(!providers.oidc, "this instance has no OIDC_* configuration (npm test sets it)");
});

async function signInAtProvider(page: Page, login: string) {
  await page.goto("/staff/signin");
  await page.getByRole("button", { name: /^Continue with / }).click();
  // The identity provider's own page (another origin): its login form.
  await expect(page.locator('input[name="login"]')).toBeVisible();
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("anything: the provider vouches, the app never sees it");
  await page.locator('button[type="submit"]').click();
}

const auditFor = (action: string, where: SQL) =>
  db()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), where))
    .orderBy(desc(auditLog.seq))
    .limit(1);

test("an existing staff member signs in with SSO (e-mail matched case-insensitively) and lands in the back-office", async ({
  page,
}) => {
  // A DPO has TOTP enrolled: with OIDC_SKIPS_TOTP (default) the identity provider's MFA stands in for it.
  const dpo = await createStaff("dpo");
  await page.goto("/staff/signin");
  await expect(page.getByRole("button", { name: "Continue with Test IdP" })).toBeVisible();
  await keepScreenshot(page, "staff-signin-sso");

  await signInAtProvider(page, dpo.email.toUpperCase());
  await expect(page.getByRole("heading", { name: "Requests", exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(`${dpo.name} · dpo`)).toBeVisible();
  await keepScreenshot(page, "staff-sso-signed-in");

  const [entry] = await auditFor("staff.signed_in", sql`${auditLog.actorId} = ${dpo.id}`);
  expect(entry).toMatchObject({ actorType: "staff", payload: { method: "oidc" } });

  // Same session rules as a password sign-in: deactivation ends it at once.
  await updateStaffUser(db(), { id: dpo.id, set: { active: false }, endSessions: true });
  await page.goto("/staff/requests");
  await expect(page).toHaveURL(/\/staff\/signin/);
});

test("SSO never creates accounts: an unknown e-mail is refused on the sign-in page, and audited", async ({ page }) => {
  const stranger = `stranger.${randomBytes(4).toString("hex")}@e2e.test`;
  await signInAtProvider(page, stranger);
  await expect(page).toHaveURL(/\/staff\/signin\?error=sso_no_account/);
  await expect(page.locator(".alert")).toContainText("no active back-office account uses that e-mail address");
  await keepScreenshot(page, "staff-sso-refused");
  await page.goto("/staff/requests");
  await expect(page).toHaveURL(/\/staff\/signin/);

  const [entry] = await auditFor(
    "staff.sign_in_failed",
    sql`${auditLog.payload}->>'accountKey' = ${accountKey(stranger)}`,
  );
  expect(entry).toMatchObject({ actorType: "system", payload: { method: "oidc", reason: "sso_no_account" } });
});

test("a deactivated account and an unverified e-mail are refused", async ({ browser }) => {
  const agent = await createStaff("agent");
  await updateStaffUser(db(), { id: agent.id, set: { active: false }, endSessions: true });
  const page = await (await browser.newContext()).newPage();
  await signInAtProvider(page, agent.email);
  await expect(page).toHaveURL(/error=sso_no_account/);
  const [entry] = await auditFor("staff.sign_in_failed", sql`${auditLog.actorId} = ${agent.id}`);
  expect(entry).toMatchObject({ actorType: "staff", payload: { method: "oidc", reason: "sso_no_account" } });

  const manager = await createStaff("manager");
  const other = await (await browser.newContext()).newPage();
  await signInAtProvider(other, `unverified:${manager.email}`);
  await expect(other).toHaveURL(/error=sso_email_unverified/);
  await expect(other.locator(".alert")).toContainText("not verified");
});
