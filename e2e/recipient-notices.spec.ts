import "../scripts/test-support/load-runtime-env";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { dataSystems } from "@/lib/db/schema";
import { seedDemoSystems } from "@/lib/seed/demo-systems";
import {
  freshShopCustomer,
  startRequest,
  verifiedRequest,
  waitForRequestStatus,
} from "@/scripts/test-support/fulfilment";
import { openWorkspace, panel, shoot } from "./fixtures/fulfilment-workspace";
import { keepScreenshot } from "./fixtures/screenshot";
import { createStaff, signIn } from "./fixtures/staff";
import { expect, test } from "./fixtures/test";

/** Issue 12 item 7: the Art. 19 notices of a restriction, tracked in the workspace; re-send and acknowledge. */
test("staff see each recipient notice, re-send one and mark it acknowledged", async ({ page }) => {
  test.setTimeout(120_000);
  const customer = await freshShopCustomer(1);
  const agent = await createStaff("agent");
  const id = await verifiedRequest({
    type: "restriction",
    email: customer.email,
    restrictionGround: "accuracy_contested",
  });
  await startRequest(id, { kind: "staff", id: agent.id, role: "agent" });
  await waitForRequestStatus(id, "completed", 60_000);

  await openWorkspace(page, agent, id);
  const notices = panel(page).getByTestId("recipient-notices");
  await expect(notices.getByRole("heading", { name: "Recipients notified (Art. 19)" })).toBeVisible();
  await expect(notices.getByTestId("recipient-notice")).toHaveCount(3);
  const parcel = notices.getByTestId("recipient-notice").filter({ hasText: "ParcelCo SAS" });
  await expect(parcel).toContainText("Sent, not acknowledged");
  await expect(parcel).toContainText("sent 1 time");

  await parcel.getByRole("button", { name: "Re-send" }).click();
  await expect(page.getByText("Notice sent again (sending 2).")).toBeVisible();
  await expect(parcel).toContainText("sent 2 times");

  await parcel.getByRole("textbox").fill("Reply from their DPO");
  await parcel.getByRole("button", { name: "Mark acknowledged" }).click();
  await expect(parcel).toContainText("Acknowledged");
  await expect(parcel).toContainText("Reply from their DPO");
  await expect(parcel.getByRole("button")).toHaveCount(0);
  await shoot(page, "recipient-notices-1366");
  await page.setViewportSize({ width: 390, height: 844 });
  await notices.scrollIntoViewIfNeeded();
  await notices.screenshot({ path: "e2e/artifacts/screenshots/recipient-notices-390.png" });
});

test("the register form carries legal bases, automated decisions, transfers and French/English versions", async ({
  page,
}) => {
  // The demo register as the seed writes it today (an instance seeded by an older version lacks the French version).
  await seedDemoSystems(db());
  const [shopSystem] = await db().select().from(dataSystems).where(eq(dataSystems.key, "demo-shop"));
  await signIn(page, await createStaff("admin"));
  await page.goto(`/staff/admin/systems/${shopSystem!.id}`);
  await expect(page.getByRole("checkbox", { name: /Contract — Art\. 6\(1\)\(b\)/ })).toBeChecked();
  await expect(page.getByLabel("Transfers outside the EU/EEA")).toHaveValue(/^US \| HelpDeskly Inc\./);
  await expect(page.getByLabel("Purposes (one per line) — French")).toHaveValue(/Vendre et livrer vos commandes/);
  await keepScreenshot(page, "admin-system-register-1366");
  await page.setViewportSize({ width: 390, height: 844 });
  await keepScreenshot(page, "admin-system-register-390");
  await page.getByRole("group", { name: "Legal bases" }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: "e2e/artifacts/screenshots/admin-system-register-390-bases.png" });
});
