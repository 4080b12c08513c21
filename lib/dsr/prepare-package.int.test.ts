import { randomBytes } from "node:crypto";
import { buffer } from "node:stream/consumers";
import { eq, sql } from "drizzle-orm";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { closeDb, db, pool } from "@/lib/db/client";
import { upsertStaff } from "@/lib/db/queries/staff";
import { exports } from "@/lib/db/schema";
import { openExport } from "@/lib/exports/package-store";
import { preparePackage } from "./prepare-package";
import { runTransition } from "./run-transition";
import { submitRequest } from "./submit-request";

let dpo: { id: string };

/** A started request of `type` by the seeded shop customer `email`. */
async function startedRequest(type: "access" | "portability", email: string) {
  const { id } = await submitRequest({ type, email, fullName: "Shop Customer", locale: "fr" }, { channel: "portal", actor: { type: "subject" } });
  // Verification itself is tested elsewhere; here the subject confirms directly through the lifecycle.
  await db().transaction((tx) => runTransition(tx, { requestId: id, actor: { kind: "subject" }, action: { type: "verify" } }));
  await db().transaction((tx) => runTransition(tx, { requestId: id, actor: { kind: "staff", id: dpo.id, role: "dpo" }, action: { type: "start" } }));
  return id;
}

beforeAll(async () => {
  dpo = await upsertStaff(db(), { email: `pkg.dpo.${randomBytes(3).toString("hex")}@t.test`, name: "Pkg DPO", role: "dpo", passwordHash: await hashPassword("x-unused-x") });
});
afterAll(() => closeDb());

async function customerWithOrders(offset: number) {
  const { rows } = await pool().query<{ id: number; email: string }>(
    "select c.id, c.email from shop.customers c where (select count(*) from shop.orders o where o.customer_id = c.id) >= 2 order by c.id offset $1 limit 1",
    [offset],
  );
  return rows[0]!;
}

describe("access and portability packages", () => {
  it("holds the subject's orders and nobody else's, CSVs, and a French report with the Art. 15 facts; built once", async () => {
    const customer = await customerWithOrders(3);
    const id = await startedRequest("access", customer.email);
    const pkg = await preparePackage(id);
    expect((await preparePackage(id)).id).toBe(pkg.id);

    const files = unzipSync(new Uint8Array(await buffer(await openExport(pkg))));
    expect(Object.keys(files).sort()).toEqual(["data.json", "report.html", "shop.addresses.csv", "shop.customers.csv", "shop.newsletter_subscriptions.csv", "shop.order_items.csv", "shop.orders.csv", "shop.support_tickets.csv"]);
    const data = JSON.parse(strFromU8(files["data.json"]!)) as { recordSets: { name: string; rows: { id: number; customer_id?: number; email?: string }[] }[] };
    const orders = data.recordSets.find((s) => s.name === "shop.orders")!.rows;
    const { rows: expected } = await pool().query("select id from shop.orders where customer_id = $1 order by id", [customer.id]);
    expect(orders.map((o) => o.id)).toEqual(expected.map((o) => o.id));
    expect(data.recordSets.find((s) => s.name === "shop.customers")!.rows.map((r) => r.email)).toEqual([customer.email]);
    expect(strFromU8(files["shop.orders.csv"]!).split("\r\n")[0]).toBe("id,placed_at,status,total_cents,currency,shipping_name,shipping_address");

    const report = strFromU8(files["report.html"]!);
    expect(report).toContain('lang="fr"');
    expect(report).toContain("ParcelCo SAS");
    expect(report).toContain("10 years");
    expect(report).toContain("réclamation");
    expect(report).toContain("recours juridictionnel");
  });

  it("portability carries only the data the subject provided (no orders)", async () => {
    const customer = await customerWithOrders(4);
    const id = await startedRequest("portability", customer.email);
    const files = unzipSync(new Uint8Array(await buffer(await openExport(await preparePackage(id)))));
    expect(Object.keys(files)).not.toContain("report.html");
    expect(Object.keys(files)).not.toContain("shop.orders.csv");
    expect(Object.keys(files)).toContain("shop.customers.csv");
    const [row] = await db().select().from(exports).where(eq(exports.requestId, id));
    expect(row!.sizeBytes).toBeGreaterThan(0);
    await db().execute(sql`select 1`);
  });
});
