import { asc, eq } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { webhookAttempts, webhookDeliveries } from "@/lib/db/schema";

/** A webhook delivery as stored (tests wait on its status). */
export async function deliveryRow(id: string) {
  return (await db().select().from(webhookDeliveries).where(eq(webhookDeliveries.id, id)))[0]!;
}

/** A delivery's attempts, in order (the delivery log). */
export async function attemptsOf(deliveryId: string) {
  return db()
    .select()
    .from(webhookAttempts)
    .where(eq(webhookAttempts.deliveryId, deliveryId))
    .orderBy(asc(webhookAttempts.attempt));
}

/** An endpoint's deliveries, oldest first. */
export async function deliveriesOf(endpointId: string) {
  return db()
    .select()
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.endpointId, endpointId))
    .orderBy(asc(webhookDeliveries.createdAt));
}
