import { and, eq } from "drizzle-orm";
import { appendAudit } from "@/lib/audit/append";
import type { Db } from "@/lib/db/client";
import { webhookEndpoints } from "@/lib/db/schema";
import { ringAdminBell } from "./bell";

/**
 * Disables an endpoint that keeps failing, once (conditional update), with its audit entry and a bell
 * to the admins, in the caller's transaction. Its pending deliveries wait; re-enabling resumes them.
 */
export async function disableFailingEndpoint(
  tx: Db,
  p: { endpointId: string; reason: string; now: Date },
): Promise<boolean> {
  const [row] = await tx
    .update(webhookEndpoints)
    .set({ enabled: false, disabledAt: p.now, disabledReason: p.reason, updatedAt: p.now })
    .where(and(eq(webhookEndpoints.id, p.endpointId), eq(webhookEndpoints.enabled, true)))
    .returning({ id: webhookEndpoints.id, url: webhookEndpoints.url });
  if (!row) return false;
  await appendAudit(tx, {
    actor: { type: "system" },
    action: "webhook.endpoint_disabled",
    payload: { endpointId: row.id, reason: p.reason },
  });
  const host = new URL(row.url).host;
  await ringAdminBell(
    tx,
    `Webhook endpoint ${host} was disabled: ${p.reason}. Fix it, then re-enable it in Admin › Webhooks.`,
  );
  return true;
}
