import pg from "pg";
import { afterAll, expect, it } from "vitest";
import { env } from "@/lib/env";
import { demoCustomerEmail } from "@/lib/seed/demo-shop";
import { collectDataset } from "./collect";
import { demoShopDataset } from "./demo-shop.dataset";

const pool = new pg.Pool({ connectionString: env().DATABASE_URL, max: 2 });
afterAll(() => pool.end());

it("collects the subject's rows from every table, following relations, and nobody else's", async () => {
  // Find a seeded customer who has orders.
  const { rows } = await pool.query<{ id: number; email: string }>(
    "select c.id, c.email from shop.customers c where exists (select 1 from shop.orders o where o.customer_id = c.id) order by c.id limit 1",
  );
  const customer = rows[0]!;
  const sets = await collectDataset(pool, demoShopDataset, { email: customer.email.toUpperCase() });
  const byName = Object.fromEntries(sets.map((s) => [s.name, s]));
  expect(byName["shop.customers"]!.rows).toHaveLength(1);
  expect(byName["shop.customers"]!.rows[0]!.email).toBe(customer.email);

  const { rows: orders } = await pool.query("select id from shop.orders where customer_id = $1 order by id", [
    customer.id,
  ]);
  expect(byName["shop.orders"]!.rows.map((r) => r.id)).toEqual(orders.map((o) => o.id));
  const { rows: items } = await pool.query("select count(*)::int as n from shop.order_items where order_id = any($1)", [
    orders.map((o) => o.id),
  ]);
  expect(byName["shop.order_items"]!.rows).toHaveLength(items[0].n);
  expect(byName["shop.addresses"]!.rows.length).toBeGreaterThan(0);
  // No column outside the dataset's declared fields leaks into the package.
  expect(Object.keys(byName["shop.orders"]!.rows[0]!).sort()).toEqual([
    "currency",
    "id",
    "placed_at",
    "shipping_address",
    "shipping_name",
    "status",
    "total_cents",
  ]);
});

it("finds nothing for an unknown e-mail", async () => {
  const sets = await collectDataset(pool, demoShopDataset, { email: "nobody.at.all@example.invalid" });
  expect(sets.every((s) => s.rows.length === 0)).toBe(true);
  expect(demoCustomerEmail(1)).toMatch(/@example\.com$/);
});
