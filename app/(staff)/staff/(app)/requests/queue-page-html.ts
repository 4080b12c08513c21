import { can, masksSubjectEmail } from "@/lib/auth/policy";
import type { StaffSession } from "@/lib/auth/session";
import { encodeCursor, type QueueFilters } from "@/lib/db/queries/queue";
import type { QueuePageData } from "@/lib/db/queries/queue-page";
import { localToday, requestTimeZone } from "@/lib/domain/deadline";
import { controllerProfile } from "@/lib/env";
import { fill } from "@/lib/i18n/fill";
import { staffMessages } from "@/lib/i18n/staff";
import { dueBadge, formatStaffDate, instantFormatter, maskEmail } from "../components/staff-display";
import { csrfTokenOf, staffDocumentHtml } from "../components/staff-document";
import { queueRowsHtml } from "./queue-rows";
import { queueSubjectEmail } from "./queue-subject-email";
import { queueHtml } from "./queue-html";

/** What the queue's document is made of: the page's data as read, the member, the request's own parts. */
export interface QueuePageHtmlInput {
  data: QueuePageData;
  staff: StaffSession;
  now: Date;
  filters: Omit<QueueFilters, "emailBidx" | "reference" | "nameTokens">;
  q?: string;
  size: number;
  paged: boolean;
  /** This page's own address (path and query). */
  back: string;
  cookies: string | null;
  flash: { kind: "ok" | "error"; text: string } | null;
  nonce: string | null;
}

function subjectEmail(row: { id: string; emailEnc: string }, masked: boolean, unreadable: string): string {
  try {
    const email = queueSubjectEmail(row);
    return masked ? maskEmail(email) : email;
  } catch {
    return unreadable;
  }
}

/** The queue as one complete HTML document (the chrome filled in around the queue's markup). */
export function queuePageHtml(p: QueuePageHtmlInput): string {
  const { data, staff, now } = p;
  const locale = staff.locale ?? "en";
  const all = staffMessages(locale);
  const t = all.queue;
  const zone = controllerProfile().timeZone;
  const masked = masksSubjectEmail(staff.role);
  const canBulk = can(staff, "queue.bulk_assign");
  // One formatter for the page: the zone is labelled once, in the column header.
  const formatInstant = instantFormatter(locale, zone);
  const todayFor = (r: Parameters<typeof requestTimeZone>[0]) => localToday(now, requestTimeZone(r));
  const rowsHtml = queueRowsHtml(
    data.rows.map((r) => ({
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
      // A request counted in another zone than the controller's (filed before a change of zone) says so.
      dueZone: requestTimeZone(r) === zone ? null : requestTimeZone(r),
      badge: dueBadge(r, todayFor(r), locale),
      assignee: r.assigneeName,
    })),
    {
      duplicate: t.duplicate,
      unassigned: t.unassigned,
      // Folded rows lose the header: their label names the zone.
      received: `${t.columns.received} (${zone})`,
      due: `${t.columns.due} (${zone})`,
      selectRow: (reference) => fill(t.selectRow, { reference }),
    },
    canBulk,
  );
  return staffDocumentHtml({
    staff,
    title: `${all.titles.queue} — ${all.titles.suffix}`,
    nonce: p.nonce,
    pageSheet: "queue",
    unread: data.unread,
    csrfToken: csrfTokenOf(p.cookies),
    back: p.back,
    body: queueHtml({
      all,
      zone,
      filters: p.filters,
      q: p.q,
      size: p.size,
      paged: p.paged,
      nextCursor: data.next ? encodeCursor(data.next) : null,
      counts: data.counts,
      assignable: data.assignable,
      views: data.views,
      canBulk,
      subjectSearch: can(staff, "request.view_subject"),
      rowsHtml,
      rowCount: data.rows.length,
      back: p.back,
      flash: p.flash,
      nonce: p.nonce,
    }),
  });
}
