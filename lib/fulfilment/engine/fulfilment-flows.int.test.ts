import { buffer } from "node:stream/consumers";
import { and, eq } from "drizzle-orm";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { fileStaff } from "@/scripts/test-support/file-staff";
import { db } from "@/lib/db/client";
import { exports, staffNotifications } from "@/lib/db/schema";
import { openExport } from "@/lib/exports/package-store";
import { waitForMail, waitForMailWhere } from "@/scripts/test-support/mailbox";
import {
  freshShopCustomer,
  shop,
  listTasks,
  startRequest,
  verifiedRequest,
  waitForRequestStatus,
  waitForStep,
} from "@/scripts/test-support/fulfilment";
import { runStaffTransition } from "@/lib/requests/transitions/run-staff-transition";
import { approveChanges } from "@/lib/fulfilment/decisions/approve-changes";
import { approveErasure } from "@/lib/fulfilment/decisions/approve-erasure";
import { approvePackage } from "@/lib/fulfilment/decisions/approve-package";

/** The flows that answer a right with data: access, portability, erasure, rectification (happy paths). */

const { dpo, agent } = fileStaff({ dpo: "dpo", agent: "agent" });

describe("access and portability", () => {
  it("collects, waits for review, rebuilds without the excluded record, mails, and the package holds only the subject's orders", async () => {
    const customer = await freshShopCustomer(3);
    const id = await verifiedRequest({ type: "access", email: customer.email, locale: "fr" });
    await startRequest(id, agent);

    const review = await waitForStep(id, "review_package", "waiting");
    expect((await waitForRequestStatus(id, "in_review")).status).toBe("in_review");
    const [draft] = await db().select().from(exports).where(eq(exports.requestId, id));
    expect(draft!.approvedAt).toBeNull(); // not downloadable before review
    const orders = await shop("select id from shop.orders where customer_id = $1 order by id", [customer.id]);
    expect((draft!.recordCounts as Record<string, number>)["shop.orders"]).toBe(orders.length);

    // Closing by hand now would leave the package unapproved: refused while the review waits.
    const inReview = await waitForRequestStatus(id, "in_review");
    await expect(
      runStaffTransition({ type: "complete", requestId: id, version: inReview.version }, { id: dpo.id, role: "dpo" }),
    ).rejects.toThrow(/not finished/);
    await approvePackage(agent.id, {
      requestId: id,
      exclusions: [{ set: "shop.orders", index: 0, reason: "Concerns a gift order paid by another person" }],
    });
    const done = await waitForRequestStatus(id, "completed");
    expect(done.outcome).toBe("completed");
    const mail = await waitForMail(customer.email, /traitée/);
    // The subject is told, in their language, that exactly one record was left out and why.
    const oneLine = mail.text.replace(/\s+/g, " ");
    expect(oneLine).toContain(
      "1 enregistrement n’a pas été inclus dans le fichier, car il concerne d’autres personnes ou est protégé par la loi.",
    );
    expect(oneLine).not.toMatch(/\d+ enregistrements n’ont pas été inclus/);

    const [pkg] = await db()
      .select()
      .from(exports)
      .where(and(eq(exports.requestId, id), eq(exports.id, (await latestApproved(id)).id)));
    expect(pkg!.approvedBy).toBe(agent.id);
    const files = unzipSync(new Uint8Array(await buffer(await openExport(pkg!))));
    const data = JSON.parse(strFromU8(files["data.json"]!)) as {
      recordSets: { name: string; rows: { id: number; email?: string }[] }[];
    };
    expect(data.recordSets.find((s) => s.name === "shop.orders")!.rows.map((o) => o.id)).toEqual(
      orders.slice(1).map((o) => o.id),
    );
    expect(data.recordSets.find((s) => s.name === "shop.customers")!.rows.map((r) => r.email)).toEqual([
      customer.email,
    ]);
    const report = strFromU8(files["report.html"]!);
    expect(report).toContain('lang="fr"');
    expect(report).toContain("ParcelCo SAS");
    expect(report).toContain("réclamation");
    // Field labels, not column or table names; the plain-text summary beside it (issue 12 item 4).
    expect(report).toContain("Date de naissance");
    expect(report).not.toContain("birth_date");
    expect(report).not.toContain("shop.customers");
    expect(strFromU8(files["summary.txt"]!)).toContain("Vos droits");
    // Each step ran once.
    const tasks = await listTasks(db(), { requestId: id });
    expect(tasks.map((t) => [t.operation, t.status])).toEqual([
      ["collect", "succeeded"],
      ["assemble", "succeeded"],
      ["review_package", "succeeded"],
      ["complete", "succeeded"],
    ]);
    expect(review.assigneeId).toBeNull();
  });

  it("portability carries only the data the subject provided or generated (orders and their lines included)", async () => {
    const customer = await freshShopCustomer(1);
    const id = await verifiedRequest({ type: "portability", email: customer.email });
    await startRequest(id, dpo);
    await waitForStep(id, "review_package", "waiting");
    await approvePackage(dpo.id, { requestId: id, exclusions: [] });
    await waitForRequestStatus(id, "completed");
    const files = unzipSync(new Uint8Array(await buffer(await openExport(await latestApproved(id)))));
    expect(Object.keys(files)).not.toContain("report.html");
    expect(Object.keys(files)).toContain("shop.orders.csv");
    expect(Object.keys(files)).toContain("shop.order_items.csv");
    expect(Object.keys(files)).toContain("shop.customers.csv");
    expect(Object.keys(files)).toContain("README.txt");
    await waitForMail(customer.email, /complete/);
  });
});

async function latestApproved(requestId: string) {
  const rows = await db().select().from(exports).where(eq(exports.requestId, requestId));
  const approved = rows.filter((r) => r.approvedAt !== null && r.purgedAt === null);
  expect(approved).toHaveLength(1);
  return approved[0]!;
}

describe("erasure", () => {
  it("discovers, waits for the DPO, erases, proves nothing erasable is left, keeps invoices under the exemption, tells recipients and the subject", async () => {
    const customer = await freshShopCustomer(2);
    const orderIds = (await shop("select id from shop.orders where customer_id = $1", [customer.id])).map(
      (r) => r.id as number,
    );
    const id = await verifiedRequest({ type: "erasure", email: customer.email });
    await startRequest(id, agent);
    const discover = await waitForStep(id, "discover", "succeeded");
    const plan = (discover.resultSummary as { plan: { table: string; action: string }[] }).plan;
    expect(plan.find((p) => p.table === "shop.orders")!.action).toBe("retain");
    await waitForStep(id, "approve_erasure", "waiting");
    const bell = await db()
      .select()
      .from(staffNotifications)
      .where(and(eq(staffNotifications.requestId, id), eq(staffNotifications.userId, dpo.id)));
    expect(bell.map((n) => n.kind)).toEqual(["fulfilment_approval"]);
    // Nothing is erased before the DPO approves.
    expect(await shop("select email from shop.customers where id = $1", [customer.id])).toEqual([
      { email: customer.email },
    ]);

    await approveErasure(dpo.id, { requestId: id });
    await waitForRequestStatus(id, "completed");
    const [row] = await shop("select email, first_name, phone from shop.customers where id = $1", [customer.id]);
    expect(row.email).toMatch(/^erased-/);
    expect(row.first_name).toBe("erased");
    expect(row.phone).toBeNull();
    expect(await shop("select 1 from shop.addresses where customer_id = $1", [customer.id])).toEqual([]);
    expect(
      await shop("select 1 from shop.newsletter_subscriptions where lower(email) = lower($1)", [customer.email]),
    ).toEqual([]);
    const kept = await shop(
      "select id, shipping_name, shipping_address, total_cents from shop.orders where id = any($1) order by id",
      [orderIds],
    );
    expect(kept).toHaveLength(orderIds.length); // invoices kept 10 years…
    expect(kept.every((o) => o.shipping_name === "erased" && o.shipping_address === null && o.total_cents > 0)).toBe(
      true,
    ); // …without the person

    const erase = await waitForStep(id, "erase", "succeeded");
    expect((erase.resultSummary as { remainingErasable: number }).remainingErasable).toBe(0);
    const notice = await waitForMailWhere("privacy@parcelco.test", (m) => m.text.includes(customer.email));
    expect(notice.subject).toMatch(/erase/i);
    const mail = await waitForMail(customer.email, /complete/);
    expect(mail.text).toMatch(/Art\. 17\(3\)\(b\)/);
    expect(mail.text).toMatch(/accounting/i);
  });
});

describe("rectification", () => {
  it("shows current values, applies the approved (amended) value in the shop, tells recipients and the subject", async () => {
    const customer = await freshShopCustomer(1);
    const id = await verifiedRequest({
      type: "rectification",
      email: customer.email,
      rectification: [{ field: "Phone number", currentValue: customer.phone ?? "", newValue: "+33 6 00 00 00 01" }],
    });
    await startRequest(id, agent);
    const read = await waitForStep(id, "read_current", "succeeded");
    await waitForStep(id, "approve_changes", "waiting");
    await expect(
      approveChanges(agent.id, {
        requestId: id,
        changes: [{ systemId: read.systemId!, table: "shop.orders", field: "total_cents", value: "0" }],
      }),
    ).rejects.toThrow(/cannot be corrected/);
    await approveChanges(agent.id, {
      requestId: id,
      changes: [{ systemId: read.systemId!, table: "shop.customers", field: "phone", value: "+33 6 00 00 00 02" }],
    });
    await waitForRequestStatus(id, "completed");
    expect(await shop("select phone from shop.customers where id = $1", [customer.id])).toEqual([
      { phone: "+33 6 00 00 00 02" },
    ]);
    const mail = await waitForMail(customer.email, /complete/);
    expect(mail.text).toContain("+33 6 00 00 00 02");
    const notice = await waitForMailWhere("privacy@parcelco.test", (m) => m.text.includes(customer.email));
    expect(notice.subject).toMatch(/correct/i);
    expect(notice.text).toContain("+33 6 00 00 00 02");
  });
});
