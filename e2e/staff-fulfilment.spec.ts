import { expect, test, type Browser, type Page } from "@playwright/test";
import { and, eq, sql } from "drizzle-orm";
import { createStaff, signIn, type TestStaff } from "./fixtures/staff";
import { waitForMail } from "./fixtures/mailbox";
import { keepScreenshot } from "./fixtures/screenshot";
import { db, pool } from "@/lib/db/client";
import { auditLog, dataSystems, requestTasks } from "@/lib/db/schema";
import { planFulfilmentInTransaction } from "@/lib/fulfilment/engine/plan-fulfilment";
import { runTransition } from "@/lib/requests/transitions/run-transition";
import { freshShopCustomer, verifiedRequest } from "@/scripts/test-support/fulfilment";

// Each test drives the real workers through a whole plan; a cold dev server compiles on the way.
test.describe.configure({ timeout: 180_000 });

const shop = (text: string, params: unknown[]) =>
  pool()
    .query(text, params)
    .then((r) => r.rows);

const panel = (page: Page) => page.getByTestId("fulfilment-panel");

/** The whole page, and the panel alone at full size (easier to check its layout). */
async function shoot(page: Page, name: string) {
  await keepScreenshot(page, name);
  await panel(page).screenshot({ path: `e2e/artifacts/screenshots/${name}-panel.png` });
}

async function openWorkspace(page: Page, staff: TestStaff, requestId: string) {
  await signIn(page, staff);
  await page.goto(`/staff/requests/${requestId}`);
  await expect(panel(page)).toBeVisible();
}

async function signedInPage(browser: Browser, staff: TestStaff, requestId: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await openWorkspace(page, staff, requestId);
  return page;
}

/** The request's status as the page heading shows it (the panel refreshes the page by itself). */
const expectStatus = (page: Page, status: string, timeout = 60_000) =>
  expect(page.getByRole("heading", { level: 1 }).locator(".status")).toHaveText(status, { timeout });

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
  await shoot(page, "fulfilment-erasure-agent");

  const dpo = await createStaff("dpo");
  const dpoPage = await signedInPage(browser, dpo, id);
  const dpoPlan = panel(dpoPage).getByTestId("erasure-plan");
  await dpoPlan.getByRole("textbox", { name: "Note for the record (optional)" }).fill("Checked with accounting");
  await dpoPlan.getByRole("button", { name: "Approve erasure" }).click();
  await expect(dpoPage.getByRole("alertdialog", { name: "Confirm" })).toContainText("cannot be undone");
  await shoot(dpoPage, "fulfilment-erasure-confirm");
  // Nothing happened before the confirmation.
  expect((await shop("select email from shop.customers where id = $1", [customer.id]))[0].email).toBe(customer.email);
  await dpoPage.getByRole("button", { name: "Yes, approve erasure" }).click();

  await expectStatus(dpoPage, "Completed");
  await expect(panel(dpoPage).getByTestId("fulfilment-progress")).toHaveText("All 5 steps finished");
  await expect(panel(dpoPage).locator('[data-operation="erase"]')).toContainText("nothing erasable left");
  await expect(dpoPlan).toContainText(`Approved by ${dpo.name}`);
  await shoot(dpoPage, "fulfilment-erasure-done");
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
  await shoot(page, "fulfilment-rectification-review");
  await gate.getByRole("button", { name: "Approve changes" }).click();

  await expectStatus(page, "Completed");
  await expect(panel(page).locator('[data-operation="rectify"]')).toContainText("Changed shop.customers.phone 1");
  await shoot(page, "fulfilment-rectification-done");
  expect((await shop("select phone from shop.customers where id = $1", [customer.id]))[0].phone).toBe(amended);
});

test("a failed step shows its error and a retry that resumes only what failed", async ({ page }) => {
  const customer = await freshShopCustomer(1);
  const id = await verifiedRequest({ type: "access", email: customer.email });
  const agent = await createStaff("agent");
  const key = `e2e-broken-${Date.now()}`;
  let brokenId: string | undefined;
  try {
    // The broken system is planned for this request only: in the same transaction it is registered,
    // the request is started and planned against it (as the plan job would, which then finds the plan
    // written), and its dataset is made unknown — other requests started meanwhile leave a system whose
    // configuration does not load out of their plans, while this request's step fails on it.
    await db().transaction(async (tx) => {
      const [broken] = await tx
        .insert(dataSystems)
        .values({ key, name: "Broken CRM", kind: "postgres", enabled: true, config: { dataset: "demo-shop" } })
        .returning();
      brokenId = broken!.id;
      await runTransition(tx, {
        requestId: id,
        actor: { kind: "staff", id: agent.id, role: "agent" },
        action: { type: "start" },
      });
      await planFulfilmentInTransaction(tx, id);
      await tx
        .update(dataSystems)
        .set({ config: { dataset: "crm-e2e-unreachable" } })
        .where(eq(dataSystems.id, broken!.id));
    });
    await openWorkspace(page, agent, id);
    const brokenRow = panel(page).locator('tr[data-step="collect"]').filter({ hasText: "Broken CRM" });
    await expect(brokenRow).toBeVisible();
    // The job retries with backoff before the step is marked failed (about 20 s).
    await expect(brokenRow).toHaveAttribute("data-status", "failed", { timeout: 90_000 });
    const failure = panel(page).getByTestId("fulfilment-failed");
    await expect(failure).toContainText("unknown dataset crm-e2e-unreachable");
    await expect(brokenRow.getByTestId("step-error")).toContainText("unknown dataset");
    await expect(panel(page).locator('tr[data-step="collect"]').filter({ hasNotText: "Broken CRM" })).toHaveAttribute(
      "data-status",
      "succeeded",
    );
    await expect(panel(page).getByTestId("fulfilment-live")).toHaveCount(0);
    await shoot(page, "fulfilment-failed");
    const good = (
      await db()
        .select()
        .from(requestTasks)
        .where(and(eq(requestTasks.requestId, id), eq(requestTasks.operation, "collect")))
    ).find((t) => t.systemId !== brokenId)!;

    // Someone fixes the cause (here: disables the system), then retries from the workspace.
    await db().update(dataSystems).set({ enabled: false }).where(eq(dataSystems.id, brokenId!));
    await failure.getByRole("button", { name: "Retry failed steps" }).click();
    await expect(panel(page).getByTestId("gate-review-package")).toBeVisible({ timeout: 60_000 });
    await expect(brokenRow).toHaveAttribute("data-status", "skipped");
    await expect(panel(page).getByTestId("fulfilment-failed")).toHaveCount(0);
    await shoot(page, "fulfilment-retried");
    const [again] = await db().select().from(requestTasks).where(eq(requestTasks.id, good.id));
    expect(again!.attempts).toBe(good.attempts); // the step that had succeeded did not run again
  } finally {
    if (brokenId) {
      await db().delete(requestTasks).where(eq(requestTasks.systemId, brokenId));
      await db().delete(dataSystems).where(eq(dataSystems.id, brokenId));
    }
  }
});

test("restriction with a manual system: the task is completed with a note; the DPO lifts the restriction after confirming, the subject is told first", async ({
  page,
  request,
}) => {
  const customer = await freshShopCustomer(1);
  const id = await verifiedRequest({
    type: "restriction",
    email: customer.email,
    restrictionGround: "accuracy_contested",
  });
  // A system without an API that can only restrict: no other kind of plan picks it up meanwhile.
  const [archive] = await db()
    .insert(dataSystems)
    .values({
      key: `e2e-archive-${Date.now()}`,
      name: "Paper archive",
      kind: "manual",
      enabled: true,
      config: {
        instructions: "Put the red 'restricted' sticker on the customer's paper file.",
        dueInDays: 3,
        capabilities: { collect: false, erase: false, rectify: false, restrict: true, stopMarketing: false },
      },
    })
    .returning();
  try {
    const dpo = await createStaff("dpo");
    await openWorkspace(page, dpo, id);
    await page.getByRole("button", { name: "Start work" }).click();

    const task = panel(page).getByTestId("manual-task");
    await expect(task).toBeVisible({ timeout: 60_000 });
    await expect(task).toContainText("Paper archive");
    await expect(task).toContainText("red 'restricted' sticker");
    await expect(
      panel(page).locator('tr[data-step="restrict"]').filter({ hasNotText: "Paper archive" }),
    ).toHaveAttribute("data-status", "succeeded");
    await task.getByLabel(/Note: what you did/).fill("Sticker put on file 2019/114 in the archive room");
    await shoot(page, "fulfilment-manual-task");
    await task.getByRole("button", { name: "Done" }).click();

    await expectStatus(page, "Completed");
    await expect(panel(page).locator('tr[data-step="restrict"]').filter({ hasText: "Paper archive" })).toHaveAttribute(
      "data-status",
      "succeeded",
    );
    expect(
      (await shop("select restricted_at from shop.customers where id = $1", [customer.id]))[0].restricted_at,
    ).not.toBeNull();

    const lift = panel(page).getByTestId("lift-restriction");
    await lift
      .getByLabel("Why the restriction ends (mailed to the subject)")
      .fill("We checked your address with the carrier; it is accurate.");
    await lift.getByRole("button", { name: "Lift restriction" }).click();
    await expect(page.getByRole("alertdialog", { name: "Confirm" })).toContainText("mailed the reason first");
    await shoot(page, "fulfilment-lift-confirm");
    await page.getByRole("button", { name: "Yes, lift restriction" }).click();

    // The notice goes first; then every system lifts (the archive by hand again).
    const liftTask = panel(page).getByTestId("manual-task");
    await expect(liftTask).toContainText("lift restriction", { timeout: 60_000 });
    await expect(panel(page).locator('[data-operation="lift_notice"]')).toContainText("Notice to the subject queued");
    const notice = await waitForMail(request, customer.email, /lift|restriction/i);
    expect(notice.text).toContain("carrier");
    await liftTask.getByLabel(/Note: what you did/).fill("Sticker removed");
    await liftTask.getByRole("button", { name: "Done" }).click();
    await expect(panel(page).getByTestId("fulfilment-progress")).toHaveText("All 5 steps finished", {
      timeout: 60_000,
    });
    await shoot(page, "fulfilment-lifted");
    expect(
      (await shop("select restricted_at from shop.customers where id = $1", [customer.id]))[0].restricted_at,
    ).toBeNull();
  } finally {
    await db().delete(requestTasks).where(eq(requestTasks.systemId, archive!.id));
    await db().delete(dataSystems).where(eq(dataSystems.id, archive!.id));
  }
});
