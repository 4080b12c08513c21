import "../scripts/test-support/load-runtime-env";
import { expect, test } from "./fixtures/test";
import type { Page } from "@playwright/test";
import { db } from "@/lib/db/client";
import { findRequest } from "@/lib/db/queries/requests";
import { approveChanges } from "@/lib/fulfilment/decisions/approve-changes";
import { approveErasure } from "@/lib/fulfilment/decisions/approve-erasure";
import { formatInstantInZone, formatLocalDate } from "@/lib/i18n/format-date";
import { refusalReasonText } from "@/lib/mail/templates/format";
import { runTransition } from "@/lib/requests/transitions/run-transition";
import { STATUS_OUTCOME } from "@/lib/i18n/messages/status-outcome";
import {
  freshShopCustomer,
  startRequest,
  testStaff,
  verifiedRequest,
  waitForRequestStatus,
  waitForStep,
} from "@/scripts/test-support/fulfilment";
import { waitForMail } from "./fixtures/mailbox";
import { keepScreenshot } from "./fixtures/screenshot";
import { issueStatusLink } from "./fixtures/status-link";

test.describe.configure({ timeout: 180_000 });

/** Every instant the page shows is in the request's controller zone, labelled with it. */
async function expectTimesInControllerZone(page: Page, requestId: string, locale: "en" | "fr") {
  const row = (await findRequest(db(), { id: requestId }))!;
  expect(row.controllerTimeZone).toBeTruthy();
  const zone = row.controllerTimeZone!;
  await expect(page.getByTestId("received-at")).toHaveText(formatInstantInZone(row.receivedAt, locale, zone));
  const times = await page.getByTestId("timeline").locator("time").allTextContents();
  expect(times.length).toBeGreaterThan(2);
  for (const t of times) expect(t).toContain(`(${zone})`);
}

test("en: a completed erasure's page says what was erased and what was kept, with the legal ground and reason", async ({
  page,
  request,
}) => {
  const dpo = await testStaff("dpo");
  const agent = await testStaff("agent");
  const customer = await freshShopCustomer(2);
  const id = await verifiedRequest({ type: "erasure", email: customer.email });
  const statusPath = await issueStatusLink(id, "en");
  await startRequest(id, agent);
  await waitForStep(id, "approve_erasure", "waiting", 60_000);
  await approveErasure(dpo.id, { requestId: id });
  await waitForRequestStatus(id, "completed", 60_000);
  const mail = await waitForMail(request, customer.email, /complete/);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(statusPath);
  const outcome = page.getByTestId("outcome");
  await expect(outcome.getByRole("heading")).toHaveText(STATUS_OUTCOME.en.title);
  // What the mail said, on the page: the kept invoices with the exemption and its reason (the legal hold)…
  const kept = outcome.getByTestId("outcome-kept");
  await expect(kept).toContainText("Your orders (Demo Shop");
  await expect(outcome).toContainText("Art. 17(3)(b)");
  await expect(kept).toContainText(/accounting/i);
  expect(mail.text).toMatch(/accounting/i);
  // …and what was erased or anonymised.
  await expect(outcome.getByTestId("outcome-erased")).toContainText(/Your customer account \(Demo Shop.*anonymised/);
  await expectTimesInControllerZone(page, id, "en");
  // The reference wraps at its dashes only: no mid-token break on a phone, no horizontal scroll.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await keepScreenshot(page, "portal-status-erasure-kept-390");
  await page.setViewportSize({ width: 1366, height: 900 });
  await keepScreenshot(page, "portal-status-erasure-kept-1366");
});

test("fr: a completed rectification's page lists the corrected values", async ({ page, request }) => {
  const agent = await testStaff("agent");
  const customer = await freshShopCustomer(1);
  const id = await verifiedRequest({
    type: "rectification",
    email: customer.email,
    locale: "fr",
    rectification: [{ field: "Téléphone", currentValue: customer.phone ?? "", newValue: "+33 6 00 00 00 01" }],
  });
  const statusPath = await issueStatusLink(id, "fr");
  await startRequest(id, agent);
  const read = await waitForStep(id, "read_current", "succeeded", 60_000);
  await waitForStep(id, "approve_changes", "waiting", 60_000);
  await approveChanges(agent.id, {
    requestId: id,
    changes: [{ systemId: read.systemId!, table: "shop.customers", field: "phone", value: "+33 6 00 00 00 02" }],
  });
  await waitForRequestStatus(id, "completed", 60_000);
  const mail = await waitForMail(request, customer.email, /traitée/);
  expect(mail.text).toContain("+33 6 00 00 00 02");

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(statusPath);
  const outcome = page.getByTestId("outcome");
  await expect(outcome.getByRole("heading")).toHaveText(STATUS_OUTCOME.fr.title);
  await expect(outcome.getByTestId("outcome-changed")).toContainText(/Phone \(Demo Shop.*\) : \+33 6 00 00 00 02/);
  await expectTimesInControllerZone(page, id, "fr");
  await keepScreenshot(page, "portal-status-rectification-fr-390");
});

test("en: an extended then refused request shows the new date with the reason, the refusal ground and the team's details", async ({
  page,
}) => {
  const dpo = await testStaff("dpo");
  const customer = await freshShopCustomer(1);
  const id = await verifiedRequest({ type: "access", email: customer.email });
  const statusPath = await issueStatusLink(id, "en");
  await db().transaction((tx) =>
    runTransition(tx, {
      requestId: id,
      actor: dpo,
      action: { type: "extend", reason: "Data spread over 12 systems" },
    }),
  );
  await page.goto(statusPath);
  const row = (await findRequest(db(), { id }))!;
  const note = page.getByTestId("extension-note");
  await expect(note).toContainText("Data spread over 12 systems");
  await expect(note).toContainText(formatLocalDate(row.dueDate, "en"));

  await db().transaction((tx) =>
    runTransition(tx, {
      requestId: id,
      actor: dpo,
      action: { type: "refuse", reasonCode: "excessive", reasonText: "Fifth identical request this month" },
    }),
  );
  await page.reload();
  const refusal = page.getByTestId("refusal-note");
  await expect(refusal.getByTestId("refusal-reason")).toHaveText(refusalReasonText("excessive", "en"));
  await expect(refusal).toContainText("Fifth identical request this month");
  await expectTimesInControllerZone(page, id, "en");
  await keepScreenshot(page, "portal-status-refused-1366");
});
