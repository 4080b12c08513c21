import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { Webhook } from "standardwebhooks";
import { expect, test, type Page } from "./fixtures/test";
import { db } from "@/lib/db/client";
import { webhookEndpoints } from "@/lib/db/schema";
import { submitStaffRequest } from "@/lib/requests/intake/staff-intake";
import { receiver } from "@/scripts/test-support/webhook-receiver";
import { keepScreenshot } from "./fixtures/screenshot";
import { localDateOf } from "@/lib/domain/deadline";
import { createStaff, signIn } from "./fixtures/staff";

const HEADER = "type,channel,received_at,email,full_name,locale,residence,notes";
const row = (i: number, tag: string) =>
  `access,letter,${localDateOf(new Date(Date.now() - 3 * 86_400_000), "Europe/Paris")} 09:${String(10 + i)} Europe/Paris,imp${i}.${tag}@example.org,"Dupont, Marie ${i}",fr,FR,Letter ${i}`;

async function bothWidths(page: Page, name: string) {
  await page.setViewportSize({ width: 1366, height: 900 });
  await keepScreenshot(page, `${name}-1366`);
  await page.setViewportSize({ width: 390, height: 844 });
  await keepScreenshot(page, `${name}-390`);
  await page.setViewportSize({ width: 1366, height: 900 });
}

test("CSV import: a file with a bad row is refused row by row; a clean file is imported with progress", async ({
  page,
}) => {
  const agent = await createStaff("agent");
  await signIn(page, agent);
  const tag = randomBytes(3).toString("hex");
  await page.getByRole("link", { name: "Import", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Import requests from a CSV file" })).toBeVisible();
  const template = await page.request.get("/staff/requests/import/template.csv");
  expect(template.headers()["content-type"]).toContain("text/csv");
  expect(await template.text()).toContain("type,channel,received_at,email,full_name,locale,residence");

  const bad = [
    HEADER,
    row(1, tag),
    row(2, tag).replace(`imp2.${tag}@example.org`, "not-an-email"),
    row(3, tag).replace(" Europe/Paris", ""),
  ];
  await page
    .getByLabel("CSV file (UTF-8)")
    .setInputFiles({ name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from(bad.join("\r\n")) });
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByRole("heading", { name: "Problems to fix (2) — nothing was written" })).toBeVisible();
  const problems = page.getByRole("table", { name: /Problems to fix/ });
  await expect(problems.getByRole("row", { name: /2 email must be a valid e-mail address/ })).toBeVisible();
  await expect(
    problems.getByRole("row", { name: /3 received_at must give a date, a time and its zone/ }),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: /Import \d+ requests/ })).toHaveCount(0);
  await expect(page.getByText(`imp1.${tag}@example.org`)).toHaveCount(0); // the preview masks addresses
  await bothWidths(page, "import-preview-errors");

  await page.getByRole("link", { name: "Import another file" }).click();
  const good = [HEADER, row(1, tag), row(2, tag), row(3, tag)];
  await page
    .getByLabel("CSV file (UTF-8)")
    .setInputFiles({ name: "good.csv", mimeType: "text/csv", buffer: Buffer.from(good.join("\n")) });
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByText("All 3 rows are valid.")).toBeVisible();
  await bothWidths(page, "import-preview-ready");
  await page.getByRole("button", { name: "Import 3 requests" }).click();
  await expect(page.getByTestId("import-status")).toHaveText("imported", { timeout: 30_000 });
  await expect(page.getByText("3 requests were filed.")).toBeVisible();
});

test("webhooks: an admin registers an endpoint (secret shown once), sees signed deliveries in the log and resends one", async ({
  page,
}) => {
  const r = await receiver();
  const admin = await createStaff("admin");
  const agent = await createStaff("agent");
  try {
    await signIn(page, agent);
    await page.goto("/staff/admin/webhooks");
    await expect(page).toHaveURL(/\/staff\/forbidden/);
    await page.context().clearCookies();

    await signIn(page, admin);
    await page.getByRole("link", { name: "Webhooks", exact: true }).click();
    await page.getByLabel("Endpoint URL (https://…)").fill(r.url);
    const description = `E2E receiver ${randomBytes(3).toString("hex")}`;
    await page.getByLabel("Description").fill(description);
    await page.getByRole("button", { name: "Add endpoint" }).click();
    const shown = page.getByText(/signing secret is shown only now/);
    await expect(shown).toBeVisible();
    const secret = /whsec_[A-Za-z0-9+/=]+/.exec((await shown.textContent()) ?? "")![0];
    await bothWidths(page, "webhooks-admin");

    const filed = await submitStaffRequest(
      {
        type: "access",
        channel: "phone",
        receivedAt: new Date().toISOString(),
        email: `wh.${randomBytes(3).toString("hex")}@example.org`,
        fullName: "Wanda Hook",
        locale: "en",
        jurisdiction: "FR",
      },
      { id: admin.id, role: "admin" },
    );
    // Each delivery is verified with the endpoint's secret. The endpoint also gets the events of requests other
    // tests file meanwhile, in no set order (request.verified came first once in CI), so this request's received
    // event is looked for by its request id.
    const ours = (g: (typeof r.got)[number]) => {
      const e = new Webhook(secret).verify(g.body, g.headers as Record<string, string>) as {
        type: string;
        data: { request: { id: string } };
      };
      return e.type === "request.received" && e.data.request.id === filed.id;
    };
    await expect.poll(() => r.got.some(ours), { timeout: 30_000 }).toBe(true);
    const first = r.got.find(ours)!;
    expect(first.body).not.toContain("Wanda");

    await page.locator(`tr[data-url="${r.url}"]`).getByRole("link", { name: "Delivery log" }).click();
    const log = page.getByRole("table", { name: /Delivery log/ });
    // Its own row, by delivery id: other tests' deliveries may be listed too.
    const row = log.locator(`tr[data-delivery="${first.headers["webhook-id"]}"]`);
    await expect(row.filter({ hasText: /Request received\s*1\s*200/ })).toBeVisible();
    await bothWidths(page, "webhooks-log");
    await row.getByRole("button", { name: "Resend" }).click();
    // Resent with the same webhook-id: it has now arrived twice.
    await expect
      .poll(() => r.got.filter((g) => g.headers["webhook-id"] === first.headers["webhook-id"]).length, {
        timeout: 30_000,
      })
      .toBe(2);
  } finally {
    await db().update(webhookEndpoints).set({ enabled: false }).where(eq(webhookEndpoints.url, r.url));
    await r.close();
  }
});
