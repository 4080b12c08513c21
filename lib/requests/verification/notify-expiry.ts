import type { Db } from "@/lib/db/client";
import type { RequestRow } from "@/lib/db/queries/requests";
import { notifyAssigneeOrDpos } from "@/lib/db/queries/notifications";
import { STAFF_INTAKE_CHANNELS } from "@/lib/domain/vocabulary";
import { notificationOf } from "@/lib/i18n/staff/notification-title";

/**
 * A request staff entered (phone, letter, e-mail) that expired unverified rings the bell of its
 * assignee, else of every DPO: someone spoke to that person, and may reach them another way.
 * Portal and API requests filed themselves; their withdrawal is only mailed.
 */
export async function notifyStaffOfExpiry(tx: Db, request: RequestRow): Promise<number> {
  if (!(STAFF_INTAKE_CHANNELS as readonly string[]).includes(request.channel)) return 0;
  return notifyAssigneeOrDpos(tx, {
    requestId: request.id,
    assigneeId: request.assigneeId,
    kind: "verification_expired",
    // Read in each member's language (the bell renders the key); the English title is the fallback.
    ...notificationOf("verification_expired", { reference: request.reference, channel: request.channel }),
  });
}
