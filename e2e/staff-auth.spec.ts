import { expect, test } from "./fixtures/test";
import { generateSync } from "otplib";
import { keepScreenshot } from "./fixtures/screenshot";
import { createStaff, resetAddressThrottle, signIn, totpCode } from "./fixtures/staff";

test("a DPO signs in with password then a TOTP code; a wrong code is refused", async ({ page }) => {
  const dpo = await createStaff("dpo");
  await resetAddressThrottle();
  await page.goto("/staff/signin");
  await page.getByLabel("E-mail").fill(dpo.email);
  await page.getByLabel("Password").fill(dpo.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByLabel("Authentication code")).toBeVisible();
  await keepScreenshot(page, "staff-signin-totp");
  const right = totpCode(dpo.totpSecret!);
  await page.getByLabel("Authentication code").fill(right === "000000" ? "111111" : "000000");
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.locator(".alert")).toContainText("That code is not right");
  await page.getByLabel("Authentication code").fill(right);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByRole("heading", { name: "Requests", exact: true })).toBeVisible();
  await expect(page.getByText(`${dpo.name} · dpo`)).toBeVisible();
});

test("first sign-in of an admin enrols TOTP with a QR code and recovery codes", async ({ page }) => {
  const admin = await createStaff("admin", { totp: false });
  await resetAddressThrottle();
  await page.goto("/staff/signin");
  await page.getByLabel("E-mail").fill(admin.email);
  await page.getByLabel("Password").fill(admin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Set up two-factor authentication" })).toBeVisible();
  await expect(page.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
  await expect(page.getByTestId("recovery-codes").locator("li")).toHaveCount(10);
  await keepScreenshot(page, "staff-totp-enrolment");
  const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
  await page.getByLabel("Authentication code").fill(generateSync({ secret }));
  await page.getByRole("button", { name: "Confirm and sign in" }).click();
  await expect(page.getByRole("heading", { name: "Requests", exact: true })).toBeVisible();
});

test("repeated failures lock the account, even with the right password afterwards", async ({ page }) => {
  const agent = await createStaff("agent");
  await resetAddressThrottle();
  await page.goto("/staff/signin");
  await page.getByLabel("E-mail").fill(agent.email);
  for (let i = 0; i < 5; i += 1) {
    await page.getByLabel("Password").fill(`wrong-${i}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator(".alert")).toBeVisible();
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  }
  await page.getByLabel("Password").fill(agent.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator(".alert")).toContainText("Too many failed attempts");
  await keepScreenshot(page, "staff-signin-locked");
});

test("a deactivated user's session stops working at once", async ({ browser }) => {
  const admin = await createStaff("admin");
  const agent = await createStaff("agent");
  const agentPage = await (await browser.newContext()).newPage();
  await signIn(agentPage, agent);
  const adminPage = await (await browser.newContext()).newPage();
  await signIn(adminPage, admin);
  // The list is paged (newest first): the agent is found by a search for their e-mail.
  await adminPage.goto(`/staff/admin/users?q=${encodeURIComponent(agent.email)}`);
  const row = adminPage.locator(`tr[data-email="${agent.email}"]`);
  await row.getByRole("button", { name: "Deactivate" }).click();
  await row.getByRole("button", { name: "Yes, deactivate" }).click();
  await expect(row).toContainText("deactivated");
  await keepScreenshot(adminPage, "staff-admin-users");
  await agentPage.goto("/staff/requests");
  await expect(agentPage).toHaveURL(/\/staff\/signin/);
});
