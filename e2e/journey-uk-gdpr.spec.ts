import { computeDeadline } from "@/lib/domain/deadline";
import { freshShopCustomer } from "@/scripts/test-support/fulfilment";
import { openWorkspace, shop } from "./fixtures/fulfilment-workspace";
import { confirmByMailLink, expect } from "./fixtures/portal-journey";
import {
  acknowledgement,
  approvePackage,
  approvePhoneChange,
  completionMail,
  downloadPackage,
  fileAsResident,
  prose,
} from "./fixtures/regime-journey";
import { createStaff } from "./fixtures/staff";
import { test } from "./fixtures/test";

// Each test drives the real workers through a whole plan.
test.describe.configure({ timeout: 240_000 });

/** Words of the EU GDPR (or its French name, or the CNIL) that must not reach a UK resident. */
const EU_ONLY = /(?<!UK )\bGDPR\b|\bRGPD\b|CNIL|Article 77|edpb/;

const WANT = {
  en: {
    timeLimit:
      "Articles 12(3) and 12A of the UK GDPR (as amended by the Data (Use and Access) Act 2025) require us to answer within one month",
    ico: "Information Commissioner",
    rectification: "(UK GDPR article 16)",
    portability: "(UK GDPR article 20)",
  },
  fr: {
    timeLimit:
      "L'article 12, paragraphe 3, et l'article 12A du UK GDPR (tel que modifié par le Data (Use and Access) Act 2025) nous imposent de vous répondre dans un délai d'un mois",
    ico: "Information Commissioner",
    rectification: "(article 16 du UK GDPR)",
    portability: "(article 20 du UK GDPR)",
  },
} as const;

/**
 * The due date a UK request gets: one calendar month from receipt (Art. 12(3), 12A(2) UK GDPR), the
 * corresponding date or the month's last day, moved to the next working day of England & Wales.
 */
function expectUkMonth(due: string) {
  const received = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date());
  const { dueDate, holidayCalendar } = computeDeadline({
    jurisdiction: "GB",
    controller: "FR",
    timeZone: "Europe/Paris",
    receivedAt: new Date(),
  });
  expect(holidayCalendar).toBe("GB");
  expect(due).toBe(dueDate);
  const [y, m, d] = received.split("-").map(Number) as [number, number, number];
  // Never before the corresponding date of the next month (or its last day), never a weekend.
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const corresponding = new Date(Date.UTC(y, m, Math.min(d, lastDay))).toISOString().slice(0, 10);
  expect(due >= corresponding).toBe(true);
  expect([0, 6]).not.toContain(new Date(`${due}T00:00:00Z`).getUTCDay());
}

for (const locale of ["en", "fr"] as const) {
  const want = WANT[locale];

  test(`${locale}: a UK resident's rectification — UK GDPR one-month clock, staff approve, the shop is corrected, the mails cite Art. 16 UK GDPR and the ICO`, async ({
    page,
    request,
  }) => {
    const customer = await freshShopCustomer(1);
    const newPhone = `+44 20 7946 ${String(Math.floor(Math.random() * 9000) + 1000)}`;
    const filed = await fileAsResident(page, {
      locale,
      type: "rectification",
      residence: "GB",
      email: customer.email,
      newPhone,
    });
    expectUkMonth(filed.due);
    await expect(page.getByTestId("due-note")).toContainText(want.timeLimit);
    await expect(page.getByTestId("due-note")).not.toContainText(EU_ONLY);

    await confirmByMailLink(page, request, locale, filed);
    await expect(page.locator("main")).toContainText("UK GDPR");
    await expect(page.locator("main")).not.toContainText(EU_ONLY);
    const ack = prose(await acknowledgement(request, customer.email));
    expect(ack).toContain(want.timeLimit);
    expect(ack).toContain(want.ico);
    expect(ack).toContain("ico.org.uk");
    expect(ack).toContain("164A");
    expect(ack).not.toMatch(EU_ONLY);

    const agent = await createStaff("agent");
    await openWorkspace(page, agent, filed.requestId);
    await expect(page.getByText("GB (UK GDPR) · public holidays of GB", { exact: true })).toBeVisible();
    await approvePhoneChange(page, { customerId: customer.id, newPhone });

    const done = prose(await completionMail(request, customer.email));
    expect(done).toContain(want.rectification);
    expect(done).toContain("ico.org.uk");
    expect(done).not.toMatch(EU_ONLY);
  });

  test(`${locale}: a UK resident's portability — staff approve the package, the mail cites Art. 20 UK GDPR, the ZIP downloads with the data as JSON and CSV`, async ({
    page,
    request,
  }) => {
    const customer = await freshShopCustomer(2);
    const orders = await shop("select id from shop.orders where customer_id = $1", [customer.id]);
    const filed = await fileAsResident(page, { locale, type: "portability", residence: "GB", email: customer.email });
    expectUkMonth(filed.due);
    await expect(page.getByTestId("due-note")).toContainText(want.timeLimit);
    const statusUrl = await confirmByMailLink(page, request, locale, filed);
    const ack = prose(await acknowledgement(request, customer.email));
    expect(ack).toContain(want.timeLimit);
    expect(ack).not.toMatch(EU_ONLY);

    const agent = await createStaff("agent");
    await openWorkspace(page, agent, filed.requestId);
    await approvePackage(page);

    const done = prose(await completionMail(request, customer.email));
    expect(done).toContain(want.portability);
    expect(done).toContain("ico.org.uk");
    expect(done).not.toMatch(EU_ONLY);

    const files = await downloadPackage(page, request, { locale, statusUrl, email: customer.email });
    expect(Object.keys(files)).toEqual(expect.arrayContaining(["data.json", "shop.customers.csv", "shop.orders.csv"]));
    expect(files["shop.customers.csv"]).toContain(customer.email);
    const data = JSON.parse(files["data.json"]!) as { recordSets: { name: string; rows: { id: number }[] }[] };
    const jsonOrders = data.recordSets.find((s) => s.name === "shop.orders")!.rows.map((r) => r.id);
    expect(jsonOrders.sort()).toEqual(orders.map((o) => o.id as number).sort());
  });
}
