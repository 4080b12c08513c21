import { StaffLink } from "@/app/(staff)/staff/(app)/components/staff-link";
import "./queue.css";
import { can, masksSubjectEmail } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { decodeCursor, encodeCursor, listQueuePage, type QueueFilters } from "@/lib/db/queries/queue";
import { listAssignableStaff } from "@/lib/db/queries/staff-users";
import { listSavedViews } from "@/lib/db/queries/staff-views";
import { listJurisdictions, todayForRequest } from "@/lib/domain/deadline";
import { queueStatusCounts } from "@/lib/requests/staff/queue-counts";
import {
  dueBadge,
  formatStaffDate,
  instantFormatter,
  maskEmail,
} from "@/app/(staff)/staff/(app)/components/staff-display";
import { controllerProfile } from "@/lib/env";
import { fill } from "@/lib/i18n/fill";
import { staffMessages } from "@/lib/i18n/staff";
import {
  PAGE_SIZES,
  parseQueueParams,
  queueQuery,
  type QueueSearchParams,
} from "@/app/(staff)/staff/(app)/requests/queue-params";
import { decryptSubjectEmail } from "@/lib/requests/subject-fields";
import { CHANNELS, REQUEST_STATUSES, REQUEST_TYPES } from "@/lib/domain/vocabulary";
import { requireStaffPage } from "@/lib/http/staff-page";
import { timed } from "@/lib/net/server-timing";
import { BulkAssignForm } from "./bulk-assign-form";
import { SavedViews } from "./saved-views";
import { SelectField } from "../components/select-field";
import { queueRowsHtml } from "./queue-rows";
import { queueSearchFilters } from "./queue-search";
import { staffTitle } from "@/lib/http/staff-title";

export const generateMetadata = staffTitle("queue");

function subjectEmail(row: { id: string; emailEnc: string }, masked: boolean, unreadable: string): string {
  try {
    const email = decryptSubjectEmail(row);
    return masked ? maskEmail(email) : email;
  } catch {
    // Synthetic volume rows share one ciphertext that does not decrypt under their own id.
    return unreadable;
  }
}

export default async function QueuePage({ searchParams }: { searchParams: Promise<QueueSearchParams> }) {
  const staff = await requireStaffPage("request.view");
  const locale = staff.locale ?? "en";
  const all = staffMessages(locale);
  const t = all.queue;
  const zone = controllerProfile().timeZone;
  const sp = await searchParams;
  const { filters: base, q, after, size } = parseQueueParams(sp);
  const filters: QueueFilters = {
    ...base,
    ...queueSearchFilters(q, { nameSearch: can(staff, "request.view_subject") }),
  };
  const now = new Date();
  // One formatter for the page: the zone is labelled once, in the column header.
  const formatInstant = instantFormatter(locale, zone);
  const cursor = decodeCursor(after, filters.sort);
  const [page, counts, assignable, views] = await Promise.all([
    timed("db.queue", () => listQueuePage(db(), { filters, viewerId: staff.id, now, after: cursor, limit: size })),
    timed("db.counts", () => queueStatusCounts()),
    timed("db.assignable", () => listAssignableStaff(db())),
    timed("db.views", () => listSavedViews(db(), { userId: staff.id })),
  ]);
  const masked = masksSubjectEmail(staff.role);
  const canBulk = can(staff, "queue.bulk_assign");
  const current: Record<string, string | undefined> = {
    status: base.status === "open" ? undefined : base.status,
    type: base.type,
    assignee: base.assignee,
    due: base.due,
    jurisdiction: base.jurisdiction,
    channel: base.channel,
    q,
    sort: base.sort === "due" ? undefined : base.sort,
    size: size === 50 ? undefined : String(size),
  };
  const withParams = (change: Record<string, string | undefined>) =>
    `/staff/requests?${queueQuery({ ...current, ...change, after: change.after })}`;
  const openTotal = counts.unverified + counts.new + counts.in_progress + counts.awaiting_subject + counts.in_review;
  const allTotal = Object.values(counts).reduce((a, b) => a + b, 0);

  return (
    <>
      <h1>{t.title}</h1>
      <ul className="status-tabs" aria-label={t.statusTabs}>
        <li>
          <StaffLink
            href={withParams({ status: undefined })}
            aria-current={base.status === "open" ? "true" : undefined}
          >
            {t.open} ({openTotal})
          </StaffLink>
        </li>
        {REQUEST_STATUSES.map((s) => (
          <li key={s}>
            <StaffLink
              href={withParams({ status: s })}
              aria-current={base.status === s ? "true" : undefined}
              data-status={s}
            >
              {all.status[s]} ({counts[s]})
            </StaffLink>
          </li>
        ))}
        <li>
          <StaffLink href={withParams({ status: "all" })} aria-current={base.status === "all" ? "true" : undefined}>
            {t.all} ({allTotal})
          </StaffLink>
        </li>
      </ul>

      <form className="toolbar" method="get" action="/staff/requests" role="search" aria-label={t.filter}>
        {base.status !== "open" ? <input type="hidden" name="status" value={base.status} /> : null}
        <div className="field">
          <label htmlFor="q">{t.search}</label>
          <input id="q" name="q" type="search" defaultValue={q ?? ""} placeholder="DSR-2026-000123" size={24} />
        </div>
        <SelectField
          id="f-type"
          name="type"
          label={t.type}
          value={base.type ?? ""}
          anyLabel={t.any}
          options={REQUEST_TYPES.map((v) => ({ value: v, label: all.types[v] }))}
        />
        <SelectField
          id="f-assignee"
          name="assignee"
          label={t.assignee}
          value={base.assignee ?? ""}
          anyLabel={t.anyone}
          options={[
            { value: "me", label: t.me },
            { value: "unassigned", label: t.unassigned },
            ...assignable.map((u) => ({ value: u.id, label: u.name })),
          ]}
        />
        <SelectField
          id="f-due"
          name="due"
          label={t.due}
          value={base.due ?? ""}
          anyLabel={t.anyTime}
          options={[
            { value: "overdue", label: t.overdue },
            { value: "week", label: t.week },
          ]}
        />
        <SelectField
          id="f-jurisdiction"
          name="jurisdiction"
          label={t.jurisdiction}
          value={base.jurisdiction ?? ""}
          anyLabel={t.any}
          options={listJurisdictions().map((j) => j.code)}
        />
        <SelectField
          id="f-channel"
          name="channel"
          label={t.channel}
          value={base.channel ?? ""}
          anyLabel={t.any}
          options={CHANNELS.map((v) => ({ value: v, label: all.channels[v] }))}
        />
        <div className="field">
          <label htmlFor="f-sort">{t.sortBy}</label>
          <select id="f-sort" name="sort" defaultValue={base.sort}>
            <option value="due">{t.sortDue}</option>
            <option value="received">{t.sortReceived}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-size">{t.rows}</label>
          <select id="f-size" name="size" defaultValue={String(size)}>
            {PAGE_SIZES.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
        <button className="button" type="submit">
          {t.apply}
        </button>
        <StaffLink href="/staff/requests">{t.reset}</StaffLink>
      </form>

      <SavedViews
        views={views.map((v) => ({ id: v.id, name: v.name, query: v.query }))}
        currentQuery={queueQuery(current)}
      />

      {page.rows.length === 0 ? (
        <p className="empty">{cursor ? t.noMore : t.none}</p>
      ) : (
        <>
          {canBulk ? <BulkAssignForm assignees={assignable} /> : null}
          <table className="queue" aria-label={t.table}>
            <thead>
              <tr>
                {canBulk ? (
                  <th scope="col">
                    <span className="sr-only">{t.select}</span>
                  </th>
                ) : null}
                <th scope="col">{t.columns.reference}</th>
                <th scope="col">{t.columns.type}</th>
                <th scope="col">{t.columns.subject}</th>
                <th scope="col">{t.columns.status}</th>
                <th scope="col">{t.columns.jurisdiction}</th>
                <th scope="col">
                  {t.columns.received} <span className="zone">({zone})</span>
                </th>
                <th scope="col">{t.columns.due}</th>
                <th scope="col">{t.columns.assignee}</th>
              </tr>
            </thead>
            <tbody
              dangerouslySetInnerHTML={{
                __html: queueRowsHtml(
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
                ),
              }}
            />
          </table>
        </>
      )}
      <nav className="pager" aria-label={t.pages}>
        {cursor ? <StaffLink href={withParams({})}>{t.firstPage}</StaffLink> : null}
        {page.next ? (
          <StaffLink href={withParams({ after: encodeCursor(page.next) })} rel="next">
            {t.nextPage}
          </StaffLink>
        ) : null}
        <span className="muted">{fill(t.shown, { n: page.rows.length })}</span>
      </nav>
    </>
  );
}
