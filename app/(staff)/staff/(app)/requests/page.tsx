import Link from "next/link";
import { can, masksSubjectEmail } from "@/lib/auth/policy";
import { emailIndexes } from "@/lib/crypto/env-keys";
import { db } from "@/lib/db/client";
import { decodeCursor, encodeCursor, listQueuePage, type QueueFilters } from "@/lib/db/queries/queue";
import { listAssignableStaff } from "@/lib/db/queries/staff-users";
import { listSavedViews } from "@/lib/db/queries/staff-views";
import { listJurisdictions, todayForRequest } from "@/lib/domain/deadline";
import { queueStatusCounts } from "@/lib/requests/staff/queue-counts";
import { dueBadge, formatInstant, maskEmail, STATUS_LABELS } from "@/app/(staff)/staff/(app)/components/staff-display";
import {
  PAGE_SIZES,
  parseQueueParams,
  queueQuery,
  type QueueSearchParams,
} from "@/app/(staff)/staff/(app)/requests/queue-params";
import { decryptSubjectEmail } from "@/lib/requests/subject-fields";
import { CHANNELS, REQUEST_STATUSES, REQUEST_TYPES } from "@/lib/domain/vocabulary";
import { requireStaffPage } from "@/lib/http/staff-page";
import { BulkAssignForm } from "./bulk-assign-form";
import { SavedViews } from "./saved-views";
import { SelectField } from "../components/select-field";

export const metadata = { title: "Queue — privacy requests" };

function subjectEmail(row: { id: string; emailEnc: string }, masked: boolean): string {
  try {
    const email = decryptSubjectEmail(row);
    return masked ? maskEmail(email) : email;
  } catch {
    // Synthetic volume rows share one ciphertext that does not decrypt under their own id.
    return "(unreadable)";
  }
}

export default async function QueuePage({ searchParams }: { searchParams: Promise<QueueSearchParams> }) {
  const staff = await requireStaffPage("request.view");
  const sp = await searchParams;
  const { filters: base, q, after, size } = parseQueueParams(sp);
  const filters: QueueFilters = { ...base };
  if (q) {
    if (q.includes("@")) filters.emailBidx = emailIndexes(q);
    else filters.reference = q.toUpperCase();
  }
  const now = new Date();
  const cursor = decodeCursor(after, filters.sort);
  const [page, counts, assignable, views] = await Promise.all([
    listQueuePage(db(), { filters, viewerId: staff.id, now, after: cursor, limit: size }),
    queueStatusCounts(),
    listAssignableStaff(db()),
    listSavedViews(db(), { userId: staff.id }),
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
      <h1>Requests</h1>
      <ul className="status-tabs" aria-label="Status">
        <li>
          <Link href={withParams({ status: undefined })} aria-current={base.status === "open" ? "true" : undefined}>
            Open ({openTotal})
          </Link>
        </li>
        {REQUEST_STATUSES.map((s) => (
          <li key={s}>
            <Link
              href={withParams({ status: s })}
              aria-current={base.status === s ? "true" : undefined}
              data-status={s}
            >
              {STATUS_LABELS[s]} ({counts[s]})
            </Link>
          </li>
        ))}
        <li>
          <Link href={withParams({ status: "all" })} aria-current={base.status === "all" ? "true" : undefined}>
            All ({allTotal})
          </Link>
        </li>
      </ul>

      <form className="toolbar" method="get" action="/staff/requests" role="search" aria-label="Filter the queue">
        {base.status !== "open" ? <input type="hidden" name="status" value={base.status} /> : null}
        <div className="field">
          <label htmlFor="q">Reference or exact e-mail</label>
          <input id="q" name="q" type="search" defaultValue={q ?? ""} placeholder="DSR-2026-000123" size={24} />
        </div>
        <SelectField
          id="f-type"
          name="type"
          label="Type"
          value={base.type ?? ""}
          anyLabel="Any"
          options={REQUEST_TYPES}
        />
        <SelectField
          id="f-assignee"
          name="assignee"
          label="Assignee"
          value={base.assignee ?? ""}
          anyLabel="Anyone"
          options={[
            { value: "me", label: "Me" },
            { value: "unassigned", label: "Unassigned" },
            ...assignable.map((u) => ({ value: u.id, label: u.name })),
          ]}
        />
        <SelectField
          id="f-due"
          name="due"
          label="Due"
          value={base.due ?? ""}
          anyLabel="Any time"
          options={[
            { value: "overdue", label: "Overdue" },
            { value: "week", label: "Due within 7 days" },
          ]}
        />
        <SelectField
          id="f-jurisdiction"
          name="jurisdiction"
          label="Jurisdiction"
          value={base.jurisdiction ?? ""}
          anyLabel="Any"
          options={listJurisdictions().map((j) => j.code)}
        />
        <SelectField
          id="f-channel"
          name="channel"
          label="Channel"
          value={base.channel ?? ""}
          anyLabel="Any"
          options={CHANNELS}
        />
        <div className="field">
          <label htmlFor="f-sort">Sort by</label>
          <select id="f-sort" name="sort" defaultValue={base.sort}>
            <option value="due">Due date (soonest first)</option>
            <option value="received">Received (newest first)</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-size">Rows</label>
          <select id="f-size" name="size" defaultValue={String(size)}>
            {PAGE_SIZES.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
        <button className="button" type="submit">
          Apply
        </button>
        <Link href="/staff/requests">Reset</Link>
      </form>

      <SavedViews
        views={views.map((v) => ({ id: v.id, name: v.name, query: v.query }))}
        currentQuery={queueQuery(current)}
      />

      {page.rows.length === 0 ? (
        <p className="empty">{cursor ? "No more requests match these filters." : "No requests match these filters."}</p>
      ) : (
        <>
          {canBulk ? <BulkAssignForm assignees={assignable} /> : null}
          <table className="queue" aria-label="Requests">
            <thead>
              <tr>
                {canBulk ? (
                  <th scope="col">
                    <span className="sr-only">Select</span>
                  </th>
                ) : null}
                <th scope="col">Reference</th>
                <th scope="col">Type</th>
                <th scope="col">Subject</th>
                <th scope="col">Status</th>
                <th scope="col">Jurisdiction</th>
                <th scope="col">Received</th>
                <th scope="col">Due</th>
                <th scope="col">Assignee</th>
              </tr>
            </thead>
            <tbody>
              {page.rows.map((r) => {
                const badge = dueBadge(r, todayForRequest(now, r));
                return (
                  <tr key={r.id} data-reference={r.reference}>
                    {canBulk ? (
                      <td>
                        <input
                          type="checkbox"
                          name="items"
                          value={`${r.id}:${r.version}`}
                          form="bulk-assign"
                          aria-label={`Select ${r.reference}`}
                        />
                      </td>
                    ) : null}
                    <td>
                      <Link href={`/staff/requests/${r.id}`}>{r.reference}</Link>
                      {r.duplicateOf ? <span className="muted"> (dup.)</span> : null}
                    </td>
                    <td>{r.type}</td>
                    <td>{subjectEmail(r, masked)}</td>
                    <td>
                      <span className="status">{STATUS_LABELS[r.status]}</span>
                    </td>
                    <td>{r.jurisdiction}</td>
                    <td>{formatInstant(r.receivedAt)}</td>
                    <td>
                      {r.dueDate} <span className={`badge ${badge.kind}`}>{badge.label}</span>
                    </td>
                    <td>{r.assigneeName ?? <span className="muted">Unassigned</span>}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
      <nav className="pager" aria-label="Pages">
        {cursor ? <Link href={withParams({})}>« First page</Link> : null}
        {page.next ? (
          <Link href={withParams({ after: encodeCursor(page.next) })} rel="next">
            Next page »
          </Link>
        ) : null}
        <span className="muted">{page.rows.length} shown</span>
      </nav>
    </>
  );
}
