import { expect, test } from "./fixtures/test";
import { and, eq } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { auditLog } from "@/lib/db/schema";
import { QUEUES } from "@/lib/queue/define-job";
import { keepScreenshot } from "./fixtures/screenshot";
import { createStaff, signIn } from "./fixtures/staff";

test("an admin opens Bull Board from the nav and sees the four queues", async ({ page }) => {
  const admin = await createStaff("admin");
  await signIn(page, admin);
  await page.getByRole("navigation", { name: "Back-office" }).getByRole("link", { name: "Queues" }).click();
  await expect(page).toHaveURL(/\/staff\/admin\/queues$/);
  await expect(page).toHaveTitle("Request queues");
  // The board is a client app: its queue list appears only once its JS and CSS loaded from our route.
  for (const name of QUEUES)
    await expect(page.getByRole("link", { name, exact: true }).first()).toBeVisible({ timeout: 30_000 });
  await keepScreenshot(page, "admin-queues");

  await page.getByRole("link", { name: "watch", exact: true }).first().click();
  await expect(page).toHaveURL(/\/staff\/admin\/queues\/queue\/watch/);
  // The watch queue always holds the runs of its schedulers (deadline and verification sweeps).
  await expect(page.getByRole("heading", { name: /^watch\.(deadline|verification)-sweep/ }).first()).toBeVisible({
    timeout: 20_000,
  });
  await keepScreenshot(page, "admin-queues-watch");

  const html = await (await page.request.get("/staff/admin/queues")).text();
  expect(html).toContain('<base href="/staff/admin/queues/"');
  // No third-party request from the back-office (the board's Google Fonts link is dropped).
  expect(html).not.toContain("fonts.googleapis.com");

  const api = await page.request.get("/staff/admin/queues/api/queues");
  expect(api.status()).toBe(200);
  const body = (await api.json()) as { queues: { name: string }[] };
  expect(body.queues.map((q) => q.name).sort()).toEqual([...QUEUES].sort());
});

test("destructive board operations are refused, even for an admin; allowed ones are audited", async ({
  page,
  baseURL,
}) => {
  const admin = await createStaff("admin");
  await signIn(page, admin);
  const origin = new URL(baseURL!).origin;
  for (const [method, path] of [
    ["PUT", "/staff/admin/queues/api/queues/mail/obliterate"],
    ["PUT", "/staff/admin/queues/api/queues/mail/empty"],
    ["POST", "/staff/admin/queues/api/queues/mail/add"],
  ] as const) {
    const res = await page.request.fetch(path, {
      method,
      headers: { origin, "content-type": "application/json" },
      data: {},
    });
    expect(res.status(), `${method} ${path}`).toBe(403);
  }
  // Promoting delayed mail (retries) is harmless to other tests and shows the audit of allowed changes.
  const promote = await page.request.fetch("/staff/admin/queues/api/queues/mail/promote", {
    method: "PUT",
    headers: { origin },
  });
  expect(promote.status()).toBeLessThan(300);
  const audited = await db()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.actorId, admin.id), eq(auditLog.action, "queues.operation")));
  expect(audited.map((a) => a.payload)).toEqual([{ method: "PUT", path: "/api/queues/mail/promote" }]);
  // An allowed change from another site is refused.
  const crossSite = await page.request.fetch("/staff/admin/queues/api/queues/mail/pause", {
    method: "PUT",
    headers: { origin: "https://evil.example" },
  });
  expect(crossSite.status()).toBe(403);
});

test("the board answers 403 to a DPO or an agent and 401 without a session", async ({ browser, request }) => {
  for (const role of ["dpo", "agent"] as const) {
    const page = await (await browser.newContext()).newPage();
    await signIn(page, await createStaff(role));
    await expect(
      page.getByRole("navigation", { name: "Back-office" }).getByRole("link", { name: "Queues" }),
    ).toHaveCount(0);
    for (const path of [
      "/staff/admin/queues",
      "/staff/admin/queues/api/queues",
      "/staff/admin/queues/static/css/does-not-matter.css",
    ]) {
      const res = await page.request.get(path);
      expect(res.status(), `${role} GET ${path}`).toBe(403);
    }
    const res = await page.goto("/staff/admin/queues");
    expect(res?.status()).toBe(403);
    await page.context().close();
  }
  expect((await request.get("/staff/admin/queues")).status()).toBe(401);
});
