import "./watch.css";
import { StaffLink } from "@/app/(staff)/staff/(app)/components/staff-link";
import { currentStaff } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { unreadCount } from "@/lib/db/queries/notifications";
import { timed } from "@/lib/net/server-timing";
import { fill } from "@/lib/i18n/fill";
import { staffMessages } from "@/lib/i18n/staff";

/** Header bell: unread deadline alerts and escalations for the signed-in staff member. */
export async function NotificationBell() {
  const staff = await currentStaff();
  if (!staff) return null;
  const n = await timed("db.bell", () => unreadCount(db(), { userId: staff.id, cap: 100 }));
  const t = staffMessages(staff.locale).chrome;
  return (
    <StaffLink
      href="/staff/notifications"
      className="bell"
      aria-label={n > 0 ? fill(t.bellUnread, { n: n > 99 ? "99+" : n }) : t.bellNone}
      data-testid="notification-bell"
    >
      {/* An inline icon: emoji fonts are not installed everywhere (a missing glyph shows a box). */}
      <svg
        aria-hidden="true"
        width="20"
        height="20"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
        <path d="M13.73 21a2 2 0 0 1-3.46 0" />
      </svg>
      {n > 0 ? <span className="bell-count">{n > 99 ? "99+" : n}</span> : null}
    </StaffLink>
  );
}
