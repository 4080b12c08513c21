import { expect, test } from "./fixtures/test";
import { and, eq } from "drizzle-orm";
import { keepScreenshot } from "./fixtures/screenshot";
import { createStaff } from "./fixtures/staff";
import { waitForMail } from "./fixtures/mailbox";
import { db } from "@/lib/db/client";
import { dataSystems, requestTasks } from "@/lib/db/schema";
import { planFulfilmentInTransaction } from "@/lib/fulfilment/engine/plan-fulfilment";
import { recoverSteps } from "@/lib/fulfilment/engine/recover-steps";
import { findRequest } from "@/lib/db/queries/requests";
import { replyAsSubject } from "@/lib/requests/subject/reply-as-subject";
import { runTransition } from "@/lib/requests/transitions/run-transition";
import { giveStatusLink } from "@/scripts/test-support/status-link";
import { freshShopCustomer, verifiedRequest } from "@/scripts/test-support/fulfilment";
import { expectStatus, openWorkspace, panel, shoot, shop } from "./fixtures/fulfilment-workspace";

// Each test drives the real workers through a whole plan; a cold dev server compiles on the way.
test.describe.configure({ timeout: 180_000 });

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

test("restriction with a manual system: the task is completed with a note; the DPO lifts the restriction after confirming, the subject is told the date and the lift waits for it", async ({
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

    // The notice goes first and names the date; the lift waits out the notice period (Art. 18(3)).
    await expect(panel(page).getByTestId("lift-scheduled")).toBeVisible({ timeout: 60_000 });
    const notice = await waitForMail(request, customer.email, /lift|restriction/i);
    expect(notice.text).toContain("carrier");
    await expect
      .poll(async () => {
        await recoverSteps();
        const [t] = await db()
          .select()
          .from(requestTasks)
          .where(and(eq(requestTasks.requestId, id), eq(requestTasks.operation, "lift_notice")));
        return t?.notBefore ?? null;
      })
      .not.toBeNull();
    await page.reload();
    await expect(panel(page).getByTestId("lift-scheduled")).toContainText(
      /Lift scheduled for \d{2}\/\d{2}\/\d{4}, \d{2}:\d{2} \([\w/]+\)/,
    );
    await expect(panel(page).locator('[data-step="lift_notice"]')).toContainText(
      "Notice to the subject queued, naming the lift date",
    );
    await shoot(page, "fulfilment-lift-scheduled");
    expect(
      (await shop("select restricted_at from shop.customers where id = $1", [customer.id]))[0].restricted_at,
    ).not.toBeNull();

    // A week later (moved into the past here): every system lifts (the archive by hand again).
    await db()
      .update(requestTasks)
      .set({ notBefore: new Date(Date.now() - 60_000) })
      .where(and(eq(requestTasks.requestId, id), eq(requestTasks.operation, "lift_notice")));
    await recoverSteps();
    await page.reload();
    const liftTask = panel(page).getByTestId("manual-task");
    await expect(liftTask).toContainText("lift restriction", { timeout: 60_000 });
    await expect(panel(page).getByTestId("lift-scheduled")).toHaveCount(0);
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

test("the DPO cancels a scheduled lift from the panel: the restriction stays, the person is told, and it can be lifted again", async ({
  page,
  request,
}) => {
  const customer = await freshShopCustomer(1);
  const id = await verifiedRequest({
    type: "restriction",
    email: customer.email,
    restrictionGround: "objection_pending",
  });
  const token = await giveStatusLink(id);
  const dpo = await createStaff("dpo");
  await openWorkspace(page, dpo, id);
  await page.getByRole("button", { name: "Start work" }).click();
  await expectStatus(page, "Completed");

  const lift = panel(page).getByTestId("lift-restriction");
  await lift
    .getByLabel("Why the restriction ends (mailed to the subject)")
    .fill("Your objection was examined and rejected.");
  await lift.getByRole("button", { name: "Lift restriction" }).click();
  await page.getByRole("button", { name: "Yes, lift restriction" }).click();
  await waitForMail(request, customer.email, /lift|restriction/i);

  const scheduled = panel(page).getByTestId("lift-scheduled");
  await expect(scheduled).toContainText("Lift scheduled for", { timeout: 60_000 });
  // The person answers during the notice period: the register of restrictions flags it for the DPO.
  await replyAsSubject({ token, body: "Please keep the restriction: my objection is not settled." });
  const { reference } = (await findRequest(db(), { id }))!;
  await page.goto("/staff/restrictions");
  await expect(page.getByTestId(`restriction-${reference}`).getByTestId("lift-message")).toContainText(
    "The person wrote during the lift notice period",
  );
  await keepScreenshot(page, "restrictions-message-during-lift");
  await page.goto(`/staff/requests/${id}`);
  await scheduled.getByRole("button", { name: "Cancel the lift" }).click();
  await page.getByRole("button", { name: "Yes, cancel the lift" }).click();
  // The panel refreshes without the schedule (and its form); the steps say why they were skipped.
  await expect(panel(page).getByTestId("lift-scheduled")).toHaveCount(0, { timeout: 30_000 });
  await expect(panel(page).locator('[data-step="lift_notice"]')).toContainText("lift cancelled by staff");
  await expect(panel(page).locator('tr[data-step="lift_restriction"]').first()).toHaveAttribute(
    "data-status",
    "skipped",
  );

  // Even past the date the notice named, nothing lifts it.
  await db()
    .update(requestTasks)
    .set({ notBefore: new Date(Date.now() - 60_000) })
    .where(and(eq(requestTasks.requestId, id), eq(requestTasks.operation, "lift_notice")));
  await recoverSteps();
  expect(
    (await shop("select restricted_at from shop.customers where id = $1", [customer.id]))[0].restricted_at,
  ).not.toBeNull();
  // The person who was told of the lift hears it is off.
  const off = await waitForMail(request, customer.email, /stays in place/);
  expect(off.text).toContain("We have called that lift off");

  // The register marks the cancelled lift, keeps the person's message in view and offers the lift again.
  await page.goto("/staff/restrictions");
  const row = page.getByTestId(`restriction-${reference}`);
  await expect(row.getByTestId("lift-message")).toContainText("during the notice period of the cancelled lift");
  await expect(row).toContainText("A lift was cancelled; the restriction may be lifted again");
  await expect(row.getByRole("button", { name: "Tell the person and lift" })).toBeVisible();

  // A cancelled lift does not block the next one: the panel offers it again, and it mails a new notice.
  await page.goto(`/staff/requests/${id}`);
  const again = panel(page).getByTestId("lift-restriction");
  await again
    .getByLabel("Why the restriction ends (mailed to the subject)")
    .fill("The objection was settled in writing.");
  await again.getByRole("button", { name: "Lift restriction" }).click();
  await page.getByRole("button", { name: "Yes, lift restriction" }).click();
  await expect(panel(page).getByTestId("lift-scheduled")).toContainText("Lift scheduled for", { timeout: 60_000 });
  await expect
    .poll(
      async () => {
        const res = await request.get(`/api/dev/mailbox?to=${encodeURIComponent(customer.email)}`);
        const { messages } = (await res.json()) as { messages: { subject: string; text: string }[] };
        return messages.filter((m) => /will be lifted/.test(m.subject) && m.text.includes("settled in writing")).length;
      },
      { timeout: 30_000 },
    )
    .toBe(1);
});
