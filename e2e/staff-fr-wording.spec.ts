import { eq, sql } from "drizzle-orm";
import { expect, test, type Page } from "./fixtures/test";
import { db } from "@/lib/db/client";
import { requests, staffUsers } from "@/lib/db/schema";
import type { RequestStatus } from "@/lib/domain/vocabulary";
import { runStaffTransition } from "@/lib/requests/transitions/run-staff-transition";
import { freshShopCustomer, startRequest, verifiedRequest, waitForStep } from "@/scripts/test-support/fulfilment";
import { keepScreenshot } from "./fixtures/screenshot";
import { createStaff, signIn, type TestStaff } from "./fixtures/staff";
import { createVerifiedRequest } from "./fixtures/staff-requests";

test.describe.configure({ timeout: 180_000 });

/**
 * English the French staff screens once showed (confirmations written in English in the server actions,
 * words the catalogue lacked) and the shapes of a raw key or an unfilled placeholder.
 */
const ENGLISH_LEFTOVERS = [
  /Assignment saved/,
  /Work started/,
  /Regime corrected/,
  /Identity recorded/,
  /Mail queued again/,
  /\b(?:the|and|of|to|is|was|has|with|your|this) (?:the|subject|request|deadline|mail|step|data|person)\b/,
];
const RAW_KEY = /\b[a-z]+(?:_[a-z]+)+\b|\{[a-zA-Z]+\}/;

async function expectFrench(page: Page, where: string) {
  const text = await page.locator("main").innerText();
  for (const english of ENGLISH_LEFTOVERS) expect(text, `${where}: ${english}`).not.toMatch(english);
  // Raw keys (snake_case) in the visible text, outside e-mail addresses and the record sets' own names
  // (system.table: data, named as in the package's files).
  const visible = text.replace(/\S+@\S+/g, " ").replace(/\S+\.\S+/g, " ");
  expect(visible.match(RAW_KEY)?.[0] ?? null, where).toBeNull();
}

async function shoot(page: Page, name: string) {
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: width > 1000 ? 900 : 844 });
    await keepScreenshot(page, `${name}-${width}`);
  }
  await page.setViewportSize({ width: 1366, height: 900 });
}

/** A verified request put in `status` (set in the database: the page only reads it). */
async function requestIn(status: RequestStatus, assignee: TestStaff): Promise<{ id: string; reference: string }> {
  const req = await createVerifiedRequest({ type: "access", jurisdiction: "FR", locale: "fr", assignTo: assignee });
  const closed = ["completed", "rejected", "withdrawn"].includes(status);
  await db()
    .update(requests)
    .set({
      status,
      ...(closed ? { closedAt: sql`now()` } : {}),
      ...(status === "completed" ? { outcome: "completed" } : {}),
      ...(status === "awaiting_subject" ? { pausedAt: sql`now()` } : {}),
    })
    .where(eq(requests.id, req.id));
  return req;
}

/** A DPO signed in at desktop width, their staff language set to French: the queue reads "Demandes". */
async function frenchDpo(page: Page): Promise<TestStaff> {
  const dpo = await createStaff("dpo");
  await page.setViewportSize({ width: 1366, height: 900 });
  await signIn(page, dpo);
  await db().update(staffUsers).set({ locale: "fr" }).where(eq(staffUsers.id, dpo.id));
  await page.reload();
  await expect(page.getByRole("heading", { name: "Demandes", exact: true })).toBeVisible();
  return dpo;
}

test("the French staff screens: a request in each status, the queue and the confirmations have no English or raw key left", async ({
  page,
}) => {
  const dpo = await frenchDpo(page);

  // A confirmation from a server action in French: claim a new request.
  const fresh = await createVerifiedRequest({ type: "erasure", jurisdiction: "FR", locale: "fr" });
  await page.goto(`/staff/requests/${fresh.id}`);
  await page.getByRole("button", { name: "Prendre (me l'attribuer)" }).click();
  await expect(page.getByText("Attribution enregistrée.")).toBeVisible();
  await expectFrench(page, "claimed");

  for (const status of ["new", "in_progress", "awaiting_subject", "in_review", "completed", "withdrawn"] as const) {
    const req = await requestIn(status, dpo);
    await page.goto(`/staff/requests/${req.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(req.reference);
    await expectFrench(page, status);
    await shoot(page, `staff-fr-request-${status}`);
  }
  const refused = await createVerifiedRequest({ type: "access", jurisdiction: "FR", locale: "fr", assignTo: dpo });
  await runStaffTransition(
    { type: "refuse", requestId: refused.id, version: 3, reasonCode: "manifestly_unfounded", reasonText: "Abusif." },
    { id: dpo.id, role: dpo.role },
  );
  await page.goto(`/staff/requests/${refused.id}`);
  // The refusal line with the French colon (it was written "Manifestement infondée: Abusif.").
  await expect(page.getByText("Manifestement infondée : Abusif.", { exact: true })).toBeVisible();
  await expectFrench(page, "rejected");
  await shoot(page, "staff-fr-request-rejected");

  await page.goto("/staff/requests?status=all");
  await expectFrench(page, "queue");
  await shoot(page, "staff-fr-queue");
});

test("in French: an access request at the package review, with its collected data and fulfilment steps, has no English or raw key", async ({
  page,
}) => {
  const dpo = await frenchDpo(page);
  const customer = await freshShopCustomer(2);
  const id = await verifiedRequest({ type: "access", email: customer.email, locale: "fr" });
  await startRequest(id, { kind: "staff", id: dpo.id, role: dpo.role });
  await waitForStep(id, "review_package", "waiting", 90_000);
  await page.goto(`/staff/requests/${id}`);
  await expect(page.getByTestId("fulfilment-panel")).toBeVisible();
  // One word for the package, as in the step's name ("Relire le dossier"), not "paquet" in the panel.
  await expect(page.getByTestId("fulfilment-panel")).not.toContainText("paquet");
  await expect(page.getByRole("button", { name: "Approuver le dossier" })).toBeVisible();
  await expect(page.getByTestId("fulfilment-panel")).toContainText(/Dossier de \d+ enregistrements/);
  // The workers' entries in the history are the system's, in French (the timeline wrote "· system").
  await expect(page.locator("ol.timeline")).toContainText("· système");
  await expect(page.locator("ol.timeline")).not.toContainText(/· system\b/);
  await expectFrench(page, "package review");
  await shoot(page, "staff-fr-request-package-review");
  // On a phone the record sets' table wraps its long names instead of widening the page.
  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
