import { db } from "@/lib/db/client";
import { listDevMail } from "@/lib/db/queries/dev-mail";
import { givenUpMail } from "@/scripts/test-support/given-up-mail";
import { expect, test } from "./fixtures/test";
import { keepScreenshot } from "./fixtures/screenshot";
import { createStaff, signIn } from "./fixtures/staff";
import { createVerifiedRequest } from "./fixtures/staff-requests";

test.describe.configure({ timeout: 120_000 });

test("the workspace lists the request's mails; an agent resends a given-up one and it arrives once", async ({
  page,
}) => {
  const req = await createVerifiedRequest();
  const key = await givenUpMail(req.id, req.email);
  const agent = await createStaff("agent");
  await signIn(page, agent);

  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(`/staff/requests/${req.id}`);
  const panel = page.getByTestId("mails-panel");
  const row = panel.locator(`[data-mail-key="${key}"]`);
  await expect(row).toHaveAttribute("data-state", "given_up");
  await expect(row).toContainText("Given up");
  await expect(row).toContainText(req.email);
  await expect(row).toContainText("421 Service not available");
  await expect(panel).toContainText("Acknowledgement of receipt");
  await row.scrollIntoViewIfNeeded();
  await keepScreenshot(page, "staff-mails-panel-1366");
  await page.setViewportSize({ width: 390, height: 844 });
  await row.scrollIntoViewIfNeeded();
  await keepScreenshot(page, "staff-mails-panel-390");
  await page.setViewportSize({ width: 1366, height: 900 });

  // The row itself answers: queued again (the button goes), then sent.
  await row.getByRole("button", { name: "Resend" }).click();
  await expect(row.getByRole("button", { name: "Resend" })).toHaveCount(0);
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId("mails-panel").locator(`[data-mail-key="${key}"]`)).toHaveAttribute(
      "data-state",
      "sent",
    );
  }).toPass({ timeout: 30_000 });
  const copies = (await listDevMail(db(), { to: req.email })).filter((m) =>
    m.subject.includes("a message from our team"),
  );
  expect(copies).toHaveLength(1);

  // A manager sees the state but neither the address nor Resend.
  const manager = await createStaff("manager");
  await page.context().clearCookies();
  await signIn(page, manager);
  await page.goto(`/staff/requests/${req.id}`);
  const managerRow = page.getByTestId("mails-panel").locator(`[data-mail-key="${key}"]`);
  await expect(managerRow).toHaveAttribute("data-state", "sent");
  await expect(managerRow).not.toContainText(req.email);
  await expect(page.getByTestId("mails-panel").getByRole("button", { name: "Resend" })).toHaveCount(0);
});
