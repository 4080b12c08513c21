import "./watch.css";
import { StaffLink } from "@/app/(staff)/staff/(app)/components/staff-link";
import { currentStaff } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { unreadCount } from "@/lib/db/queries/notifications";
import { timed } from "@/lib/net/server-timing";
import { BellLink } from "../components/staff-chrome";

/** Header bell: unread deadline alerts and escalations for the signed-in staff member. */
export async function NotificationBell() {
  const staff = await currentStaff();
  if (!staff) return null;
  const n = await timed("db.bell", () => unreadCount(db(), { userId: staff.id, cap: 100 }));
  return <BellLink n={n} locale={staff.locale} Link={StaffLink} />;
}
