import { expect, test } from "./fixtures/test";
import { and, eq, sql } from "drizzle-orm";
import { createStaff } from "./fixtures/staff";
import { waitForMail } from "./fixtures/mailbox";
import { db } from "@/lib/db/client";
import { auditLog } from "@/lib/db/schema";
import { freshShopCustomer, verifiedRequest } from "@/scripts/test-support/fulfilment";
import { expectStatus, openWorkspace, panel, shoot, shop, signedInPage } from "./fixtures/fulfilment-workspace";

// Each test drives the real workers through a whole plan; a cold dev server compiles on the way.
test.describe.configure({ timeout: 180_000 });

test("access: the agent starts, watches the steps, leaves one order out with a reason, approves; the subject is mailed", async ({
  page,
  request,
  browser,
}) => {
  const customer = await freshShopCustomer(3);
  const orders = await shop("select id from shop.orders where customer_id = $1", [customer.id]);
  const id = await verifiedRequest({ type: "access", email: customer.email });
  const agent = await createStaff("agent");
  await openWorkspace(page, agent, id);
  await expect(panel(page)).toContainText("Fulfilment starts when someone starts work");

  await page.getByRole("button", { name: "Start work" }).click();
  // No reload from here on: the panel follows the steps by itself. The plan is written by a job just
  // after the start, so the panel shows it being planned or already running.
  await expect(panel(page)).toContainText(/Planning the fulfilment steps|Step [12] of 4/);
  await expect(panel(page).locator('[data-operation="collect"]')).toContainText("Collect data");
  await shoot(page, "fulfilment-access-running");

  const gate = panel(page).getByTestId("gate-review-package");
  await expect(gate).toBeVisible({ timeout: 60_000 });
  await expect(panel(page).getByTestId("fulfilment-progress")).toHaveText("Step 3 of 4: Review package");
  await expect(panel(page).getByTestId("fulfilment-live")).toHaveCount(0);
  await expect(panel(page).locator('[data-operation="collect"]')).toContainText(`shop.orders ${orders.length}`);
  await expect(gate.getByRole("row", { name: `shop.orders ${orders.length}` })).toBeVisible();
  await expectStatus(page, "In review");
  await shoot(page, "fulfilment-access-review");

  // A manager sees the steps and the counts, not the records, and decides nothing.
  const manager = await signedInPage(browser, await createStaff("manager"), id);
  const managerGate = panel(manager).getByTestId("gate-review-package");
  await expect(managerGate.getByRole("row", { name: `shop.orders ${orders.length}` })).toBeVisible();
  await expect(managerGate).toContainText("Waiting for an agent or the DPO");
  await expect(panel(manager).getByRole("button")).toHaveCount(0);
  await expect(panel(manager)).not.toContainText(customer.email);
  await shoot(manager, "fulfilment-access-review-manager");
  await manager.context().close();

  // Opening the records is an audited view of the subject's data.
  await gate.getByRole("button", { name: "Show the records to review" }).click();
  const preview = gate.getByTestId("package-preview");
  await expect(preview.getByRole("table", { name: "Records of shop.customers" })).toContainText(customer.email);
  const orderTable = preview.getByRole("table", { name: "Records of shop.orders" });
  await expect(orderTable.locator("tbody tr")).toHaveCount(orders.length);
  await gate.getByRole("checkbox", { name: "Leave out record 1 of shop.orders" }).check();
  await gate.getByLabel("Why record 1 of shop.orders is left out").fill("Gift order paid by another person");
  await shoot(page, "fulfilment-access-exclude");
  await gate.getByRole("button", { name: "Approve without 1 record" }).click();

  await expectStatus(page, "Completed");
  await expect(panel(page).getByTestId("fulfilment-progress")).toHaveText("All 4 steps finished");
  await expect(panel(page).locator('[data-operation="review_package"]')).toContainText(
    `Approved by ${agent.name}, 1 record left out`,
  );
  await shoot(page, "fulfilment-access-done");

  const mail = await waitForMail(request, customer.email, /complete/i);
  expect(mail.text).toMatch(/1/);
  const views = await db()
    .select()
    .from(auditLog)
    .where(
      and(
        eq(auditLog.requestId, id),
        eq(auditLog.action, "request.subject_viewed"),
        sql`${auditLog.payload}->>'part' = 'package_preview'`,
      ),
    );
  expect(views).toHaveLength(1);
  expect(views[0]!.actorId).toBe(agent.id);
});

test("erasure: the agent sees the plan and cannot approve it; the DPO approves after confirming; invoices are kept without the person", async ({
  page,
  browser,
}) => {
  const customer = await freshShopCustomer(2);
  const orderCount = (await shop("select count(*)::int as n from shop.orders where customer_id = $1", [customer.id]))[0]
    .n as number;
  const id = await verifiedRequest({ type: "erasure", email: customer.email });
  const agent = await createStaff("agent");
  await openWorkspace(page, agent, id);
  await page.getByRole("button", { name: "Start work" }).click();

  const plan = panel(page).getByTestId("erasure-plan");
  await expect(plan).toBeVisible({ timeout: 60_000 });
  const orders = plan.locator('tr[data-table="shop.orders"]');
  await expect(orders).toContainText("Keep (exemption)");
  await expect(orders).toContainText("Art. 17(3)(b)");
  await expect(plan.locator('tr[data-table="shop.customers"]')).toContainText("Anonymise");
  await expect(plan.getByTestId("erasure-awaiting-dpo")).toBeVisible();
  await expect(page.getByRole("button", { name: /Approve erasure/ })).toHaveCount(0);
  await expect(panel(page).getByTestId("fulfilment-progress")).toHaveText("Step 2 of 5: DPO approval");
  // The step names who can approve, not the request's agent (who cannot).
  await expect(panel(page).locator('[data-operation="approve_erasure"]')).toContainText(
    "a DPO or an administrator approves",
  );
  await expect(panel(page).locator('[data-operation="approve_erasure"]')).not.toContainText(
    `assigned to ${agent.name}`,
  );
  await shoot(page, "fulfilment-erasure-agent");

  const dpo = await createStaff("dpo");
  const dpoPage = await signedInPage(browser, dpo, id);
  const dpoPlan = panel(dpoPage).getByTestId("erasure-plan");
  // Closing by hand can only fail while the plan waits for this approval: it is not offered.
  await expect(dpoPage.locator("summary", { hasText: "Complete…" })).toHaveCount(0);
  await dpoPlan.getByRole("textbox", { name: "Note for the record (optional)" }).fill("Checked with accounting");
  await dpoPlan.getByRole("button", { name: "Approve erasure" }).click();
  await expect(dpoPage.getByRole("alertdialog", { name: "Confirm" })).toContainText("cannot be undone");
  await shoot(dpoPage, "fulfilment-erasure-confirm");
  // Nothing happened before the confirmation.
  expect((await shop("select email from shop.customers where id = $1", [customer.id]))[0].email).toBe(customer.email);
  await dpoPage.getByRole("button", { name: "Yes, approve erasure" }).click();
  await expect(dpoPage.getByTestId("page-announcer")).toHaveText("Erasure approved; the systems erase now.");

  await expectStatus(dpoPage, "Completed");
  await expect(panel(dpoPage).getByTestId("fulfilment-progress")).toHaveText("All 5 steps finished");
  await expect(panel(dpoPage).locator('[data-operation="erase"]')).toContainText("nothing erasable left");
  await expect(dpoPlan).toContainText(`Approved by ${dpo.name}`);
  await shoot(dpoPage, "fulfilment-erasure-done");
  // The timeline names each step and the system it ran in.
  await expect(dpoPage.locator(".timeline")).toContainText("Fulfilment step started — DPO approval");
  await expect(dpoPage.locator(".timeline")).toContainText(/Step done — Erase in /);
  const [row] = await shop("select email from shop.customers where id = $1", [customer.id]);
  expect(row.email).toMatch(/^erased-/);
  expect((await shop("select count(*)::int as n from shop.orders where customer_id = $1", [customer.id]))[0].n).toBe(
    orderCount,
  );
  await dpoPage.context().close();
});

test("rectification: staff see the proposal beside the current value, amend it, approve; the shop holds the amended value", async ({
  page,
}) => {
  const customer = await freshShopCustomer(1);
  const proposed = "+33 6 12 34 56 78";
  const amended = "+33 6 12 34 56 79";
  const id = await verifiedRequest({
    type: "rectification",
    email: customer.email,
    rectification: [{ field: "Phone number", currentValue: customer.phone ?? "", newValue: proposed }],
  });
  const agent = await createStaff("agent");
  await openWorkspace(page, agent, id);
  await page.getByRole("button", { name: "Start work" }).click();

  const gate = panel(page).getByTestId("gate-approve-changes");
  await expect(gate).toBeVisible({ timeout: 60_000 });
  const current = gate.getByRole("table", { name: "Current values in each system" });
  await expect(current.getByRole("row").filter({ hasText: "shop.customers.phone" })).toContainText(
    customer.phone ?? "(empty)",
  );
  const row = gate.getByTestId("change-row").first();
  await expect(row).toContainText("Phone number");
  await expect(row).toContainText(proposed);
  const target = gate.getByLabel("Field to correct for Phone number");
  expect(await target.locator("option:checked").textContent()).toContain("shop.customers.phone");
  const value = gate.getByLabel("New value for Phone number");
  await expect(value).toHaveValue(proposed);
  await value.fill(amended);
  // A reason typed on a row that is applied meant "decline it": refused, nothing applied (it went through before).
  const reason = gate.getByLabel(/If not applied: why/).first();
  await reason.fill("We cannot check this number");
  await gate.getByRole("button", { name: "Approve changes" }).click();
  await expect(gate.getByRole("alert").filter({ hasText: /\S/ })).toContainText(
    'Reason: is only for a correction not applied: choose "Not applied" to decline it',
  );
  expect((await shop("select phone from shop.customers where id = $1", [customer.id]))[0].phone).toBe(customer.phone);
  await reason.fill("");
  await shoot(page, "fulfilment-rectification-review");
  await gate.getByRole("button", { name: "Approve changes" }).click();

  await expectStatus(page, "Completed");
  await expect(panel(page).locator('[data-operation="rectify"]')).toContainText("Changed shop.customers.phone 1");
  await shoot(page, "fulfilment-rectification-done");
  expect((await shop("select phone from shop.customers where id = $1", [customer.id]))[0].phone).toBe(amended);
});
