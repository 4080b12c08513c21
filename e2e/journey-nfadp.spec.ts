import { freshShopCustomer } from "@/scripts/test-support/fulfilment";
import { openWorkspace } from "./fixtures/fulfilment-workspace";
import { waitForMail } from "./fixtures/mailbox";
import { confirmByMailLink, expect } from "./fixtures/portal-journey";
import { acknowledgement, approvePhoneChange, completionMail, fileAsResident, prose } from "./fixtures/regime-journey";
import { createStaff, signIn } from "./fixtures/staff";
import { createVerifiedRequest } from "./fixtures/staff-requests";
import { test } from "./fixtures/test";

test.describe.configure({ timeout: 240_000 });

/**
 * Swiss nFADP: the 30 days of art. 18(1) OPDo and the "new date" of art. 18(2) OPDo are the right of access's
 * (portability's by art. 22 OPDo). A rectification is an art. 32 nFADP claim with no statutory time limit:
 * no page, mail or staff explanation of it may cite art. 18(2) OPDo or call the 30 days a legal duty.
 */
const ACCESS_ONLY = /18\(2\)|18 al\. 2|alinéa 2|must be notified|doit être informée|requires us to answer|nous impose/;
const OTHER_REGIMES = /GDPR|RGPD|CNIL|ICO\b|edpb/;

const WANT = {
  en: {
    timeLimit: "The nFADP sets no time limit for this request (Article 32 of the nFADP)",
    right: "(nFADP article 32)",
    newDate: "New date (nFADP: no statutory time limit for this request, art. 32 nFADP)",
  },
  fr: {
    timeLimit: "La nLPD ne fixe pas de délai pour cette demande (article 32 de la nLPD)",
    right: "(article 32 de la nLPD)",
    newDate: "New date (nFADP: no statutory time limit for this request, art. 32 nFADP)",
  },
} as const;

for (const locale of ["en", "fr"] as const) {
  const want = WANT[locale];

  test(`${locale}: a Swiss rectification — portal, acknowledgement, staff explanation, new-date notice and completion never cite art. 18(2) OPDo`, async ({
    page,
    request,
  }) => {
    const customer = await freshShopCustomer(1);
    const newPhone = `+41 44 123 ${String(Math.floor(Math.random() * 9000) + 1000)}`;
    const filed = await fileAsResident(page, {
      locale,
      type: "rectification",
      residence: "CH",
      email: customer.email,
      newPhone,
    });
    const dueNote = page.getByTestId("due-note");
    await expect(dueNote).toContainText(want.timeLimit);
    await expect(dueNote).not.toContainText(ACCESS_ONLY);
    await confirmByMailLink(page, request, locale, filed);
    await expect(page.locator("main")).toContainText(want.timeLimit);
    await expect(page.locator("main")).not.toContainText(ACCESS_ONLY);
    const ack = prose(await acknowledgement(request, customer.email));
    expect(ack).toContain(want.timeLimit);
    expect(ack).toContain("edoeb.admin.ch");
    expect(ack).not.toMatch(ACCESS_ONLY);
    expect(ack).not.toMatch(OTHER_REGIMES);

    const dpo = await createStaff("dpo");
    await openWorkspace(page, dpo, filed.requestId);
    const explanation = page.getByTestId("deadline-explanation");
    await expect(explanation).toContainText("The nFADP sets no time limit for this request (Article 32 nFADP)");
    await expect(explanation).not.toContainText(ACCESS_ONLY);
    const duties = page.getByTestId("regime-duties");
    await expect(duties).toContainText(want.newDate);
    await expect(duties).not.toContainText(ACCESS_ONLY);
    await duties.getByText("Notify a new date").click();
    const min = await duties.getByLabel("We will answer by").getAttribute("min");
    const newDate = new Date(Date.parse(`${min}T12:00:00Z`) + 10 * 86_400_000).toISOString().slice(0, 10);
    await duties.getByLabel("We will answer by").fill(newDate);
    await duties.getByLabel(/Why we cannot answer/).fill("Our archive provider must extract part of your data.");
    await duties.getByRole("button", { name: "Notify the new date" }).click();
    await expect(page.getByTestId("date-notices")).toBeVisible();
    const notice = prose(await waitForMail(request, customer.email, /when we will answer|date de notre réponse/));
    expect(notice).toContain("Our archive provider must extract part of your data.");
    expect(notice).not.toMatch(/OPDo|Ordinance|ordonnance|18\(2\)|alinéa 2/);
    expect(notice).toContain("edoeb.admin.ch");

    await approvePhoneChange(page, { customerId: customer.id, newPhone });
    const done = prose(await completionMail(request, customer.email));
    expect(done).toContain(want.right);
    expect(done).toContain("edoeb.admin.ch");
    expect(done).not.toMatch(ACCESS_ONLY);
    expect(done).not.toMatch(OTHER_REGIMES);
  });
}

test("a Swiss access request keeps art. 18(1)-(2) OPDo in the staff explanation and the new-date panel", async ({
  page,
}) => {
  const req = await createVerifiedRequest({ jurisdiction: "CH", type: "access" });
  await signIn(page, await createStaff("dpo"));
  await page.goto(`/staff/requests/${req.id}`);
  const explanation = page.getByTestId("deadline-explanation");
  await expect(explanation).toContainText("Article 18(1) of the Data Protection Ordinance (OPDo)");
  await expect(explanation).toContainText("(Article 18(2) OPDo)");
  await expect(page.getByTestId("regime-duties")).toContainText("New date (nFADP, art. 18 al. 2 OPDo)");
});
