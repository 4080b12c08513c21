import { and, eq } from "drizzle-orm";
import { appendAudit } from "@/lib/audit/append";
import type { Db } from "@/lib/db/client";
import { webhookEndpoints } from "@/lib/db/schema";
import { notificationOf } from "@/lib/i18n/staff/notification-title";
import { ringAdminBell } from "./bell";

/** Why an endpoint is disabled: every attempt of a delivery failed for the retry window, or too many in a row. */
export type DisableCause = { kind: "given_up"; hours: number } | { kind: "failures"; failures: number; error: string };

/** The reason as the endpoint row and the audit entry keep it (English, as before). */
const reasonOf = (c: DisableCause): string =>
  c.kind === "given_up"
    ? `a delivery failed on every attempt for ${c.hours} h`
    : `${c.failures} attempts failed in a row (last: ${c.error})`;

/**
 * Disables an endpoint that keeps failing, once (conditional update), with its audit entry and a bell
 * to the admins, in the caller's transaction. Its pending deliveries wait; re-enabling resumes them.
 */
export async function disableFailingEndpoint(
  tx: Db,
  p: { endpointId: string; cause: DisableCause; now: Date },
): Promise<boolean> {
  const reason = reasonOf(p.cause);
  const [row] = await tx
    .update(webhookEndpoints)
    .set({ enabled: false, disabledAt: p.now, disabledReason: reason, updatedAt: p.now })
    .where(and(eq(webhookEndpoints.id, p.endpointId), eq(webhookEndpoints.enabled, true)))
    .returning({ id: webhookEndpoints.id, url: webhookEndpoints.url });
  if (!row) return false;
  await appendAudit(tx, {
    actor: { type: "system" },
    action: "webhook.endpoint_disabled",
    payload: { endpointId: row.id, reason },
  });
  const host = new URL(row.url).host;
  // Read in each admin's language (the bell renders the key); the English title is the fallback.
  await ringAdminBell(
    tx,
    p.cause.kind === "given_up"
      ? notificationOf("webhook_given_up", { host, hours: p.cause.hours })
      : notificationOf("webhook_failures", { host, failures: p.cause.failures, error: p.cause.error }),
  );
  return true;
}
