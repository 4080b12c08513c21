import { and, eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import { auditLog } from "@/lib/db/schema";
import { submitRequest } from "@/lib/requests/intake/submit-request";
import { loadWorkspace } from "@/lib/requests/staff/workspace";
import { freshShopCustomer, shop, testStaff } from "@/scripts/test-support/fulfilment";
import { matchRequestDataPoints } from "./match-data-points";

afterAll(() => closeDb());

async function customerFacts() {
  const c = await freshShopCustomer(1);
  const [person] = await shop("select last_name from shop.customers where id = $1", [c.id]);
  const [address] = await shop("select postcode from shop.addresses where customer_id = $1 limit 1", [c.id]);
  const [order] = await shop("select id from shop.orders where customer_id = $1 limit 1", [c.id]);
  return {
    email: c.email,
    lastName: person.last_name as string,
    postcode: address?.postcode as string,
    order: String(order.id),
  };
}

const file = (type: string, email: string) =>
  submitRequest(
    { type, email, fullName: "Data Points", locale: "en", jurisdiction: "US-CA" },
    { channel: "portal", actor: { type: "subject" } },
  );

describe("identity verification by data points (11 CCR § 7062)", () => {
  it("access (specific pieces) needs 3 matched points: e-mail + last name + postcode pass, a wrong postcode does not", async () => {
    const f = await customerFacts();
    const { id } = await file("access", f.email);
    const good = await matchRequestDataPoints({
      requestId: id,
      points: { lastName: f.lastName.toUpperCase(), postcode: ` ${f.postcode} ` },
    });
    expect(good).toEqual({
      required: 3,
      points: { email: true, lastName: true, postcode: true },
      matched: 3,
      sufficient: true,
    });
    const bad = await matchRequestDataPoints({ requestId: id, points: { lastName: f.lastName, postcode: "00000" } });
    expect(bad).toMatchObject({ required: 3, points: { postcode: false }, matched: 2, sufficient: false });
    // Stored (audited) without any of the values given or held.
    const entries = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.requestId, id), eq(auditLog.action, "request.data_points_matched")));
    expect(entries).toHaveLength(2);
    expect(JSON.stringify(entries.map((e) => e.payload))).not.toContain(f.lastName);
    // Shown to staff on the request's timeline: counts and per point matched, no values.
    const dpo = await testStaff("dpo");
    const ws = await loadWorkspace(id, { id: dpo.id, role: "dpo" });
    const details = ws!.timeline.flatMap((e) => (e.kind === "event" && e.detail ? [e.detail] : []));
    expect(details).toContain("3 data points matched, 3 required: email ✓, lastName ✓, postcode ✓");
    expect(details).toContain("2 data points matched, 3 required: email ✓, lastName ✓, postcode ✗");
  });

  it("deletion needs 2: e-mail + order number pass; an unknown person matches nothing", async () => {
    const f = await customerFacts();
    const { id } = await file("erasure", f.email);
    expect(await matchRequestDataPoints({ requestId: id, points: { orderNumber: f.order } })).toEqual({
      required: 2,
      points: { email: true, orderNumber: true },
      matched: 2,
      sufficient: true,
    });
    const stranger = await file("erasure", `nobody.${Date.now()}@example.net`);
    expect(
      await matchRequestDataPoints({ requestId: stranger.id, points: { lastName: f.lastName, orderNumber: f.order } }),
    ).toMatchObject({ points: { email: false, lastName: false, orderNumber: false }, matched: 0, sufficient: false });
  });
});
