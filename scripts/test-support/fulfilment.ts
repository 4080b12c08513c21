import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/password";
import { setDataSystemSecret } from "@/lib/db/queries/data-systems";
import { db, pool } from "@/lib/db/client";
import { findRequest, type RequestRow } from "@/lib/db/queries/requests";
import { upsertStaff } from "@/lib/db/queries/staff";
import { listTasks, type TaskRow } from "@/lib/db/queries/tasks";
import { dataSystems, requestTasks } from "@/lib/db/schema";
import type { Actor } from "@/lib/domain/lifecycle";
import { fulfilmentProgress } from "@/lib/db/queries/fulfilment-progress";
import { runTransition } from "@/lib/requests/transitions/run-transition";
import { submitRequest } from "@/lib/requests/intake/submit-request";
import { waitFor } from "./wait-for";

/** Rows of a query against the demo shop (the shop lives in the product's own database). */
export const shop = (sql: string, params: unknown[]) =>
  pool()
    .query(sql, params)
    .then((r) => r.rows);

export type ShopCustomer = { id: number; email: string; first_name: string; phone: string | null };

/**
 * A demo-shop customer nobody has used in a test yet (not erased, no request filed with their
 * address): picked at random among those with at least `minOrders` orders.
 */
export async function freshShopCustomer(minOrders = 2): Promise<ShopCustomer> {
  // Each customer is handed out once per database: a portability or opt-out test leaves its customer
  // looking unused, and two tests sharing one would read each other's mails (same address).
  await pool()
    .query(`create table if not exists shop.test_fresh_customers (id integer primary key)`)
    // Two test workers creating it at once: one wins, the other sees it exist (23505/42P07).
    .catch((err: { code?: string }) => {
      if (err.code !== "23505" && err.code !== "42P07") throw err;
    });
  const { rows } = await pool().query<ShopCustomer>(
    `with pick as (
       select c.id, c.email, c.first_name, c.phone from shop.customers c
       where c.email not like 'erased-%' and c.restricted_at is null and c.marketing_opt_in
         and (select count(*) from shop.orders o where o.customer_id = c.id) >= $1
         and exists (select 1 from shop.newsletter_subscriptions n where n.customer_id = c.id and n.unsubscribed_at is null)
         and not exists (select 1 from shop.test_fresh_customers u where u.id = c.id)
       order by random() limit 1),
     taken as (insert into shop.test_fresh_customers select id from pick on conflict do nothing returning id)
     select pick.* from pick join taken using (id)`,
    [minOrders],
  );
  if (!rows[0]) throw new Error("no unused demo-shop customer left");
  return rows[0];
}

export async function testStaff(
  role: "dpo" | "agent" | "admin" | "manager",
): Promise<Extract<Actor, { kind: "staff" }>> {
  const row = await upsertStaff(db(), {
    email: `flow.${role}.${randomBytes(4).toString("hex")}@t.test`,
    name: `Flow ${role}`,
    role,
    passwordHash: await hashPassword("x-unused-x"),
  });
  return { kind: "staff", id: row.id, role };
}

/** Files a request as the subject and confirms it (verification itself is tested elsewhere). */
export async function verifiedRequest(input: Record<string, unknown>): Promise<string> {
  const { id } = await submitRequest(
    { fullName: "Shop Customer", locale: "en", ...input },
    { channel: "portal", actor: { type: "subject" } },
  );
  await db().transaction((tx) =>
    runTransition(tx, { requestId: id, actor: { kind: "subject" }, action: { type: "verify" } }),
  );
  return id;
}

/**
 * Starts work as `staff` and waits until the workers' plan job has written the plan (it runs after
 * the start commits), so a test reads the steps the way they are once planning is done.
 */
export async function startRequest(requestId: string, staff: Actor): Promise<void> {
  await db().transaction((tx) => runTransition(tx, { requestId, actor: staff, action: { type: "start" } }));
  await waitFor(
    async () => ((await fulfilmentProgress(db(), requestId)) === "planning" ? undefined : true),
    30_000,
    "fulfilment plan written",
  );
}

/** Waits until the request's step `operation` (of `systemId`, if given) reaches `status`. */
export async function waitForStep(
  requestId: string,
  operation: string,
  status: TaskRow["status"],
  timeoutMs = 30_000,
): Promise<TaskRow> {
  return waitFor(
    async () => {
      const [row] = await db()
        .select()
        .from(requestTasks)
        .where(
          and(
            eq(requestTasks.requestId, requestId),
            eq(requestTasks.operation, operation),
            eq(requestTasks.status, status),
          ),
        );
      return row;
    },
    timeoutMs,
    `step ${operation} ${status}`,
  );
}

export async function waitForRequestStatus(
  requestId: string,
  status: RequestRow["status"],
  timeoutMs = 30_000,
): Promise<RequestRow> {
  return waitFor(
    async () => {
      const r = await findRequest(db(), { id: requestId });
      return r?.status === status ? r : undefined;
    },
    timeoutMs,
    `request ${status}`,
  );
}

export { listTasks };

/**
 * A new demo-shop customer with `orders` orders of two lines each (for the kill test and the package
 * benchmark). Returns the customer; the rows are ordinary shop rows.
 */
export async function shopCustomerWithOrders(orders: number): Promise<ShopCustomer> {
  const tag = randomBytes(4).toString("hex");
  const { rows } = await pool().query<ShopCustomer>(
    `insert into shop.customers (email, first_name, last_name, phone, marketing_opt_in, created_at)
     values ($1, 'Grande', 'Cliente', '+33 6 11 22 33 44', true, now() - interval '5 years') returning id, email, first_name, phone`,
    [`big.${tag}@shop.test`],
  );
  const customer = rows[0]!;
  await pool().query(
    `insert into shop.orders (customer_id, placed_at, status, total_cents, currency, shipping_name, shipping_address)
     select $1, now() - (g || ' hours')::interval, 'delivered', 1000 + g % 9000, 'EUR', 'Grande Cliente', '1 rue de la Paix, 75002 Paris'
     from generate_series(1, $2) g`,
    [customer.id, orders],
  );
  await pool().query(
    `insert into shop.order_items (order_id, sku, product_name, quantity, unit_price_cents)
     select o.id, 'SKU-' || (o.id % 97) || '-' || k, 'Article ' || k, 1 + k, 500 from shop.orders o, generate_series(1, 2) k where o.customer_id = $1`,
    [customer.id],
  );
  return customer;
}

/** Registers a system for one test and disables it afterwards (rows stay: steps refer to them). */
export async function withSystem<T>(
  values: typeof dataSystems.$inferInsert,
  secret: string | null,
  body: (id: string) => Promise<T>,
): Promise<T> {
  const [row] = await db().insert(dataSystems).values(values).returning();
  if (secret) await setDataSystemSecret(db(), { id: row!.id, secret });
  try {
    return await body(row!.id);
  } finally {
    await db().update(dataSystems).set({ enabled: false }).where(eq(dataSystems.id, row!.id));
  }
}
