import type { Db } from "@/lib/db/client";
import { activeStaffWithRoles } from "@/lib/db/queries/watch";
import { staffNotifications } from "@/lib/db/schema";
import type { NotificationMessage } from "@/lib/i18n/staff/notification-title";

/** Rings every active admin's bell about an endpoint (the bell's words stay free of subject data). */
export async function ringAdminBell(tx: Db, bell: { title: string; message: NotificationMessage }): Promise<number> {
  const admins = await activeStaffWithRoles(tx, { roles: ["admin"] });
  for (const admin of admins)
    await tx.insert(staffNotifications).values({
      userId: admin.id,
      requestId: null,
      kind: "webhook_disabled",
      title: bell.title,
      message: bell.message,
    });
  return admins.length;
}
