import { expect, test, type Page } from "@playwright/test";
import { keepScreenshot } from "./fixtures/screenshot";
import { waitForMail } from "./fixtures/mailbox";
import { createStaff, resetAddressThrottle, signIn } from "./fixtures/staff";

/** Issue 14, item 5: staff choose their own passwords; an admin can only send a one-time link. */
const PHONE = { width: 390, height: 844 };

async function signInWithPassword(page: Page, email: string, password: string) {
  await resetAddressThrottle();
  await page.goto("/staff/signin");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

async function fillPasswords(page: Page, values: { current?: string; next: string; again?: string }) {
  if (values.current !== undefined) await page.getByLabel("Current password").fill(values.current);
  await page.getByLabel("New password", { exact: true }).fill(values.next);
  await page.getByLabel("New password again").fill(values.again ?? values.next);
}

test("an invited user must replace the admin's password at first sign-in; a weak one is refused with the reason", async ({
  browser,
}) => {
  const admin = await createStaff("admin");
  const adminPage = await (await browser.newContext()).newPage();
  await signIn(adminPage, admin);
  await adminPage.goto("/staff/admin/users");
  const email = `invited.${Date.now().toString(36)}@e2e.test`;
  const invite = adminPage.getByRole("form", { name: "Create an account" });
  await invite.getByLabel("Name").fill("Iris Invited");
  await invite.getByLabel("Work e-mail").fill(email);
  await invite.getByRole("button", { name: "Create account" }).click();
  const notice = invite.getByRole("status");
  await expect(notice).toContainText("they must change it at first sign-in");
  const temporary = /: (\S+)$/.exec((await notice.textContent())!.trim())![1]!;

  const page = await (await browser.newContext()).newPage();
  await signInWithPassword(page, email, temporary);
  await expect(page).toHaveURL(/\/staff\/password$/);
  await expect(page.getByRole("heading", { name: "Choose your own password" })).toBeVisible();
  // Nothing else opens until it is done.
  await page.goto("/staff/requests");
  await expect(page).toHaveURL(/\/staff\/password$/);

  await fillPasswords(page, { current: temporary, next: "password1234" });
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.locator(".alert")).toHaveText("Choose a stronger password: see the reason under the field.");
  await expect(page.locator("#newPassword-error")).toHaveText(
    /^New password is too easy to guess\. This is similar to a commonly used password/,
  );
  await expect(page.getByLabel("New password", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await keepScreenshot(page, "staff-password-weak-desktop");
  await page.setViewportSize(PHONE);
  await keepScreenshot(page, "staff-password-weak-phone");

  const chosen = `amber ${Date.now().toString(36)} orchard compass`;
  await fillPasswords(page, { current: temporary, next: chosen });
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page).toHaveURL(/\/staff\/signin\?notice=password_changed/);
  await expect(page.getByRole("status")).toContainText("Your password was changed");
  await signInWithPassword(page, email, chosen);
  await expect(page.getByRole("heading", { name: "Requests", exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText("Iris Invited · agent")).toBeVisible();
});

test("an admin's reset mails a link that sets a new password once; the second use is refused", async ({
  browser,
  request,
}) => {
  const admin = await createStaff("admin");
  const agent = await createStaff("agent", { name: "Rosa Reset" });
  const agentPage = await (await browser.newContext()).newPage();
  await signIn(agentPage, agent);

  const adminPage = await (await browser.newContext()).newPage();
  await signIn(adminPage, admin);
  await adminPage.goto(`/staff/admin/users?q=${encodeURIComponent(agent.email)}`);
  const row = adminPage.locator(`tr[data-email="${agent.email}"]`);
  await row.getByRole("button", { name: "Reset password" }).click();
  await row.getByRole("button", { name: "Yes, reset password" }).click();
  await expect(row.getByRole("status")).toContainText(`A one-time link (24 h) was mailed to ${agent.email}`);

  // The agent's open session has ended, and the old password no longer works.
  await agentPage.goto("/staff/requests");
  await expect(agentPage).toHaveURL(/\/staff\/signin/);

  const mail = await waitForMail(request, agent.email, /Set a new password/);
  const link = /(https?:\/\/\S+\/staff\/reset-password\/[\w-]+)/.exec(mail.text)![1]!;
  const path = new URL(link).pathname;
  const page = await (await browser.newContext()).newPage();
  await page.goto(path);
  await expect(page.getByRole("heading", { name: "Set a new password" })).toBeVisible();
  await expect(page.getByText(`For Rosa Reset (${agent.email})`)).toBeVisible();
  await keepScreenshot(page, "staff-password-reset-desktop");
  await page.setViewportSize(PHONE);
  await keepScreenshot(page, "staff-password-reset-phone");

  await fillPasswords(page, { next: "rosa reset 2024" });
  await page.getByRole("button", { name: "Set password" }).click();
  await expect(page.locator("#newPassword-error")).toHaveText(
    "New password must not contain your name or e-mail address",
  );
  const chosen = `cobalt ${Date.now().toString(36)} meadow kettle`;
  await fillPasswords(page, { next: chosen, again: `${chosen}!` });
  await page.getByRole("button", { name: "Set password" }).click();
  await expect(page.locator("#confirmPassword-error")).toHaveText("New password again does not match the new password");
  await fillPasswords(page, { next: chosen });
  await page.getByRole("button", { name: "Set password" }).click();
  await expect(page).toHaveURL(/\/staff\/signin\?notice=password_set/);

  await signInWithPassword(page, agent.email, agent.password);
  await expect(page.locator(".alert")).toContainText("Sign-in failed");
  await signInWithPassword(page, agent.email, chosen);
  await expect(page.getByRole("heading", { name: "Requests", exact: true })).toBeVisible({ timeout: 30_000 });

  // The link works once.
  const again = await (await browser.newContext({ viewport: PHONE })).newPage();
  await again.goto(path);
  await expect(again.locator(".alert")).toContainText("This link has expired or was already used");
  await keepScreenshot(again, "staff-password-reset-used-phone");
  await again.setViewportSize({ width: 1280, height: 800 });
  await keepScreenshot(again, "staff-password-reset-used-desktop");
});
