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

test("a request filed by a DRP agent shows the agent, the status it sees, its callbacks and what it sent, in the member's language", async ({
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
      relationships: ["customer", "newsletter subscriber"],
      name: "Wendy Workspace",
      email: `wendy.${Date.now()}@example.net`,
      email_verified: true,
      phone_number: "+1 510 555 0199",
      phone_number_verified: true,
      address: { street_address: "1 Broadway", locality: "Oakland", region: "CA", postal_code: "94607", country: "US" },
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
  // What the agent sent: data in the member's words, not a sentence in the person's details.
  const claims = page.getByTestId("drp-claims");
  await expect(claims).toContainText("Phone+1 510 555 0199");
  await expect(claims).toContainText("Address1 Broadway, Oakland, CA, 94607, US");
  await expect(claims).toContainText("Verified by the agente-mail, phone");
  await expect(page.getByTestId("subject-details")).not.toContainText("Data Rights Protocol");
  await panel.screenshot({ path: "e2e/artifacts/screenshots/workspace-drp-panel-1366.png" });

  await db().update(staffUsers).set({ locale: "fr" }).where(eq(staffUsers.id, admin.id));
  await page.reload();
  await expect(panel.getByRole("heading", { name: "Ce que le mandataire a transmis" })).toBeVisible();
  await expect(claims).toContainText("Relation avec l'entreprisecustomer, newsletter subscriber");
  await expect(claims).toContainText("Téléphone+1 510 555 0199");
  await expect(claims).toContainText("Vérifié par le mandatairee-mail, téléphone");
  await expect(claims).toContainText("Loi invoquéeccpa");
  await panel.screenshot({ path: "e2e/artifacts/screenshots/workspace-drp-panel-fr-1366.png" });
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await panel.screenshot({ path: "e2e/artifacts/screenshots/workspace-drp-panel-fr-390.png" });

  // A manager sees the protocol's facts but not what was sent about the person.
  await page.context().clearCookies();
  await signIn(page, await createStaff("manager"));
  await page.goto(`/staff/requests/${requestId}`);
  await expect(panel).toContainText("Workspace Agent");
  await expect(panel).toContainText("shown to roles that see subject data");
  await expect(page.getByTestId("drp-claims")).toHaveCount(0);
  await expect(page.locator("body")).not.toContainText("555 0199");
  await db().update(drpAgents).set({ enabled: false }).where(eq(drpAgents.id, agent.id));
});
