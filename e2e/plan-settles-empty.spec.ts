import { eq } from "drizzle-orm";
import { expect, test } from "./fixtures/test";
import { appendAudit } from "@/lib/audit/append";
import { db } from "@/lib/db/client";
import { requests } from "@/lib/db/schema";
import { createStaff, signIn } from "./fixtures/staff";
import { createVerifiedRequest } from "./fixtures/staff-requests";

/*
 * Under load the plan job can run after the page was rendered. A plan that settles with no step (an objection
 * answered by hand) changes neither the request's version nor its steps: the page polling "Planning…" must still
 * notice and re-render, or "Complete" is never offered until someone reloads (the flaky objection e2e in CI).
 */
test("a plan that settles with no step refreshes the request page by itself and offers Complete", async ({ page }) => {
  const dpo = await createStaff("dpo");
  const req = await createVerifiedRequest({ assignTo: dpo });
  // Started and in review, its plan job not run yet (none is queued: this test writes the plan's entry itself).
  await db().transaction(async (tx) => {
    await tx.update(requests).set({ status: "in_review" }).where(eq(requests.id, req.id));
    await appendAudit(tx, {
      actor: { type: "staff", id: dpo.id },
      action: "request.started",
      requestId: req.id,
      payload: { from: "new", to: "in_progress" },
    });
  });
  await signIn(page, dpo);
  await page.goto(`/staff/requests/${req.id}`);
  const menu = page.getByRole("group", { name: "Actions on this request" });
  await expect(page.getByTestId("fulfilment-panel")).toContainText("Planning the fulfilment steps…");
  await expect(menu.locator("summary", { hasText: "Complete…" })).toHaveCount(0);

  // The plan job's entry for an empty plan: no step, and nothing else about the request changes.
  await db().transaction((tx) =>
    appendAudit(tx, {
      actor: { type: "system" },
      action: "fulfilment.planned",
      requestId: req.id,
      payload: { steps: [] },
    }),
  );
  await expect(menu.locator("summary", { hasText: "Complete…" })).toHaveCount(1, { timeout: 15_000 });
  await expect(page.getByTestId("fulfilment-panel")).not.toContainText("Planning the fulfilment steps…");
});
