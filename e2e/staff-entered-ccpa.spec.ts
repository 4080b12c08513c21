import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { expect, test } from "./fixtures/test";
import { db } from "@/lib/db/client";
import { requests } from "@/lib/db/schema";
import { addDays } from "@/lib/domain/deadline";
import { sweepUnverified } from "@/lib/requests/verification/sweep-unverified";
import { waitForMail } from "./fixtures/mailbox";
import { keepScreenshot } from "./fixtures/screenshot";
import { createStaff, signIn } from "./fixtures/staff";
import { boardToday } from "./fixtures/watch-requests";
import { formatStaffDay } from "@/lib/i18n/staff/format-day";

test.describe.configure({ timeout: 180_000 });

/**
 * Issue 17, Deliver 1: a California consumer phoned 50 days ago; the agent enters it now, back-dated, with how
 * the identity was checked. CCPA: 45 calendar days from receipt, no roll-forward, no clock stop (§ 7021(b)), so
 * it is 5 days overdue — and the verification sweep must not withdraw it.
 */
test("a back-dated phone request from a California consumer: identity recorded by staff, CCPA deadline, no withdrawal, overdue alike on the workspace, queue and dashboard", async ({
  page,
}) => {
  const agent = await createStaff("agent");
  const manager = await createStaff("manager");
  const receivedOn = addDays(boardToday(), -50);
  const dueOn = addDays(receivedOn, 45);
  const email = `ca.phone.${randomBytes(4).toString("hex")}@example.net`;

  await signIn(page, agent);
  await page.goto("/staff/requests/new");
  await page.getByLabel("Channel").selectOption("phone");
  await page.getByLabel("Received at (Europe/Paris)").fill(`${receivedOn}T11:00`);
  await page.getByLabel("Right exercised").selectOption("access");
  await page.getByLabel("Full name").fill("Carla California");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Jurisdiction").selectOption("US-CA");
  await page.getByLabel("How the identity was checked").selectOption("phone_call");
  await page.getByLabel(/^Identity check note/).fill("Called back on the number on file; 3 data points matched.");
  await page.getByRole("button", { name: "Create request" }).click();
  const h1 = page.getByRole("heading", { level: 1 });
  await expect(h1).toContainText(/DSR-\d{4}-/);
  const reference = /DSR-\d{4}-\d+/.exec((await h1.textContent()) ?? "")![0];
  await expect(page.locator("h1 .status")).toHaveText("New");
  await expect(page.getByText(formatStaffDay(dueOn, "en")).first()).toBeVisible();
  await expect(page.getByText("5 d overdue").first()).toBeVisible();
  await expect(page.getByText(/US-CA \(CCPA/).first()).toBeVisible();
  await keepScreenshot(page, "staff-entered-ccpa-workspace");

  const [row] = await db().select().from(requests).where(eq(requests.reference, reference));
  expect(row!.status).toBe("new");
  expect(row!.dueDate).toBe(dueOn);
  expect(row!.verifiedAt).not.toBeNull();

  // The unverified sweep (the workers run it every few minutes) leaves it alone.
  await sweepUnverified();
  const [after] = await db().select({ status: requests.status }).from(requests).where(eq(requests.id, row!.id));
  expect(after!.status).toBe("new");
  // No verification mail: staff checked the identity; the acknowledgement goes out instead.
  const box = await page.request.get(`/api/dev/mailbox?to=${encodeURIComponent(email)}`);
  const subjects = ((await box.json()) as { messages: { subject: string }[] }).messages.map((m) => m.subject);
  expect(subjects.some((s) => /Confirm your request/.test(s))).toBe(false);

  // The person's status page says staff confirmed the request: they never confirmed an e-mail address.
  // (The form's mail language defaults to French.)
  const ack = await waitForMail(page.request, email, /Nous avons bien reçu/);
  const statusUrl = /https?:\/\/\S*\/status\/[\w-]+/.exec(ack.text)![0];
  await page.goto(new URL(statusUrl).pathname);
  const progress = page.getByRole("region", { name: "Avancement" });
  await expect(progress).toContainText("Notre équipe a validé votre demande ; elle est dans notre file.");
  await expect(progress).not.toContainText("Vous avez confirmé votre adresse e-mail");

  // The queue's overdue filter and the manager's board both count it overdue, by the same days.
  await page.goto(`/staff/requests?due=overdue&status=all&q=${encodeURIComponent(email)}`);
  await expect(page.locator(`tr[data-reference="${reference}"]`)).toBeVisible();
  await page.context().clearCookies();
  await signIn(page, manager);
  await page.goto("/staff/dashboard");
  const overdueRow = page.getByTestId("overdue-list").getByRole("row", { name: new RegExp(reference) });
  await expect(overdueRow.getByRole("cell").nth(2)).toHaveText(formatStaffDay(dueOn, "en"));
  await expect(overdueRow.getByRole("cell").nth(3)).toHaveText("5");
  await keepScreenshot(page, "staff-entered-ccpa-dashboard");
});
