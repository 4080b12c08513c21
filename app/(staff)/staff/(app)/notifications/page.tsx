import "./watch.css";
import { StaffLink } from "@/app/(staff)/staff/(app)/components/staff-link";
import { db } from "@/lib/db/client";
import { listNotifications } from "@/lib/db/queries/notifications";
import { requireStaffPage } from "@/lib/http/staff-page";
import { controllerProfile } from "@/lib/env";
import { staffMessages } from "@/lib/i18n/staff";
import { notificationTitle } from "@/lib/i18n/staff/notification-title";
import { formatStaffInstant } from "../components/staff-display";
import { markRead } from "./actions";
import { staffTitle } from "@/lib/http/staff-title";

export const generateMetadata = staffTitle("notifications");

export default async function NotificationsPage({
  searchParams,
}: {
  searchParams: Promise<{ before?: string; beforeId?: string }>;
}) {
  const staff = await requireStaffPage("dashboard.view");
  const q = await searchParams;
  const before =
    q.before && q.beforeId && !Number.isNaN(Date.parse(q.before)) && /^[0-9a-f-]{36}$/i.test(q.beforeId)
      ? { createdAt: new Date(q.before), id: q.beforeId }
      : undefined;
  const rows = await listNotifications(db(), { userId: staff.id, before, limit: 50 });
  const last = rows[rows.length - 1];
  const t = staffMessages(staff.locale).notifications;
  const zone = controllerProfile().timeZone;
  return (
    <>
      <div className="dash-head">
        <h1>{t.title}</h1>
        {/* Offered only when something on this page is unread: with nothing to mark, the button did nothing. */}
        {rows.some((n) => !n.readAt) ? (
          <form action={markRead}>
            <button className="button" type="submit">
              {t.markAll}
            </button>
          </form>
        ) : null}
      </div>
      {rows.length === 0 ? (
        <p className="empty">{t.none}</p>
      ) : (
        <ul className="notifications">
          {rows.map((n) => (
            <li key={n.id} className={n.readAt ? "read" : "unread"}>
              <span className="muted">{formatStaffInstant(n.createdAt, staff.locale, zone)}</span>{" "}
              {n.requestId ? (
                <StaffLink href={`/staff/requests/${n.requestId}`}>
                  {notificationTitle(n, staff.locale, zone)}
                </StaffLink>
              ) : (
                notificationTitle(n, staff.locale, zone)
              )}
              {!n.readAt ? (
                <form action={markRead} className="inline">
                  <input type="hidden" name="id" value={n.id} />
                  <button type="submit" className="link-button">
                    {t.markRead}
                  </button>
                </form>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {rows.length === 50 && last ? (
        <p>
          <StaffLink
            href={`/staff/notifications?before=${encodeURIComponent(last.createdAt.toISOString())}&beforeId=${last.id}`}
          >
            {t.older}
          </StaffLink>
        </p>
      ) : null}
    </>
  );
}
