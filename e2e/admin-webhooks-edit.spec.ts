import { randomBytes } from "node:crypto";
import { eq, like } from "drizzle-orm";
import { expect, test, type Page } from "./fixtures/test";
import { db } from "@/lib/db/client";
import { webhookEndpoints } from "@/lib/db/schema";
import { keepScreenshot } from "./fixtures/screenshot";
import { createStaff, signIn } from "./fixtures/staff";

async function bothWidths(page: Page, name: string) {
  await page.setViewportSize({ width: 1366, height: 900 });
  await keepScreenshot(page, `${name}-1366`);
  await page.setViewportSize({ width: 390, height: 844 });
  await keepScreenshot(page, `${name}-390`);
  await page.setViewportSize({ width: 1366, height: 900 });
}

test("webhooks: an admin edits an endpoint, rotates its secret, and deletes it after confirming", async ({ page }) => {
  const tag = randomBytes(3).toString("hex");
  const first = `https://crm-${tag}.example.com/hooks`;
  const edited = `https://crm-${tag}.example.com/hooks/v2`;
  const admin = await createStaff("admin");
  try {
    await signIn(page, admin);
    await page.goto("/staff/admin/webhooks");
    const create = page.getByRole("form", { name: "Add an endpoint" });
    await create.getByLabel("Endpoint URL (https://…)").fill(first);
    await create.getByLabel("Description").fill("CRM");
    await create.getByRole("button", { name: "Add endpoint" }).click();
    await expect(page.getByText(/signing secret is shown only now/)).toBeVisible();

    await page.locator(`tr[data-url="${first}"]`).getByRole("link", { name: /Edit/ }).click();
    const settings = page.getByRole("form", { name: "Settings" });
    await expect(settings.getByLabel("Endpoint URL (https://…)")).toHaveValue(first);
    // A metadata address is refused with the field named, and nothing changes.
    await settings.getByLabel("Endpoint URL (https://…)").fill("https://169.254.169.254/latest");
    await settings.getByRole("button", { name: "Save changes" }).click();
    await expect(settings.getByRole("alert")).toContainText("Address (URL):");
    await settings.getByLabel("Endpoint URL (https://…)").fill(edited);
    await settings.getByLabel("Description").fill("CRM v2");
    await settings.getByRole("checkbox", { name: /Request received/ }).uncheck();
    await settings.getByRole("checkbox", { name: /Include the subject/ }).check();
    await settings.getByRole("button", { name: "Save changes" }).click();
    await expect(settings.getByRole("status")).toHaveText("Saved.");
    await expect(page.getByRole("heading", { level: 1 })).toContainText(edited);
    const [row] = await db().select().from(webhookEndpoints).where(eq(webhookEndpoints.url, edited));
    expect(row).toMatchObject({ description: "CRM v2", includeSubject: true });
    expect(row!.events).not.toContain("request.received");

    const rotate = page.getByRole("form", { name: "Rotate the signing secret" });
    await rotate.getByRole("button", { name: "Rotate the signing secret" }).click();
    await rotate.getByRole("button", { name: /^Yes/ }).click();
    await expect(rotate.getByRole("status")).toContainText(/New signing secret.*whsec_/);
    await bothWidths(page, "webhooks-edit");

    // Delete from the endpoint's page: a confirmation first, then back to the list without it.
    await page.getByRole("button", { name: "Delete", exact: true }).click();
    await expect(page.getByRole("alertdialog")).toContainText("This cannot be undone.");
    await page.getByRole("button", { name: "Yes, delete" }).click();
    await expect(page).toHaveURL(/\/staff\/admin\/webhooks\?deleted=1$/);
    await expect(page.getByRole("status").first()).toHaveText("Endpoint deleted.");
    await expect(page.locator(`tr[data-url="${edited}"]`)).toHaveCount(0);
    await bothWidths(page, "webhooks-deleted");
    expect(await db().select().from(webhookEndpoints).where(eq(webhookEndpoints.url, edited))).toEqual([]);
  } finally {
    await db()
      .update(webhookEndpoints)
      .set({ enabled: false })
      .where(like(webhookEndpoints.url, `https://crm-${tag}.%`));
  }
});
