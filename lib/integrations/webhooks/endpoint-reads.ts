import { and, desc, eq, lt, or, sql, type SQL } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { webhookDeliveries, webhookEndpoints } from "@/lib/db/schema";
import { ENDPOINT_VIEW, listEndpoints } from "./endpoints";

export type EndpointView = Awaited<ReturnType<typeof listEndpoints>>[number];

/** One endpoint as the list shows it (no secret), or null. */
export async function findEndpoint(endpointId: string): Promise<EndpointView | null> {
  const [row] = await db().select(ENDPOINT_VIEW).from(webhookEndpoints).where(eq(webhookEndpoints.id, endpointId));
  return row ?? null;
}

/**
 * A position in an endpoint's deliveries (newest first): the last one of a page. `createdAt` is
 * Postgres's own text of the instant (microseconds): deliveries written in one transaction share it,
 * and a JavaScript Date (milliseconds) would skip some of them.
 */
export interface DeliveryCursor {
  createdAt: string;
  id: string;
}

const createdAtText = sql<string>`to_char(${webhookDeliveries.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/**
 * An endpoint's deliveries, newest first, keyset-paged on (created_at, id): the state of each
 * (status, attempts, last response code and error, when it is due again). The payload is not listed:
 * it is what the receiver got, signed.
 */
export async function listDeliveries(p: { endpointId: string; limit: number; after?: DeliveryCursor }) {
  const where: (SQL | undefined)[] = [eq(webhookDeliveries.endpointId, p.endpointId)];
  if (p.after) {
    const at = sql`${p.after.createdAt}::timestamptz`;
    where.push(
      or(
        lt(webhookDeliveries.createdAt, at),
        and(eq(webhookDeliveries.createdAt, at), lt(webhookDeliveries.id, p.after.id)),
      ),
    );
  }
  const rows = await db()
    .select({
      id: webhookDeliveries.id,
      eventType: webhookDeliveries.eventType,
      requestId: webhookDeliveries.requestId,
      status: webhookDeliveries.status,
      attempts: webhookDeliveries.attempts,
      lastStatusCode: webhookDeliveries.lastStatusCode,
      lastError: webhookDeliveries.lastError,
      dueAt: webhookDeliveries.dueAt,
      deliveredAt: webhookDeliveries.deliveredAt,
      createdAt: webhookDeliveries.createdAt,
      position: createdAtText,
    })
    .from(webhookDeliveries)
    .where(and(...where))
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(p.limit + 1);
  const page = rows.slice(0, p.limit);
  const last = page.at(-1);
  const next: DeliveryCursor | null = rows.length > p.limit && last ? { createdAt: last.position, id: last.id } : null;
  // The position is the cursor's business, not the caller's.
  for (const d of page) delete (d as { position?: string }).position;
  return { page: page as Omit<(typeof page)[number], "position">[], next };
}
