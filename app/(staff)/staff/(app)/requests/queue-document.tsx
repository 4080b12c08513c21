import { can, masksSubjectEmail } from "@/lib/auth/policy";
import { currentStaff, type StaffSession } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { unreadCount } from "@/lib/db/queries/notifications";
import { decodeCursor, encodeCursor, listQueuePage, type QueueFilters } from "@/lib/db/queries/queue";
import { listAssignableStaff } from "@/lib/db/queries/staff-users";
import { listSavedViews } from "@/lib/db/queries/staff-views";
import { todayForRequest } from "@/lib/domain/deadline";
import { controllerProfile } from "@/lib/env";
import { fill } from "@/lib/i18n/fill";
import { staffMessages } from "@/lib/i18n/staff";
import { timed } from "@/lib/net/server-timing";
import { queueStatusCounts } from "@/lib/requests/staff/queue-counts";
import { decryptSubjectEmail } from "@/lib/requests/subject-fields";
import { dueBadge, formatStaffDate, instantFormatter, maskEmail } from "../components/staff-display";
import { csrfTokenOf, staffDocument } from "../components/staff-document";
import { readFlash, secureCookies } from "../components/form-post";
import { parseQueueParams, type QueueSearchParams } from "./queue-params";
import { queueRowsHtml } from "./queue-rows";
import { queueSearchFilters } from "./queue-search";
import { QueueView } from "./queue-view";

function subjectEmail(row: { id: string; emailEnc: string }, masked: boolean, unreadable: string): string {
  try {
    const email = decryptSubjectEmail(row);
    return masked ? maskEmail(email) : email;
  } catch {
    return unreadable;
  }
}

const redirectTo = (location: string) => new Response(null, { status: 307, headers: { location } });

/**
 * GET /staff/requests: the queue as one complete HTML document (issue 16). The session is read once,
 * authorised as the page was (sign-in, password change, `request.view`), then every query of the page —
 * rows, counts, assignable staff, saved views, the bell — runs at once.
 */
export async function queueResponse(request: Request): Promise<Response> {
  const staff = await currentStaff();
  if (!staff) return redirectTo("/staff/signin");
  if (staff.mustChangePassword) return redirectTo("/staff/password");
  if (!can(staff, "request.view")) return redirectTo("/staff/forbidden");
  const url = new URL(request.url);
  const sp: QueueSearchParams = {};
  for (const key of new Set(url.searchParams.keys())) sp[key] = url.searchParams.getAll(key);
  const cookies = request.headers.get("cookie");
  const { flash, clear } = readFlash(cookies, secureCookies());
  const html = await queueHtml(staff, sp, {
    back: `${url.pathname}${url.search}`,
    nonce: request.headers.get("x-nonce"),
    csrfToken: csrfTokenOf(cookies),
    flash,
  });
  const headers = new Headers({
    "content-type": "text/html; charset=utf-8",
    "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate",
  });
  if (clear) headers.append("set-cookie", clear);
  return new Response(html, { status: 200, headers });
}

async function queueHtml(
  staff: StaffSession,
  sp: QueueSearchParams,
  ctx: { back: string; nonce: string | null; csrfToken: string | null; flash: ReturnType<typeof readFlash>["flash"] },
): Promise<string> {
  const locale = staff.locale ?? "en";
  const all = staffMessages(locale);
  const t = all.queue;
  const zone = controllerProfile().timeZone;
  const { filters: base, q, after, size } = parseQueueParams(sp);
  const filters: QueueFilters = {
    ...base,
    ...queueSearchFilters(q, { nameSearch: can(staff, "request.view_subject") }),
  };
  const now = new Date();
  const cursor = decodeCursor(after, filters.sort);
  const [page, counts, assignable, views, unread] = await Promise.all([
    timed("db.queue", () => listQueuePage(db(), { filters, viewerId: staff.id, now, after: cursor, limit: size })),
    timed("db.counts", () => queueStatusCounts()),
    timed("db.assignable", () => listAssignableStaff(db())),
    timed("db.views", () => listSavedViews(db(), { userId: staff.id })),
    timed("db.bell", () => unreadCount(db(), { userId: staff.id, cap: 100 })),
  ]);
  return timed("html", async () => {
    const masked = masksSubjectEmail(staff.role);
    const canBulk = can(staff, "queue.bulk_assign");
    // One formatter for the page: the zone is labelled once, in the column header.
    const formatInstant = instantFormatter(locale, zone);
    const rowsHtml = queueRowsHtml(
      page.rows.map((r) => ({
        id: r.id,
        reference: r.reference,
        version: r.version,
        duplicate: r.duplicateOf !== null,
        type: all.types[r.type],
        subject: subjectEmail(r, masked, t.unreadable),
        status: all.status[r.status],
        jurisdiction: r.jurisdiction,
        received: formatInstant(r.receivedAt),
        due: formatStaffDate(r.dueDate, locale),
        badge: dueBadge(r, todayForRequest(now, r), locale),
        assignee: r.assigneeName,
      })),
      {
        duplicate: t.duplicate,
        unassigned: t.unassigned,
        // Folded rows lose the header: their label names the zone.
        received: `${t.columns.received} (${zone})`,
        due: t.columns.due,
        selectRow: (reference) => fill(t.selectRow, { reference }),
      },
      canBulk,
    );
    return staffDocument({
      staff,
      title: `${all.titles.queue} — ${all.titles.suffix}`,
      nonce: ctx.nonce,
      pageSheet: "queue",
      unread,
      csrfToken: ctx.csrfToken,
      back: ctx.back,
      children: (
        <QueueView
          m={{
            all,
            zone,
            filters: base,
            q,
            size,
            paged: cursor !== null && cursor !== undefined,
            nextCursor: page.next ? encodeCursor(page.next) : null,
            counts,
            assignable,
            views: views.map((v) => ({ id: v.id, name: v.name, query: v.query })),
            canBulk,
            rowsHtml,
            rowCount: page.rows.length,
            back: ctx.back,
            flash: ctx.flash,
            nonce: ctx.nonce,
          }}
        />
      ),
    });
  });
}
