import { eq } from "drizzle-orm";
import { expect, test } from "./fixtures/test";
import { db } from "@/lib/db/client";
import { staffUsers } from "@/lib/db/schema";
import { keepScreenshot } from "./fixtures/screenshot";
import { createStaff, signIn } from "./fixtures/staff";

const listWith = (baseURL: string, secret: string) =>
  fetch(`${baseURL}/api/v1/requests?limit=1`, { headers: { authorization: `Bearer ${secret}` } });

test("an admin creates a key (secret shown once), it calls the API, and revoking it with confirmation stops it", async ({
  page,
  baseURL,
}) => {
  await signIn(page, await createStaff("admin"));
  await page.getByRole("navigation", { name: "Back-office" }).getByRole("link", { name: "API keys" }).click();
  await expect(page.getByRole("heading", { name: "API keys", exact: true })).toBeVisible();
  const name = `E2E CRM ${Date.now()}`;
  await page.getByLabel("Name").fill(name);
  await page
    .getByRole("checkbox", { name: /requests:read\b/ })
    .first()
    .check();
  await page.getByRole("button", { name: "Create key" }).click();
  const secret = (await page.getByTestId("new-key-secret").textContent())!.trim();
  expect(secret).toMatch(/^dsr_live_[A-Za-z0-9_-]{43}$/);
  await page.setViewportSize({ width: 1366, height: 900 });
  await keepScreenshot(page, "admin-api-keys-1366");
  expect((await listWith(baseURL!, secret)).status).toBe(200);

  await page.reload();
  await expect(page.getByTestId("new-key-secret")).toHaveCount(0);
  const row = page.locator(`tr[data-key-name="${name}"]`);
  await expect(row).toContainText(secret.slice(0, 15));
  await expect(row).not.toContainText(secret);
  await expect(row).toContainText("requests:read");
  await row.getByRole("button", { name: "Revoke" }).click();
  await row.getByRole("button", { name: "Yes, revoke" }).click();
  await expect(row).toContainText("revoked");
  const refused = await listWith(baseURL!, secret);
  expect(refused.status).toBe(401);
  expect(refused.headers.get("content-type")).toBe("application/problem+json");
});

test("the page speaks French, fits a phone, and is refused to a DPO", async ({ page }) => {
  const admin = await createStaff("admin");
  await signIn(page, admin);
  // The screens read the member's language from the database on every request.
  await db().update(staffUsers).set({ locale: "fr" }).where(eq(staffUsers.id, admin.id));
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/staff/admin/api-keys");
  await expect(page.getByRole("heading", { name: "Clés d'API", exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Créer la clé" })).toBeVisible();
  await keepScreenshot(page, "admin-api-keys-390-fr");
  // The full page grows with every key the suites created: the first screen and one key card as well.
  await page.screenshot({ path: "e2e/artifacts/screenshots/admin-api-keys-390-fr-top.png" });
  await page
    .locator("table.api-keys tbody tr")
    .first()
    .screenshot({ path: "e2e/artifacts/screenshots/admin-api-keys-390-fr-card.png" });
  await page.context().clearCookies();
  await signIn(page, await createStaff("dpo"));
  await page.goto("/staff/admin/api-keys");
  await expect(page).toHaveURL(/\/staff\/forbidden/);
});

test("the API reference lists every operation with its scope and examples", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto("/api/docs?lang=en");
  await expect(page.getByRole("heading", { name: "DSR desk API reference" })).toBeVisible();
  await expect(page.locator("#listRequests")).toContainText("requests:read");
  await expect(page.locator("#runTransition")).toContainText("requests:transition");
  await expect(page.locator("#problem-rate_limited")).toContainText("429");
  await keepScreenshot(page, "api-docs-1366");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/api/docs?lang=fr");
  await expect(page.getByRole("heading", { name: "Référence de l'API DSR desk" })).toBeVisible();
  await keepScreenshot(page, "api-docs-390-fr");
});
