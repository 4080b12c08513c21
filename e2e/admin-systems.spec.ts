import { randomBytes } from "node:crypto";
import { expect, test, type Page, type Request } from "./fixtures/test";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { dataSystems } from "@/lib/db/schema";
import { keepScreenshot } from "./fixtures/screenshot";
import { createStaff, signIn } from "./fixtures/staff";

/**
 * Per-test systems, created disabled: a manual system that declares no capability (so even while a
 * test enables it, the fulfilment engine has nothing to ask of it) and one whose configuration does
 * not load. The demo shop is only connection-tested, never edited or disabled.
 */
async function testSystem(kind: "manual" | "broken"): Promise<{ id: string; key: string; name: string }> {
  const suffix = randomBytes(4).toString("hex");
  const key = `e2e-${kind}-${suffix}`;
  const name = `E2E ${kind} system ${suffix}`;
  const config =
    kind === "manual"
      ? {
          instructions: "E2E only",
          capabilities: { collect: false, erase: false, rectify: false, restrict: false, stopMarketing: false },
        }
      : { dataset: "no-such-dataset" };
  const [row] = await db()
    .insert(dataSystems)
    .values({ key, name, kind: kind === "manual" ? "manual" : "postgres", enabled: false, config })
    .returning({ id: dataSystems.id });
  return { id: row!.id, key, name };
}

async function removeSystem(id: string): Promise<void> {
  await db().delete(dataSystems).where(eq(dataSystems.id, id));
}

const row = (page: Page, key: string) => page.locator(`tr[data-key="${key}"]`);

test("an admin edits a system's register facts, with recipients and their e-mails; a reload shows them", async ({
  page,
}) => {
  const system = await testSystem("manual");
  try {
    await signIn(page, await createStaff("admin"));
    await page.getByRole("navigation", { name: "Back-office" }).getByRole("link", { name: "Systems" }).click();
    await expect(page.getByRole("heading", { name: "Systems", exact: true })).toBeVisible();
    await expect(row(page, "demo-shop")).toContainText("PostgreSQL database");
    await expect(row(page, "demo-shop").getByRole("list", { name: /Capabilities of/ })).toContainText("collect");
    await expect(row(page, system.key)).toContainText("Manual (tasks for a person)");
    await expect(row(page, system.key)).toContainText("disabled");

    await row(page, system.key).getByRole("link", { name: system.name }).click();
    await expect(page.getByRole("heading", { name: system.name })).toBeVisible();
    await page
      .getByLabel("Purposes", { exact: true })
      .fill("Customer service (contract)\nFraud prevention (legitimate interest)");
    await page.getByLabel("Data categories", { exact: true }).fill("Contact details\n\nOrders");
    await page
      .getByLabel("Recipients", { exact: true })
      .fill("ParcelCo SAS (delivery, France) <privacy@parcelco.test>\nBroken Ltd <not-an-address>");
    await page.getByLabel("Retention", { exact: true }).fill("3 years after the last order.");
    await page.getByLabel("Source", { exact: true }).fill("You, when you ordered.");
    const form = page.getByRole("form", { name: "Register facts" });
    await form.getByRole("button", { name: "Save register facts" }).click();
    await expect(form.getByRole("alert")).toContainText('line 2: "not-an-address" is not a valid e-mail address');
    // The refused text is still there to correct.
    await expect(page.getByLabel("Recipients", { exact: true })).toHaveValue(/Broken Ltd <not-an-address>/);

    await page
      .getByLabel("Recipients", { exact: true })
      .fill("ParcelCo SAS (delivery, France) <privacy@parcelco.test>\nArchive Co (paper archive)");
    await form.getByRole("button", { name: "Save register facts" }).click();
    await expect(form.getByRole("status")).toContainText(
      "Saved: Purposes, Data categories, Recipients, Retention, Source.",
    );

    await page.reload();
    await expect(page.getByLabel("Purposes", { exact: true })).toHaveValue(
      "Customer service (contract)\nFraud prevention (legitimate interest)",
    );
    await expect(page.getByLabel("Data categories", { exact: true })).toHaveValue("Contact details\nOrders");
    await expect(page.getByLabel("Recipients", { exact: true })).toHaveValue(
      "ParcelCo SAS (delivery, France) <privacy@parcelco.test>\nArchive Co (paper archive)",
    );
    await expect(page.getByLabel("Retention", { exact: true })).toHaveValue("3 years after the last order.");
    await expect(page.getByLabel("Source", { exact: true })).toHaveValue("You, when you ordered.");
    await keepScreenshot(page, "admin-system-register");

    const [stored] = await db().select().from(dataSystems).where(eq(dataSystems.id, system.id));
    expect(stored!.recipients).toEqual([
      { name: "ParcelCo SAS (delivery, France)", email: "privacy@parcelco.test" },
      "Archive Co (paper archive)",
    ]);
    expect(stored!.categories).toEqual(["Contact details", "Orders"]);

    // Saving the same facts again changes nothing.
    await form.getByRole("button", { name: "Save register facts" }).click();
    await expect(form.getByRole("status")).toContainText("Nothing changed.");
  } finally {
    await removeSystem(system.id);
  }
});

test("enable and disable ask for confirmation; test connection reports OK for the demo shop and the error of a broken config", async ({
  page,
}) => {
  const manual = await testSystem("manual");
  const broken = await testSystem("broken");
  try {
    await signIn(page, await createStaff("admin"));
    await page.goto("/staff/admin/systems");
    const r = row(page, manual.key);

    await r.getByRole("button", { name: "Enable" }).click();
    await expect(r.getByRole("alertdialog")).toContainText(`Enable ${manual.name}?`);
    await r.getByRole("button", { name: "Cancel" }).click();
    await expect(r).toContainText("disabled");
    await r.getByRole("button", { name: "Enable" }).click();
    await r.getByRole("button", { name: "Yes, enable" }).click();
    await expect(r.getByText("enabled", { exact: true })).toBeVisible();
    await r.getByRole("button", { name: "Disable" }).click();
    await expect(r.getByRole("alertdialog")).toContainText("stops quoting its register facts");
    await r.getByRole("button", { name: "Yes, disable" }).click();
    await expect(r.getByText("disabled", { exact: true })).toBeVisible();
    const [stored] = await db()
      .select({ enabled: dataSystems.enabled })
      .from(dataSystems)
      .where(eq(dataSystems.id, manual.id));
    expect(stored!.enabled).toBe(false);

    const testedFrom = new Date(Date.now() - 1000);
    const shop = row(page, "demo-shop");
    await shop.getByRole("button", { name: "Test connection" }).click();
    await expect(shop.getByRole("button", { name: "Test connection" })).toBeEnabled({ timeout: 20_000 });
    await expect(shop.getByTestId("last-test")).toContainText("OK");
    await expect(shop.getByTestId("last-test")).toContainText(
      "Connected; the 6 tables of dataset demo-shop are present.",
    );
    const [tested] = await db()
      .select({ at: dataSystems.lastTestAt, ok: dataSystems.lastTestOk })
      .from(dataSystems)
      .where(eq(dataSystems.key, "demo-shop"));
    expect(tested!.ok).toBe(true);
    expect(tested!.at!.getTime()).toBeGreaterThanOrEqual(testedFrom.getTime());

    const b = row(page, broken.key);
    await expect(b.getByTestId("config-error")).toContainText("unknown dataset no-such-dataset");
    await expect(b.getByTestId("last-test")).toContainText("never tested");
    await b.getByRole("button", { name: "Test connection" }).click();
    await expect(b.getByTestId("last-test")).toContainText("failed");
    await expect(b.getByTestId("last-test")).toContainText(
      "The configuration does not load: unknown dataset no-such-dataset",
    );
    await keepScreenshot(page, "admin-systems");
  } finally {
    await removeSystem(manual.id);
    await removeSystem(broken.id);
  }
});

test("an agent is refused the systems pages and, on the server, their actions", async ({ browser }) => {
  const system = await testSystem("manual");
  try {
    // The admin enables the system once, so the exact server-action request can be replayed as the agent.
    const adminPage = await (await browser.newContext()).newPage();
    await signIn(adminPage, await createStaff("admin"));
    await adminPage.goto("/staff/admin/systems");
    const r = row(adminPage, system.key);
    let recorded: Request | null = null;
    adminPage.on("request", (req) => {
      if (req.method() === "POST" && req.headers()["next-action"]) recorded = req;
    });
    await r.getByRole("button", { name: "Enable" }).click();
    await r.getByRole("button", { name: "Yes, enable" }).click();
    await expect(r.getByText("enabled", { exact: true })).toBeVisible();
    await r.getByRole("button", { name: "Disable" }).click();
    await r.getByRole("button", { name: "Yes, disable" }).click();
    await expect(r.getByText("disabled", { exact: true })).toBeVisible();
    expect(recorded).not.toBeNull();
    const enable = recorded! as Request;

    const agentPage = await (await browser.newContext()).newPage();
    await signIn(agentPage, await createStaff("agent"));
    await expect(
      agentPage.getByRole("navigation", { name: "Back-office" }).getByRole("link", { name: "Systems" }),
    ).toHaveCount(0);
    await agentPage.goto("/staff/admin/systems");
    await expect(agentPage).toHaveURL(/\/staff\/forbidden/);
    await agentPage.goto(`/staff/admin/systems/${system.id}`);
    await expect(agentPage).toHaveURL(/\/staff\/forbidden/);
    await keepScreenshot(agentPage, "admin-systems-forbidden");

    const headers = await enable.allHeaders();
    const replay = await agentPage.request.post(enable.url(), {
      headers: {
        "next-action": headers["next-action"]!,
        "content-type": headers["content-type"]!,
        accept: "text/x-component",
        origin: new URL(enable.url()).origin,
      },
      data: enable.postDataBuffer()!,
    });
    expect(replay.status()).toBe(200);
    expect(await replay.text()).toContain('"code":"forbidden"');
    const [stored] = await db()
      .select({ enabled: dataSystems.enabled })
      .from(dataSystems)
      .where(eq(dataSystems.id, system.id));
    expect(stored!.enabled).toBe(false);
  } finally {
    await removeSystem(system.id);
  }
});
