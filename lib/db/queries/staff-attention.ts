import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import type { RequestRow } from "@/lib/db/queries/requests";
import { activeStaffWithRoles } from "./watch";
import { staffNotifications, staffUsers } from "@/lib/db/schema";
import type { NotificationMessage } from "@/lib/i18n/staff/notification-title";

export type AttentionKind =
  "fulfilment_review" | "fulfilment_approval" | "fulfilment_failed" | "fulfilment_task" | "subject_message";

/**
 * Puts a notification in the bell of whoever must act on a request (a fulfilment step, the person's message): the person named
 * (manual task), else the request's assignee, else every DPO; an erasure approval always goes to the DPOs.
 */
export async function notifyStaffAttention(
  tx: Db,
  p: {
    request: RequestRow;
    kind: AttentionKind;
    title: string;
    message?: NotificationMessage;
    personId?: string | null;
  },
): Promise<number> {
  const ids = new Set<string>();
  const named = p.personId ?? (p.kind === "fulfilment_approval" ? null : p.request.assigneeId);
  if (named) {
    const [person] = await tx
      .select({ id: staffUsers.id, active: staffUsers.active })
      .from(staffUsers)
      .where(eq(staffUsers.id, named));
    if (person?.active) ids.add(person.id);
  }
  if (ids.size === 0) for (const dpo of await activeStaffWithRoles(tx, { roles: ["dpo"] })) ids.add(dpo.id);
  for (const userId of ids)
    await tx
      .insert(staffNotifications)
      .values({ userId, requestId: p.request.id, kind: p.kind, title: p.title, message: p.message ?? null });
  return ids.size;
}
