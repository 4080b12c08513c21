import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { env } from "@/lib/env";
import { collectDataset, findSubjectRows } from "./collect";
import { parseDataset, type DatasetConfig } from "./config";
import { demoShopDataset } from "./demo-shop.dataset";
import { executeErasure, planErasure } from "./erasure";
import { rectify, setRestriction, stopMarketing } from "./flags";

const pool = new pg.Pool({ connectionString: env().DATABASE_URL, max: 3 });
// Tests run on a copy of the demo shop in their own schema, so the seeded shop stays intact.
const SCHEMA = `shop_test_${process.pid}`;
let dataset: DatasetConfig;

beforeAll(async () => {
  await pool.query(`drop schema if exists ${SCHEMA} cascade; create schema ${SCHEMA}`);
  for (const t of ["customers", "addresses", "orders", "order_items", "newsletter_subscriptions", "support_tickets"]) {
    await pool.query(`create table ${SCHEMA}.${t} (like shop.${t} including all)`);
    await pool.query(
      `insert into ${SCHEMA}.${t} select * from shop.${t} where ${t === "order_items" ? "order_id in (select id from shop.orders where customer_id <= 50)" : t === "newsletter_subscriptions" ? "customer_id <= 50" : t === "customers" ? "id <= 50" : "customer_id <= 50"}`,
    );
  }
  dataset = parseDataset(JSON.parse(JSON.stringify(demoShopDataset).replaceAll('"shop.', `"${SCHEMA}.`)));
});
afterAll(async () => {
  await pool.query(`drop schema if exists ${SCHEMA} cascade`);
  await pool.end();
});

async function customerWith(condition: string) {
  const { rows } = await pool.query<{ id: number; email: string }>(
    `select c.id, c.email from ${SCHEMA}.customers c where ${condition} order by c.id limit 1`,
  );
  return rows[0]!;
}

it("plans erasure per table: delete, anonymise, or keep under a legal hold with its exemption", async () => {
  const c = await customerWith(`exists (select 1 from ${SCHEMA}.orders o where o.customer_id = c.id)`);
  const plan = await planErasure(pool, dataset, { email: c.email });
  const byTable = Object.fromEntries(plan.map((s) => [s.table.split(".")[1], s]));
  expect(byTable.customers!.action).toBe("anonymise");
  expect(byTable.addresses!.action).toBe("delete");
  expect(byTable.orders!.action).toBe("retain");
  // The ground and reason in each language the dataset gives, so a French subject reads French.
  expect(byTable.orders!.exemption).toMatchObject({
    en: expect.stringMatching(/17\(3\)\(b\)/),
    fr: expect.stringMatching(/paragraphe 3, point b\).*obligation légale/),
  });
  expect(byTable.orders!.fields.map((f: { name: string }) => f.name)).toEqual(["shipping_name", "shipping_address"]);
});

it("erases: deleted rows gone, kept rows anonymised with amounts intact, re-discovery finds nothing, twice is harmless", async () => {
  const c = await customerWith(`exists (select 1 from ${SCHEMA}.orders o where o.customer_id = c.id)`);
  const { rows: ordersBefore } = await pool.query(
    `select id, total_cents from ${SCHEMA}.orders where customer_id = $1 order by id`,
    [c.id],
  );
  const plan = await planErasure(pool, dataset, { email: c.email });
  await executeErasure(pool, dataset, plan);
  await executeErasure(pool, dataset, plan);

  expect(
    (await pool.query(`select count(*)::int n from ${SCHEMA}.addresses where customer_id = $1`, [c.id])).rows[0].n,
  ).toBe(0);
  const { rows: customer } = await pool.query(
    `select email, first_name, phone from ${SCHEMA}.customers where id = $1`,
    [c.id],
  );
  expect(customer[0].email).not.toBe(c.email);
  expect(customer[0].first_name).toBe("erased");
  expect(customer[0].phone).toBeNull();
  const { rows: ordersAfter } = await pool.query(
    `select id, total_cents, shipping_name, shipping_address from ${SCHEMA}.orders where customer_id = $1 order by id`,
    [c.id],
  );
  expect(ordersAfter.map((o) => [o.id, o.total_cents])).toEqual(ordersBefore.map((o) => [o.id, o.total_cents]));
  expect(ordersAfter.every((o) => o.shipping_name === "erased" && o.shipping_address === null)).toBe(true);

  const again = await findSubjectRows(pool, dataset, { email: c.email });
  expect([...again.values()].every((v) => v.keys.length === 0)).toBe(true);
  expect(await planErasure(pool, dataset, { email: c.email })).toEqual([]);
});

it("sets and lifts the restriction flag, stops marketing, and rectifies approved fields", async () => {
  const c = await customerWith("marketing_opt_in");
  await setRestriction(pool, dataset, { email: c.email }, true);
  expect(
    (await pool.query(`select restricted_at from ${SCHEMA}.customers where id = $1`, [c.id])).rows[0].restricted_at,
  ).not.toBeNull();
  await setRestriction(pool, dataset, { email: c.email }, false);
  expect(
    (await pool.query(`select restricted_at from ${SCHEMA}.customers where id = $1`, [c.id])).rows[0].restricted_at,
  ).toBeNull();

  await stopMarketing(pool, dataset, { email: c.email });
  expect(
    (await pool.query(`select marketing_opt_in from ${SCHEMA}.customers where id = $1`, [c.id])).rows[0]
      .marketing_opt_in,
  ).toBe(false);
  const { rows: news } = await pool.query(
    `select unsubscribed_at from ${SCHEMA}.newsletter_subscriptions where lower(email) = lower($1)`,
    [c.email],
  );
  expect(news.every((n) => n.unsubscribed_at !== null)).toBe(true);

  await rectify(pool, dataset, { email: c.email }, [
    { table: `${SCHEMA}.customers`, field: "phone", value: "+33 6 00 00 00 00" },
  ]);
  expect((await pool.query(`select phone from ${SCHEMA}.customers where id = $1`, [c.id])).rows[0].phone).toBe(
    "+33 6 00 00 00 00",
  );
  await expect(
    rectify(pool, dataset, { email: c.email }, [{ table: `${SCHEMA}.customers`, field: "created_at", value: "x" }]),
  ).rejects.toThrow(/not a rectifiable field/);
  const sets = await collectDataset(pool, dataset, { email: c.email });
  expect(sets.find((s) => s.name.endsWith(".customers"))!.rows[0]!.phone).toBe("+33 6 00 00 00 00");
});
