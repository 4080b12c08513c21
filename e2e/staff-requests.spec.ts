import { expect, test, type Page } from "./fixtures/test";
import { waitForMail } from "./fixtures/mailbox";
import { keepScreenshot } from "./fixtures/screenshot";
import { createStaff, signIn } from "./fixtures/staff";
import { createVerifiedRequest } from "./fixtures/staff-requests";

// Each test signs in and drives several server round trips; a cold dev server compiles on the way.
test.describe.configure({ timeout: 120_000 });

async function versionOf(page: Page): Promise<number> {
  return Number(await page.locator('input[name="version"]').first().getAttribute("value"));
}

test("an agent works a request but has no refuse button, and the server refuses it too", async ({ page }) => {
  const agent = await createStaff("agent");
  const req = await createVerifiedRequest();
  await signIn(page, agent);
  await page.goto(`/staff/requests/${req.id}`);
  await expect(page.getByRole("heading", { name: new RegExp(req.reference) })).toBeVisible();
  await expect(page.getByTestId("subject-details")).toContainText(req.email);
  await expect(page.getByRole("button", { name: "Claim (assign to me)" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Refuse" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Extend deadline" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Assign", exact: true })).toHaveCount(0);
  await keepScreenshot(page, "staff-workspace-agent");

  const version = await versionOf(page);
  const refuse = await page.request.post(`/api/staff/requests/${req.id}/transition`, {
    data: { type: "refuse", version, reasonCode: "other", reasonText: "no" },
  });
  expect(refuse.status()).toBe(403);
  const extend = await page.request.post(`/api/staff/requests/${req.id}/transition`, {
    data: { type: "extend", version, reason: "busy" },
  });
  expect(extend.status()).toBe(403);
  const someoneElse = await createStaff("agent");
  const assignOther = await page.request.post(`/api/staff/requests/${req.id}/transition`, {
    data: { type: "assign", version, assigneeId: someoneElse.id },
  });
  expect(assignOther.status()).toBe(403);
  // The refusals changed nothing: the same version still works for an allowed action.
  const claim = await page.request.post(`/api/staff/requests/${req.id}/transition`, {
    data: { type: "assign", version, assigneeId: agent.id },
  });
  expect(claim.status()).toBe(200);
  const anonymous = await page.context().browser()!.newContext();
  const noSession = await anonymous.request.post(
    new URL(`/api/staff/requests/${req.id}/transition`, page.url()).toString(),
    { data: { type: "start", version: version + 1 } },
  );
  expect(noSession.status()).toBe(401);
  await anonymous.close();
});

test("a manager sees masked e-mails and no actions; the server refuses their actions", async ({ page }) => {
  const manager = await createStaff("manager");
  const req = await createVerifiedRequest();
  await signIn(page, manager);
  // By reference: a manager's search does not read e-mails (e2e/manager-privacy.spec.ts).
  await page.goto(`/staff/requests?q=${req.reference}&status=all`);
  const row = page.locator(`tr[data-reference="${req.reference}"]`);
  await expect(row).toContainText(`${req.email[0]}***@e2e.test`);
  await expect(row).not.toContainText(req.email);
  await expect(page.getByRole("link", { name: "New request" })).toHaveCount(0);
  await page.goto(`/staff/requests/${req.id}`);
  await expect(page.getByText("No action is available to you")).toBeVisible();
  await expect(page.getByTestId("subject-details")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Message the subject" })).toHaveCount(0);
  const res = await page.request.post(`/api/staff/requests/${req.id}/transition`, {
    data: { type: "assign", version: 2, assigneeId: manager.id },
  });
  expect(res.status()).toBe(403);
  const msg = await page.request.post(`/api/staff/requests/${req.id}/messages`, { data: { message: "hello" } });
  expect(msg.status()).toBe(403);
  await page.goto("/staff/audit");
  await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
});

test("queue: filters, search, sort and keyset paging, reflected in the URL", async ({ page }) => {
  const agent = await createStaff("agent");
  const made = [];
  for (let i = 0; i < 12; i += 1)
    made.push(
      await createVerifiedRequest({
        assignTo: agent,
        type: i < 3 ? "erasure" : "access",
        jurisdiction: i === 0 ? "GB" : "FR",
      }),
    );
  await signIn(page, agent);
  await page.goto("/staff/requests");
  await page.getByLabel("Assignee").selectOption("me");
  await page.getByLabel("Rows").selectOption("10");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/assignee=me/);
  await expect(page).toHaveURL(/size=10/);
  const rows = page.locator("table.queue tbody tr");
  await expect(rows).toHaveCount(10);
  await keepScreenshot(page, "staff-queue");
  await page.getByRole("link", { name: "Next page »" }).click();
  await expect(page).toHaveURL(/after=/);
  await expect(rows).toHaveCount(2);
  await expect(page.getByRole("link", { name: "Next page »" })).toHaveCount(0);

  await page.goto("/staff/requests?assignee=me&type=erasure");
  await expect(page.getByLabel("Type")).toHaveValue("erasure");
  await expect(rows).toHaveCount(3);
  await page.goto("/staff/requests?assignee=me&jurisdiction=GB");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute("data-reference", made[0]!.reference);

  await page.goto("/staff/requests?assignee=me&sort=received&size=10");
  await expect(rows.first()).toHaveAttribute("data-reference", made[11]!.reference);

  await page.goto(`/staff/requests?q=${made[5]!.reference}`);
  await expect(rows).toHaveCount(1);
  await page.goto(`/staff/requests?q=${encodeURIComponent(made[7]!.email.toUpperCase())}`);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute("data-reference", made[7]!.reference);

  await page.goto("/staff/requests?assignee=me&type=erasure");
  await page.getByLabel("Save these filters as").fill("My erasures");
  await page.getByRole("button", { name: "Save view" }).click();
  await expect(page.getByRole("link", { name: "My erasures" })).toBeVisible();
  await page.goto("/staff/requests");
  await page.getByRole("link", { name: "My erasures" }).click();
  await expect(page).toHaveURL(/type=erasure/);
  await expect(rows).toHaveCount(3);
});

test("claim → message: the subject's mail arrives in their language; a note stays internal", async ({ page }) => {
  const agent = await createStaff("agent");
  const req = await createVerifiedRequest({ locale: "fr" });
  await signIn(page, agent);
  await page.goto(`/staff/requests/${req.id}`);
  await page.getByRole("button", { name: "Claim (assign to me)" }).click();
  await expect(page.getByText("Assignment saved.")).toBeVisible();
  await expect(page.getByTestId("assignee-line")).toHaveText(`Assignee: ${agent.name}`);
  await page.getByRole("button", { name: "Start work" }).click();
  await expect(page.getByText("Work started.")).toBeVisible();
  await page
    .getByLabel(/^Message \(sent in French/)
    .fill("Bonjour, nous avons bien reçu votre demande et la traitons.");
  await page.getByRole("button", { name: "Send message" }).click();
  await expect(page.getByText("Message sent to the subject.")).toBeVisible();
  await page.getByLabel("Note (staff only, never sent)").fill("Customer called twice.");
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.locator(".timeline li.note")).toContainText("Customer called twice.");
  await expect(page.locator(".timeline li.message")).toContainText("nous avons bien reçu");
  await keepScreenshot(page, "staff-workspace-timeline");
  const mail = await waitForMail(page.request, req.email, /Nouveau message/);
  expect(mail.text).toContain("nous avons bien reçu votre demande");
});

test("a DPO extends (notice mailed) then refuses with confirmation (rights stated in the mail)", async ({ page }) => {
  const dpo = await createStaff("dpo");
  const req = await createVerifiedRequest();
  await signIn(page, dpo);
  await page.goto(`/staff/requests/${req.id}`);
  // Each action opens its own form from the menu; the preview shows the notice with what is typed.
  await page.locator("summary", { hasText: "Extend the deadline…" }).click();
  await expect(page.getByLabel(/^Reason for the extension/)).toBeFocused();
  await expect(page.getByTestId("extend-preview")).toContainText(req.reference);
  await page
    .getByLabel(/^Reason for the extension/)
    .fill("Your data sits in several archived systems we must search by hand.");
  await expect(page.getByTestId("extend-preview")).toContainText("several archived systems we must search by hand");
  await page.getByRole("button", { name: "Extend deadline" }).click();
  await expect(page.getByText("Deadline extended; the subject is notified.")).toBeVisible();
  const notice = await waitForMail(page.request, req.email, /new response date/);
  expect(notice.text).toContain("several archived systems");

  await page.locator("summary", { hasText: "Refuse…" }).click();
  await page.getByLabel("Reason", { exact: true }).selectOption("exemption");
  await page.getByLabel("Explanation for the subject").fill("We must keep invoices for 10 years.");
  // The live preview is the mail as it will be sent: the explanation being typed, the remedies stated.
  const preview = page.getByTestId("refuse-preview");
  await expect(preview).toContainText("We must keep invoices for 10 years.");
  await expect(preview).toContainText("lodge a complaint");
  await expect(preview).toContainText("judicial remedy");
  await page.getByRole("button", { name: "Refuse" }).click();
  await expect(page.getByRole("alertdialog")).toBeVisible();
  await keepScreenshot(page, "staff-refuse-confirm");
  await page.getByRole("button", { name: "Yes, refuse" }).click();
  await expect(page.getByText("Request refused; the subject is notified.")).toBeVisible();
  await expect(page.getByRole("heading", { name: new RegExp(req.reference) })).toContainText("Rejected");
  const refusal = await waitForMail(page.request, req.email, /Our answer to your request/);
  expect(refusal.text).toContain("We must keep invoices for 10 years.");
  expect(refusal.text).toContain("lodge a complaint");
  expect(refusal.text).toContain("judicial remedy");
});

test("two pages on the same version: the second writer gets a conflict message", async ({ browser }) => {
  const dpo = await createStaff("dpo");
  const req = await createVerifiedRequest();
  const context = await browser.newContext();
  const first = await context.newPage();
  await signIn(first, dpo);
  await first.goto(`/staff/requests/${req.id}`);
  const second = await context.newPage();
  await second.goto(`/staff/requests/${req.id}`);
  await first.getByRole("button", { name: "Start work" }).click();
  await expect(first.getByText("Work started.")).toBeVisible();
  await second.getByRole("button", { name: "Claim (assign to me)" }).click();
  await expect(second.locator(".alert")).toContainText("Someone else changed this request in the meantime");
  await keepScreenshot(second, "staff-conflict");
  // A refused change keeps what was typed, so nothing has to be written again after reloading.
  await second.locator("summary", { hasText: "Extend the deadline…" }).click();
  await second.getByLabel(/Reason for the extension/).fill("Data spread over many systems");
  await second.getByRole("button", { name: "Extend deadline" }).click();
  await expect(second.locator(".alert").last()).toContainText("Someone else changed this request in the meantime");
  await expect(second.getByLabel(/Reason for the extension/)).toHaveValue("Data spread over many systems");
  await context.close();
});

test.describe("a staff member whose browser is in Tokyo", () => {
  test.use({ timezoneId: "Asia/Tokyo" });

  test("staff enter a phone request with its actual receipt time, read in the controller's zone", async ({ page }) => {
    const agent = await createStaff("agent");
    await signIn(page, agent);
    await page.goto("/staff/requests/new");
    await page.getByLabel("Channel").selectOption("phone");
    await page.getByLabel("Received at (Europe/Paris)").fill("2026-01-05T09:30");
    await expect(page.getByText("Chosen: Monday, January 5, 2026 at 9:30 AM (Europe/Paris)")).toBeVisible();
    await page.getByLabel("Right exercised").selectOption("erasure");
    await page.getByLabel("Full name").fill("Jean Téléphone");
    const email = `phone.${Date.now()}@e2e.test`;
    await page.getByLabel("E-mail").fill(email);
    await keepScreenshot(page, "staff-intake");
    await page.getByRole("button", { name: "Create request" }).click();
    await expect(page.getByRole("heading", { name: /DSR-2026-/ })).toBeVisible();
    await expect(page.getByText("via phone").first()).toBeVisible();
    await expect(page.getByTestId("subject-details")).toContainText(email);
    // 09:30 in Paris, as the label said, not in the browser's Tokyo.
    await expect(page.getByText("5 Jan 2026, 09:30 (Europe/Paris) via phone")).toBeVisible();
  });
});

test("staff record how they checked a letter writer's identity, at entry or later from the workspace", async ({
  page,
}) => {
  const agent = await createStaff("agent");
  await signIn(page, agent);
  const enter = async (email: string, method?: string) => {
    await page.goto("/staff/requests/new");
    await page.getByLabel("Channel").selectOption("letter");
    await page.getByLabel("Received at (Europe/Paris)").fill("2026-01-05T09:30");
    await page.getByLabel("Full name").fill("Louise Lettre");
    await page.getByLabel("E-mail").fill(email);
    if (method) {
      await page.getByLabel("How the identity was checked").selectOption(method);
      await page.getByLabel(/^Identity check note/).fill("Passport copy enclosed");
    }
    await page.getByRole("button", { name: "Create request" }).click();
    await expect(page.getByRole("heading", { name: /DSR-2026-/ })).toBeVisible();
  };
  await enter(`checked.${Date.now()}@e2e.test`, "id_document");
  await expect(page.locator("h1 .status")).toHaveText("New");

  await enter(`later.${Date.now()}@e2e.test`);
  await expect(page.locator("h1 .status")).not.toHaveText("New");
  await page.getByText("Mark identity as verified", { exact: true }).click();
  await page.getByLabel("How the identity was checked").selectOption("known_account");
  await page.getByRole("button", { name: "Record identity as verified" }).click();
  // The form goes with the status it applies to: the page now shows the request verified.
  await expect(page.locator("h1 .status")).toHaveText("New");
  await expect(page.getByText("Mark identity as verified", { exact: true })).toHaveCount(0);
});

test("the audit log (DPO) shows the chain verifies and filters by request", async ({ page }) => {
  const dpo = await createStaff("dpo");
  const req = await createVerifiedRequest();
  await signIn(page, dpo);
  await page.goto(`/staff/audit?request=${req.id}`);
  await expect(page.getByTestId("chain-status")).toContainText("Hash chain verifies");
  await expect(page.getByRole("list", { name: "Audit entries" }).getByRole("listitem")).toHaveCount(3);
  await expect(page.getByText(`The subject filed request ${req.reference}.`)).toBeVisible();
  await keepScreenshot(page, "staff-audit");
});
