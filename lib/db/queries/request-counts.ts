import { count } from "drizzle-orm";
import type { Db } from "../client";
import { requests } from "../schema";

export async function countRequestsByStatus(db: Db): Promise<Record<string, number>> {
  const rows = await db.select({ status: requests.status, n: count() }).from(requests).groupBy(requests.status);
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}
