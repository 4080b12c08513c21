import { and, eq } from "drizzle-orm";
import { expect, test } from "./fixtures/test";
import { db } from "@/lib/db/client";
import { auditLog, drpAgents, staffUsers } from "@/lib/db/schema";
import { registerDrpAgent } from "@/lib/integrations/drp/agents";
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

test("a request filed by a DRP agent shows the agent, the status it sees and its callbacks on the workspace", async ({
  page,
  baseURL,
}) => {
  const admin = await createStaff("admin");
  const agent = drpTestAgent(`E2E_WS_${Date.now()}`);
  await registerDrpAgent(
    { id: agent.id, name: "Workspace Agent", verifyKey: agent.verifyKey, technicalContact: "t@agent.example" },
    admin,
  );
  const business = process.env.DRP_BUSINESS_ID ?? "DSR_DESK_TEST";
  const paired = await fetch(`${baseURL}/api/drp/v1/agent/${agent.id}`, {
    method: "POST",
    headers: { "content-type": "text/plain" },
    body: agent.sign(agent.envelope(business)),
  });
  expect(paired.status).toBe(200);
  const { token } = (await paired.json()) as { token: string };
  const filed = await fetch(`${baseURL}/api/drp/v1/data-rights-request`, {
    method: "POST",
    headers: { "content-type": "text/plain", authorization: `Bearer ${token}` },
    body: agent.sign({
      ...agent.envelope(business),
      "agent-request-id": "e2e-1",
      exercise: "access",
      regime: "ccpa",
      name: "Wendy Workspace",
      email: `wendy.${Date.now()}@example.net`,
      status_callback: "https://agent.example/drp/status",
    }),
  });
  expect(filed.status).toBe(200);
  const { request_id: requestId } = (await filed.json()) as { request_id: string };
  await signIn(page, admin);
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(`/staff/requests/${requestId}`);
  const panel = page.getByTestId("drp-panel");
  await expect(panel).toContainText("Workspace Agent");
  await expect(panel).toContainText("e2e-1");
  await expect(page.getByTestId("drp-status")).toContainText("in_progress / need_user_verification");
  await expect(panel).toContainText("https://agent.example/drp/status");
  await panel.screenshot({ path: "e2e/artifacts/screenshots/workspace-drp-panel-1366.png" });
  await page.setViewportSize({ width: 390, height: 844 });
  await panel.screenshot({ path: "e2e/artifacts/screenshots/workspace-drp-panel-390.png" });
  await db().update(drpAgents).set({ enabled: false }).where(eq(drpAgents.id, agent.id));
});
