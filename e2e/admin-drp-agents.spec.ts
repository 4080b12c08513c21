import { and, eq } from "drizzle-orm";
import { expect, test } from "./fixtures/test";
import { db } from "@/lib/db/client";
import { auditLog, drpAgents, staffUsers } from "@/lib/db/schema";
import { drpTestAgent } from "@/scripts/test-support/drp-agent";
import { keepScreenshot } from "./fixtures/screenshot";
import { createStaff, signIn } from "./fixtures/staff";

test("an admin registers a DRP agent, a bad key is refused on its field, and disabling it is audited", async ({
  page,
}) => {
  const admin = await createStaff("admin");
  await signIn(page, admin);
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.getByRole("navigation", { name: "Back-office" }).getByRole("link", { name: "DRP agents" }).click();
  await expect(page.getByRole("heading", { name: "DRP agents", exact: true })).toBeVisible();
  const agent = drpTestAgent(`E2E_AGENT_${Date.now()}`);
  const form = page.getByRole("form", { name: "Register an agent" });
  await form.getByLabel("Agent id").fill(agent.id);
  await form.getByLabel("Name").fill("E2E Consumer Agent");
  await form.getByLabel("Verify key").fill("bm90IGEga2V5");
  await form.getByLabel("Technical contact").fill("tech@agent.example");
  await form.getByRole("button", { name: "Register agent" }).click();
  await expect(form).toContainText("must be the base64 of a 32-byte Ed25519 public key");
  await form.getByLabel("Verify key").fill(agent.verifyKey);
  await form.getByRole("button", { name: "Register agent" }).click();
  const row = page.locator(`tr[data-agent-id="${agent.id}"]`);
  await expect(row).toContainText("enabled");
  await keepScreenshot(page, "admin-drp-agents-1366");

  await row.getByRole("button", { name: "Disable" }).click();
  await row.getByRole("button", { name: /^Yes/ }).click();
  await expect(row).toContainText("disabled");
  const [stored] = await db().select().from(drpAgents).where(eq(drpAgents.id, agent.id));
  expect(stored).toMatchObject({ enabled: false, verifyKey: agent.verifyKey, createdBy: admin.id });
  const audited = await db()
    .select({ action: auditLog.action })
    .from(auditLog)
    .where(and(eq(auditLog.actorId, admin.id)));
  expect(audited.map((a) => a.action)).toEqual(expect.arrayContaining(["drp.agent_registered", "drp.agent_disabled"]));
  await row.getByRole("button", { name: "Enable" }).click();
  await expect(row).toContainText("enabled");
});

test("the DRP agents page speaks French, fits a phone, and is refused to a DPO", async ({ page }) => {
  const admin = await createStaff("admin");
  await signIn(page, admin);
  await db().update(staffUsers).set({ locale: "fr" }).where(eq(staffUsers.id, admin.id));
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/staff/admin/drp-agents");
  await expect(page.getByRole("heading", { name: "Mandataires DRP", exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Enregistrer le mandataire" })).toBeVisible();
  await page.screenshot({ path: "e2e/artifacts/screenshots/admin-drp-agents-390-fr-top.png" });
  await page.context().clearCookies();
  await signIn(page, await createStaff("dpo"));
  await page.goto("/staff/admin/drp-agents");
  await expect(page).toHaveURL(/\/staff\/forbidden/);
});
