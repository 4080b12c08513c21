import { randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { Page, Request } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import { db } from "@/lib/db/client";
import { auditLog, staffUsers } from "@/lib/db/schema";
import { keepScreenshot } from "./fixtures/screenshot";
import { createStaff, resetAddressThrottle, signIn, type TestStaff } from "./fixtures/staff";
import { upsertStaff } from "@/lib/db/queries/staff";

test.describe.configure({ timeout: 120_000 });

const row = (page: Page, email: string) => page.locator(`tr[data-email="${email}"]`);

async function staffRow(email: string) {
  const [r] = await db().select().from(staffUsers).where(eq(staffUsers.email, email));
  return r ?? null;
}

/** Entries written by one member, staff.* actions only (sign-in entries are theirs too). */
const staffAuditBy = async (id: string) =>
  (
    await db()
      .select({ n: sql<number>`count(*)::int` })
      .from(auditLog)
      .where(
        sql`${auditLog.actorId} = ${id} and ${auditLog.action} like 'staff.%' and ${auditLog.action} not like 'staff.sign%'`,
      )
  )[0]!.n;

/** Replays a server-action POST recorded from the admin's page, as someone else, with the body edited. */
async function replay(page: Page, recorded: Request, edit: (body: string) => string = (b) => b) {
  const headers = await recorded.allHeaders();
  return page.request.post(recorded.url(), {
    headers: {
      "next-action": headers["next-action"]!,
      "content-type": headers["content-type"]!,
      accept: "text/x-component",
      origin: new URL(recorded.url()).origin,
    },
    data: Buffer.from(edit(recorded.postDataBuffer()!.toString("latin1")), "latin1"),
  });
}

function recordActions(page: Page): Request[] {
  const seen: Request[] = [];
  page.on("request", (req) => {
    if (req.method() === "POST" && req.headers()["next-action"]) seen.push(req);
  });
  return seen;
}

test("an admin creates an agent, changes a role and resets 2FA; a DPO and an agent reach neither the page nor its actions", async ({
  browser,
}) => {
  const admin = await createStaff("admin");
  const page = await (await browser.newContext()).newPage();
  await page.setViewportSize({ width: 1366, height: 900 });
  const posted = recordActions(page);
  await signIn(page, admin);
  await page.goto("/staff/admin/users");

  // Create an agent: the one-time password is shown once, the row says it must be changed.
  const newEmail = `agent.${randomBytes(4).toString("hex")}@e2e.test`;
  await page.getByLabel("Name", { exact: true }).fill("Nina New");
  await page.getByLabel("Work e-mail").fill(newEmail);
  await page.getByLabel("Role", { exact: true }).selectOption("agent");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText(/One-time password .*: \S+/)).toBeVisible();
  const invite = posted.at(-1)!;
  await expect(row(page, newEmail)).toContainText("must change password");
  const created = await staffRow(newEmail);
  expect(created).toMatchObject({ role: "agent", active: true, mustChangePassword: true });

  // Change the role: agent → manager, then back to agent (the first request is kept for the replay).
  const r = row(page, newEmail);
  await r.getByLabel("Role of Nina New", { exact: true }).selectOption("manager");
  await r.getByRole("button", { name: "Change role" }).click();
  await expect(r.getByText("Saved; the user's sessions have ended.")).toBeVisible();
  expect((await staffRow(newEmail))!.role).toBe("manager");
  const toManager = posted.at(-1)!;
  await page.reload();
  await row(page, newEmail).getByLabel("Role of Nina New", { exact: true }).selectOption("agent");
  await row(page, newEmail).getByRole("button", { name: "Change role" }).click();
  await expect(row(page, newEmail).getByText("Saved; the user's sessions have ended.")).toBeVisible();
  expect((await staffRow(newEmail))!.role).toBe("agent");

  // Find the account by part of its e-mail: one row, counted; a search matching nothing says so.
  await page.getByLabel("Name or e-mail contains").fill(newEmail.slice(0, -"@e2e.test".length).toUpperCase());
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/[?&]q=/);
  await expect(page.getByTestId("users-summary")).toHaveText(/^1 account matches “agent\.[0-9a-f]{8}”$/i);
  await expect(page.locator("tbody tr")).toHaveCount(1);
  await expect(row(page, newEmail)).toContainText("Nina New");
  await page.getByLabel("Name or e-mail contains").fill(`nobody-${newEmail}`);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page.getByTestId("users-summary")).toHaveText(
    `No account’s name or e-mail contains “nobody-${newEmail}”.`,
  );
  await expect(page.locator("table")).toHaveCount(0);
  await page.getByRole("link", { name: "Show every account" }).click();
  await expect(page.getByTestId("users-summary")).toHaveText(/^\d+ accounts, newest first$/);

  // Reset a DPO's 2FA: they must enrol again.
  const dpo = await createStaff("dpo");
  await page.goto(`/staff/admin/users?q=${encodeURIComponent(dpo.email)}`);
  const d = row(page, dpo.email);
  await expect(d).toContainText("enrolled");
  await d.getByRole("button", { name: "Reset 2FA" }).click();
  await d.getByRole("button", { name: "Yes, reset 2FA" }).click();
  await expect(d).toContainText("required, not enrolled");
  expect((await staffRow(dpo.email))!.totpEnabledAt).toBeNull();
  await keepScreenshot(page, "admin-users-1366");
  await page.setViewportSize({ width: 390, height: 844 });
  await keepScreenshot(page, "admin-users-390");
  // The reset DPO's next sign-in asks for a new enrolment, not the old code.
  const again = await (await browser.newContext()).newPage();
  await resetAddressThrottle();
  await again.goto("/staff/signin");
  await again.getByLabel("E-mail").fill(dpo.email);
  await again.getByLabel("Password").fill(dpo.password);
  await again.getByRole("button", { name: "Sign in" }).click();
  await expect(again.getByRole("heading", { name: "Set up two-factor authentication" })).toBeVisible();
  await again.context().close();

  // A DPO (enrolled again) and an agent: no link, the page refuses, and the replayed actions write nothing.
  const [reDpo, agent] = [await createStaff("dpo"), await createStaff("agent")];
  for (const who of [reDpo, agent] as TestStaff[]) {
    const p = await (await browser.newContext()).newPage();
    await signIn(p, who);
    await expect(p.getByRole("navigation", { name: "Back-office" }).getByRole("link", { name: "Users" })).toHaveCount(
      0,
    );
    await p.goto("/staff/admin/users");
    await expect(p).toHaveURL(/\/staff\/forbidden/);
    const before = await staffAuditBy(who.id);
    const other = `x.${randomBytes(4).toString("hex")}@e2e.test`;
    const inv = await replay(p, invite, (b) => b.replace(newEmail, other));
    expect(await inv.text()).toContain('"code":"forbidden"');
    expect(await staffRow(other)).toBeNull();
    const role = await replay(p, toManager);
    expect(await role.text()).toContain('"code":"forbidden"');
    expect((await staffRow(newEmail))!.role).toBe("agent");
    expect(await staffAuditBy(who.id)).toBe(before);
    await p.context().close();
  }
});

test("the users page ignores a search too long and a cursor it did not write, and pages through a search", async ({
  page,
}) => {
  const admin = await createStaff("admin");
  await signIn(page, admin);
  await page.goto(`/staff/admin/users?q=${"x".repeat(201)}`);
  // The page's own alert (Next's route announcer is an empty role="alert" too).
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText(
    "The search was longer than 200 characters and was ignored.",
  );
  await expect(page.getByTestId("users-summary")).toHaveText(/^\d+ accounts, newest first$/);
  await expect(page.getByLabel("Name or e-mail contains")).toHaveValue("");
  // A cursor not of the page's making shows the first page (the admin, newest, heads it).
  await page.goto(`/staff/admin/users?q=${encodeURIComponent(admin.email)}&after=not-a-cursor`);
  await expect(page.locator(`tr[data-email="${admin.email}"]`)).toBeVisible();
  await expect(page.getByRole("link", { name: "Back to the newest accounts" })).toHaveCount(0);

  // 51 accounts match a search: two pages, and the links keep the search.
  const tag = randomBytes(4).toString("hex");
  for (let i = 0; i < 51; i++)
    await upsertStaff(db(), {
      email: `page.${tag}.${i}@e2e.test`,
      name: `Pat ${tag}`,
      role: "agent",
      passwordHash: "x",
    });
  await page.goto(`/staff/admin/users?q=${tag}`);
  await expect(page.getByTestId("users-summary")).toHaveText(`51 accounts match “${tag}”, newest first`);
  await expect(page.locator("tbody tr")).toHaveCount(50);
  await page.getByRole("link", { name: "Next 50 accounts" }).click();
  await expect(page).toHaveURL(new RegExp(`\\?q=${tag}&after=`));
  await expect(page.locator("tbody tr")).toHaveCount(1);
  await expect(page.locator(`tr[data-email="page.${tag}.0@e2e.test"]`)).toBeVisible();
  await page.getByRole("link", { name: "Back to the newest accounts" }).click();
  await expect(page).toHaveURL(new RegExp(`/staff/admin/users\\?q=${tag}$`));
  await expect(page.locator("tbody tr")).toHaveCount(50);
});
