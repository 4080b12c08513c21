import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { SHOP_SCHEMA_SQL } from "./demo-shop-schema.sql";
import { pick, prng } from "./prng";

const FIRST = [
  "Camille",
  "Louis",
  "Emma",
  "Hugo",
  "Léa",
  "Lucas",
  "Chloé",
  "Jules",
  "Manon",
  "Arthur",
  "Sarah",
  "Noah",
  "Inès",
  "Paul",
  "Alice",
  "Tom",
  "Julie",
  "Nathan",
  "Zoé",
  "Adam",
];
const LAST = [
  "Martin",
  "Bernard",
  "Dubois",
  "Thomas",
  "Robert",
  "Richard",
  "Petit",
  "Durand",
  "Leroy",
  "Moreau",
  "Simon",
  "Laurent",
  "Lefebvre",
  "Michel",
  "Garcia",
  "David",
  "Bertrand",
  "Roux",
  "Vincent",
  "Fournier",
];
const CITIES = [
  ["75011", "Paris"],
  ["69003", "Lyon"],
  ["13001", "Marseille"],
  ["31000", "Toulouse"],
  ["33000", "Bordeaux"],
  ["59000", "Lille"],
  ["44000", "Nantes"],
  ["67000", "Strasbourg"],
] as const;
const PRODUCTS = [
  ["SKU-TEA-01", "Green tea 100 g", 690],
  ["SKU-MUG-02", "Stoneware mug", 1450],
  ["SKU-KET-03", "Kettle 1.7 l", 3990],
  ["SKU-CUP-04", "Espresso cups (x4)", 2200],
  ["SKU-COF-05", "Coffee beans 1 kg", 2490],
  ["SKU-GRD-06", "Burr grinder", 8900],
] as const;
const TICKETS = [
  "Where is my parcel?",
  "Damaged item",
  "Change my delivery address",
  "Refund request",
  "Question about an invoice",
];

export const DEMO_SHOP_CUSTOMERS = 2000;

/** Demo customer n's e-mail (1-based), for tests that file requests about a known customer. */
export function demoCustomerEmail(n: number): string {
  const rand = prng(n);
  const first = pick(rand, FIRST)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
  const last = pick(rand, LAST).toLowerCase();
  return `${first}.${last}.${n}@example.com`;
}

function q(value: string | number | boolean | null): string {
  if (value === null) return "null";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return `'${value.replace(/'/g, "''")}'`;
}

/** (Re)creates schema `shop` with deterministic customers, addresses, orders, newsletter and tickets. */
export async function seedDemoShop(
  db: Db,
  customers = DEMO_SHOP_CUSTOMERS,
): Promise<{ customers: number; orders: number }> {
  await db.execute(sql.raw(SHOP_SCHEMA_SQL));
  const base = Date.UTC(2023, 0, 1);
  const day = 86_400_000;
  let orderId = 0;
  const batch = 250;
  for (let start = 1; start <= customers; start += batch) {
    const rows = {
      customers: [] as string[],
      addresses: [] as string[],
      orders: [] as string[],
      items: [] as string[],
      news: [] as string[],
      tickets: [] as string[],
    };
    for (let n = start; n < Math.min(start + batch, customers + 1); n++) {
      const rand = prng(n);
      const first = pick(rand, FIRST);
      const last = pick(rand, LAST);
      const email = demoCustomerEmail(n);
      const created = new Date(base + Math.floor(rand() * 700) * day).toISOString();
      const optIn = rand() < 0.4;
      const birth = `19${50 + Math.floor(rand() * 50)}-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}`;
      rows.customers.push(
        `(${n}, ${q(email)}, ${q(first)}, ${q(last)}, ${q(`+33 6 ${String(10_000_000 + n).slice(0, 8)}`)}, ${q(birth)}, ${optIn}, ${q(created)})`,
      );
      const [postcode, city] = pick(rand, CITIES);
      rows.addresses.push(
        `(${n}, 'shipping', ${q(`${1 + Math.floor(rand() * 120)} rue de la République`)}, ${q(postcode)}, ${q(city)}, 'FR')`,
      );
      if (optIn) rows.news.push(`(${q(email)}, ${n}, ${q(created)})`);
      const orders = Math.floor(rand() * 6);
      for (let o = 0; o < orders; o++) {
        orderId++;
        const placed = new Date(Date.parse(created) + Math.floor(rand() * 300) * day).toISOString();
        const items = 1 + Math.floor(rand() * 3);
        let total = 0;
        for (let i = 0; i < items; i++) {
          const [sku, name, price] = pick(rand, PRODUCTS);
          const qty = 1 + Math.floor(rand() * 2);
          total += qty * price;
          rows.items.push(`(${orderId}, ${q(sku)}, ${q(name)}, ${qty}, ${price})`);
        }
        rows.orders.push(
          `(${orderId}, ${n}, ${q(placed)}, 'delivered', ${total}, ${q(`${first} ${last}`)}, ${q(city)})`,
        );
      }
      if (rand() < 0.15)
        rows.tickets.push(
          `(${n}, ${q(pick(rand, TICKETS))}, ${q(`Hello, this is ${first}. Order question.`)}, ${q(created)})`,
        );
    }
    const insert = (table: string, cols: string, values: string[]) =>
      values.length
        ? db.execute(sql.raw(`insert into shop.${table} (${cols}) values ${values.join(",")}`))
        : Promise.resolve();
    await insert(
      "customers",
      "id, email, first_name, last_name, phone, birth_date, marketing_opt_in, created_at",
      rows.customers,
    );
    await insert("addresses", "customer_id, kind, line1, postcode, city, country", rows.addresses);
    await insert(
      "orders",
      "id, customer_id, placed_at, status, total_cents, shipping_name, shipping_address",
      rows.orders,
    );
    await insert("order_items", "order_id, sku, product_name, quantity, unit_price_cents", rows.items);
    await insert("newsletter_subscriptions", "email, customer_id, subscribed_at", rows.news);
    await insert("support_tickets", "customer_id, subject, body, created_at", rows.tickets);
  }
  await db.execute(
    sql.raw(
      `select setval('shop.customers_id_seq', ${customers}); select setval('shop.orders_id_seq', ${Math.max(orderId, 1)});`,
    ),
  );
  return { customers, orders: orderId };
}
