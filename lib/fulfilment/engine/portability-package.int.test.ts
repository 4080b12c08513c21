import { buffer } from "node:stream/consumers";
import { and, eq, isNotNull } from "drizzle-orm";
import { strFromU8, unzipSync } from "fflate";
import { escapeLiteral } from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { demoShopDataset } from "@/lib/connectors/postgres-dataset/demo-shop.dataset";
import { columnsOf, subjectSelect } from "@/lib/connectors/postgres-dataset/stage";
import { closeDb, db } from "@/lib/db/client";
import { collectedBatches, collectedSets, exports } from "@/lib/db/schema";
import { openExport } from "@/lib/exports/package-store";
import { approvePackage } from "@/lib/fulfilment/decisions/approve-package";
import {
  listTasks,
  shop,
  shopCustomerWithOrders,
  startRequest,
  testStaff,
  verifiedRequest,
  waitForRequestStatus,
  waitForStep,
} from "@/scripts/test-support/fulfilment";

afterAll(() => closeDb());

/** RFC 4180 as a spreadsheet reads it back: fields and rows, quotes undone. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && ch === '"') quoted = false;
    else if (quoted) field += ch;
    else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += ch;
  }
  return rows;
}

describe("portability package", () => {
  it("holds the shop's values byte for byte (no spreadsheet prefix), orders and lines included, and a README in the subject's language", async () => {
    const customer = await shopCustomerWithOrders(3); // phone '+33 6 11 22 33 44'
    const [first] = await shop("select id from shop.orders where customer_id = $1 order by id limit 1", [customer.id]);
    // A refund, a formula-looking note, quotes, a comma and a line break: all the subject's own data.
    await shop("update shop.orders set total_cents = -1200, shipping_address = $2 where id = $1", [
      first!.id,
      '=HYPERLINK("x"), 2nd floor\nParis',
    ]);
    await shop(
      "insert into shop.support_tickets (customer_id, subject, body, created_at) values ($1, '@home', '-1200 € refund, \"soon\"', now())",
      [customer.id],
    );
    const agent = await testStaff("agent");
    const id = await verifiedRequest({ type: "portability", email: customer.email, locale: "fr" });
    await startRequest(id, agent);
    await waitForStep(id, "review_package", "waiting");
    // The collect step's row stays small: its rows are staged apart, not in the task.
    const collect = (await listTasks(db(), { requestId: id })).find((t) => t.operation === "collect")!;
    expect(collect.resultEnc).toBeNull();
    expect((await db().select().from(collectedSets).where(eq(collectedSets.requestId, id))).length).toBeGreaterThan(0);

    await approvePackage(agent.id, { requestId: id, exclusions: [] });
    await waitForRequestStatus(id, "completed");
    const [pkg] = await db()
      .select()
      .from(exports)
      .where(and(eq(exports.requestId, id), isNotNull(exports.approvedAt)));
    const files = unzipSync(new Uint8Array(await buffer(await openExport(pkg!))));

    const email = escapeLiteral(customer.email);
    for (const t of demoShopDataset.tables.filter((x) => x.providedBySubject)) {
      const cols = columnsOf(t);
      const expected = await shop(
        `select ${cols.map((c) => `"${c}"::text as "${c}"`).join(", ")} from (${subjectSelect(demoShopDataset, t, email)}) s order by "${t.primaryKey}"`,
        [],
      );
      const csv = strFromU8(files[`${t.name}.csv`]!);
      const parsed = parseCsv(csv);
      expect(parsed[0]).toEqual(cols);
      expect(parsed.slice(1)).toEqual(expected.map((r) => cols.map((c) => (r[c] as string | null) ?? "")));
    }
    const customers = parseCsv(strFromU8(files["shop.customers.csv"]!));
    expect(customers[1]![customers[0]!.indexOf("phone")]).toBe("+33 6 11 22 33 44");
    const orders = strFromU8(files["shop.orders.csv"]!);
    expect(orders).toContain(",-1200,");
    expect(orders).toContain('"=HYPERLINK(""x""), 2nd floor\nParis"');
    expect(orders).not.toContain("'-1200");
    expect(parseCsv(strFromU8(files["shop.order_items.csv"]!)).length).toBe(1 + 3 * 2);
    expect(strFromU8(files["shop.support_tickets.csv"]!)).toContain('@home,"-1200 € refund, ""soon"""');

    const data = JSON.parse(strFromU8(files["data.json"]!)) as {
      recordSets: { name: string; rows: Record<string, unknown>[] }[];
    };
    const jsonOrder = data.recordSets.find((s) => s.name === "shop.orders")!.rows[0]!;
    expect(jsonOrder.total_cents).toBe(-1200);
    expect(jsonOrder.id).toBe(first!.id);
    const readme = strFromU8(files["README.txt"]!);
    expect(readme).toContain("portabilité");
    expect(readme).toContain("shop.orders.csv");
    expect(readme).toContain("shop.order_items.csv — Orders and invoices (shop.order_items) : 6 enregistrements");
    expect(Object.keys(files)).not.toContain("report.html");
    // Released: the staged rows are gone.
    expect(await db().select().from(collectedSets).where(eq(collectedSets.requestId, id))).toEqual([]);
    expect(await db().select().from(collectedBatches).where(eq(collectedBatches.taskId, collect.id))).toEqual([]);
  });
});
