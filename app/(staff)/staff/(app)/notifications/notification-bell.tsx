import "./watch.css";
import Link from "next/link";
import { currentStaff } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { unreadCount } from "@/lib/db/queries/notifications";

/** Header bell: unread deadline alerts and escalations for the signed-in staff member. */
export async function NotificationBell() {
  const staff = await currentStaff();
  if (!staff) return null;
  const n = await unreadCount(db(), { userId: staff.id });
  return (
    <Link href="/staff/notifications" className="bell" aria-label={n > 0 ? `Notifications: ${n} unread` : "Notifications: none unread"} data-testid="notification-bell">
      <span aria-hidden="true">🔔</span>
      {n > 0 ? <span className="bell-count">{n > 99 ? "99+" : n}</span> : null}
    </Link>
  );
}
