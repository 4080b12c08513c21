import { randomBytes } from "node:crypto";
import { test } from "./fixtures/test";
import { agentMessages } from "@/lib/i18n/messages/agent";
import { staffMessages } from "@/lib/i18n/staff";
import { db } from "@/lib/db/client";
import { findRequestAgent } from "@/lib/db/queries/request-agents";
import { requests, staffUsers } from "@/lib/db/schema";
import { eq } from "drizzle-orm";
import { expect, subjectEmail } from "./fixtures/portal-journey";
import { waitForMail } from "./fixtures/mailbox";
import { keepScreenshot } from "./fixtures/screenshot";
import { createStaff, signIn } from "./fixtures/staff";

test.describe.configure({ timeout: 180_000 });

const PDF = Buffer.concat([Buffer.from("%PDF-1.4\n"), randomBytes(4096), Buffer.from("\n%%EOF\n")]);

async function fileAsAgent(
  page: import("@playwright/test").Page,
  file: { name: string; mimeType: string; buffer: Buffer },
) {
  const t = agentMessages("en");
  await page.goto("/en/agent");
  await page.getByLabel(t.agentName).fill("Alex Agent");
  const agentEmail = subjectEmail("agent");
  await page.getByLabel(t.agentEmail).fill(agentEmail);
  await page.getByLabel(t.agentOrganisation).fill("Privacy Helpers LLC, reg. CA-1234");
  await page.getByLabel(t.consumerName).fill("Casey Consumer");
  await page.getByLabel(t.consumerEmail).fill(subjectEmail("consumer"));
  await page.getByLabel(t.type).selectOption("erasure");
  await page.getByLabel(t.permission).setInputFiles(file);
  return agentEmail;
}

for (const width of [1366, 390]) {
  test(`an agent files with a permission PDF and a DPO reviews it (${width} px)`, async ({
    page,
    request,
    browser,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    const t = agentMessages("en");

    // A file named .pdf whose content is HTML is refused, by content.
    await fileAsAgent(page, {
      name: "permission.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("<html>x</html>"),
    });
    await page.getByRole("button", { name: t.submit }).click();
    await expect(page.locator(".error-summary")).toContainText(t.errors.permission_type);
    await keepScreenshot(page, `portal-agent-error-${width}`);

    const agentEmail = await fileAsAgent(page, { name: "signed.pdf", mimeType: "application/pdf", buffer: PDF });
    await keepScreenshot(page, `portal-agent-form-${width}`);
    await page.getByRole("button", { name: t.submit }).click();
    await expect(page.getByRole("heading", { level: 1, name: t.doneTitle })).toBeVisible();
    const reference = (await page.getByTestId("reference").textContent())!.trim();
    await keepScreenshot(page, `portal-agent-done-${width}`);
    expect((await waitForMail(request, agentEmail, /received for the consumer/)).text).toContain(reference);

    const [row] = await db().select({ id: requests.id }).from(requests).where(eq(requests.reference, reference));
    const dpo = await createStaff("dpo");
    const staffPage = await browser.newPage({ viewport: { width, height: 900 } });
    await signIn(staffPage, dpo);
    await staffPage.goto(`/staff/requests/${row!.id}`);
    const s = staffMessages("en").agentPanel;
    const panel = staffPage.getByTestId("agent-panel");
    await expect(panel).toContainText("Alex Agent");
    await expect(panel.getByTestId("agent-permission-status")).toHaveText(s.statuses.pending);
    await expect(panel.getByText(s.permission.signed_permission, { exact: true })).toBeVisible();
    // The acknowledgement went to the agent, the verification mail to the consumer: each row names its own.
    const roles = staffMessages("en").mails.roles;
    const mails = staffPage.getByTestId("mails-panel");
    const agentRow = mails.locator(`[data-mail-key="agent-received-${row!.id}"]`);
    await expect(agentRow).toContainText(roles.agent);
    await expect(agentRow).not.toContainText(roles.subject);
    await expect(mails.getByTestId("mail-row").filter({ hasNotText: roles.agent }).first()).toContainText(
      roles.subject,
    );
    const download = staffPage.waitForEvent("download");
    await panel.getByRole("link", { name: /application\/pdf/ }).click();
    const file = await download;
    const { readFile } = await import("node:fs/promises");
    expect((await readFile((await file.path())!)).equals(PDF)).toBe(true);

    await panel.locator("#agent-reject-reason").fill("The permission is not signed by the consumer");
    await panel.getByRole("button", { name: s.reject.signed_permission }).click();
    await expect(panel.getByTestId("agent-permission-status")).toContainText(s.statuses.rejected);
    await staffPage.getByTestId("agent-panel").scrollIntoViewIfNeeded();
    await keepScreenshot(staffPage, `staff-agent-panel-${width}`);
    expect((await findRequestAgent(db(), { requestId: row!.id }))!.review).toMatchObject({
      status: "rejected",
      by: dpo.id,
    });
    expect((await waitForMail(request, agentEmail, /permission rejected/)).text).toContain(
      "not signed by the consumer",
    );
    await staffPage.close();
  });
}

test("an agent holding a power of attorney files; staff see it and cannot ask the consumer to verify directly (11 CCR § 7063(b))", async ({
  page,
  request,
  browser,
}) => {
  await page.setViewportSize({ width: 390, height: 900 });
  const t = agentMessages("en");
  const agentEmail = await fileAsAgent(page, { name: "poa.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByLabel(t.kinds.power_of_attorney).check();
  await keepScreenshot(page, "portal-agent-poa-390");
  await page.getByRole("button", { name: t.submit }).click();
  await expect(page.getByRole("heading", { level: 1, name: t.doneTitle })).toBeVisible();
  const reference = (await page.getByTestId("reference").textContent())!.trim();
  expect((await waitForMail(request, agentEmail, /received for the consumer/)).text).toContain("7063(b)");

  const [row] = await db().select({ id: requests.id }).from(requests).where(eq(requests.reference, reference));
  expect((await findRequestAgent(db(), { requestId: row!.id }))!.permission.kind).toBe("power_of_attorney");
  const caseworker = await createStaff("agent");
  const staffPage = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  await signIn(staffPage, caseworker);
  await staffPage.goto(`/staff/requests/${row!.id}`);
  const s = staffMessages("en").agentPanel;
  const panel = staffPage.getByTestId("agent-panel");
  await expect(panel.getByTestId("agent-permission-kind")).toHaveText(s.kinds.power_of_attorney);
  await expect(panel.getByTestId("agent-poa-note")).toHaveText(s.poaNote);
  // A power of attorney is named as one, not as a "signed permission" (11 CCR § 7063(b)).
  await expect(panel.getByText(s.permission.power_of_attorney, { exact: true }).first()).toBeVisible();
  await expect(panel).not.toContainText(s.permission.signed_permission);
  const agentRow = staffPage.getByTestId("mails-panel").locator(`[data-mail-key="agent-received-${row!.id}"]`);
  await expect(agentRow).toContainText(staffMessages("en").mails.roles.agent);
  await expect(panel.getByRole("button", { name: s.askConsumer })).toHaveCount(0);
  // A caseworker may approve; rejecting is a DPO's or an administrator's act, so it is not offered to one.
  await expect(panel.getByRole("button", { name: s.reject.power_of_attorney })).toHaveCount(0);
  await panel.scrollIntoViewIfNeeded();
  await keepScreenshot(staffPage, "staff-agent-poa-1366");
  await panel.locator("#agent-approve-reason").fill("Notarised power of attorney, dated and signed");
  await panel.getByRole("button", { name: s.approve.power_of_attorney }).click();
  await expect(panel.getByTestId("agent-permission-status")).toContainText(s.statuses.approved);
  await expect(
    staffPage.getByTestId("mails-panel").locator(`[data-mail-key="agent-approved-${row!.id}"]`),
  ).toContainText(staffMessages("en").mails.roles.agent);

  // The same in French, for a French-speaking member: the recipient and the document named in French.
  await db().update(staffUsers).set({ locale: "fr" }).where(eq(staffUsers.id, caseworker.id));
  await staffPage.reload();
  const fr = staffMessages("fr");
  await expect(panel.getByText(fr.agentPanel.permission.power_of_attorney, { exact: true }).first()).toBeVisible();
  await expect(panel).not.toContainText(fr.agentPanel.permission.signed_permission);
  await expect(agentRow).toContainText(fr.mails.roles.agent);
  await expect(agentRow).not.toContainText(fr.mails.roles.subject);
  await agentRow.scrollIntoViewIfNeeded();
  await keepScreenshot(staffPage, "staff-agent-mails-fr-1366");
  await staffPage.close();
});
