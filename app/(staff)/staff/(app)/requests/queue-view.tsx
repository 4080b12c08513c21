import { listJurisdictions } from "@/lib/domain/deadline";
import { CHANNELS, REQUEST_STATUSES, REQUEST_TYPES, type RequestStatus } from "@/lib/domain/vocabulary";
import { fill } from "@/lib/i18n/fill";
import type { StaffMessages } from "@/lib/i18n/staff";
import { SelectField } from "../components/select-field";
import { PAGE_SIZES, queueQuery } from "./queue-params";
import { BulkAssignForm, FlashRegion, SavedViews } from "./queue-forms";
import type { QueueFilters } from "@/lib/db/queries/queue";

/** Everything the queue's markup needs, already loaded and formatted (queue-document.tsx builds it). */
export interface QueueModel {
  all: StaffMessages;
  zone: string;
  filters: Omit<QueueFilters, "emailBidx" | "reference" | "nameTokens">;
  q?: string;
  size: number;
  /** On a page after the first (a keyset cursor in the URL). */
  paged: boolean;
  nextCursor: string | null;
  counts: Record<RequestStatus, number>;
  assignable: { id: string; name: string; role: string }[];
  views: { id: string; name: string; query: string }[];
  canBulk: boolean;
  rowsHtml: string;
  rowCount: number;
  /** This page's own address (path and query), where a form posted from it comes back to. */
  back: string;
  flash: { kind: "ok" | "error"; text: string } | null;
  nonce: string | null;
}

/**
 * The queue as plain markup (issue 16: no React client runtime): status tabs as links, the filters as a
 * GET form, saved views and bulk assign as plain POST forms answered with a redirect and a flash message,
 * rows as one escaped HTML string, keyset paging as links.
 */
export function QueueView({ m }: { m: QueueModel }) {
  const { all, filters: base } = m;
  const t = all.queue;
  const current: Record<string, string | undefined> = {
    status: base.status === "open" ? undefined : base.status,
    type: base.type,
    assignee: base.assignee,
    due: base.due,
    jurisdiction: base.jurisdiction,
    channel: base.channel,
    q: m.q,
    sort: base.sort === "due" ? undefined : base.sort,
    size: m.size === 50 ? undefined : String(m.size),
  };
  const withParams = (change: Record<string, string | undefined>) =>
    `/staff/requests?${queueQuery({ ...current, ...change, after: change.after })}`;
  const c = m.counts;
  const openTotal = c.unverified + c.new + c.in_progress + c.awaiting_subject + c.in_review;
  const allTotal = Object.values(c).reduce((a, b) => a + b, 0);
  return (
    <>
      <FlashRegion flash={m.flash} nonce={m.nonce} />
      <h1>{t.title}</h1>
      <ul className="status-tabs" aria-label={t.statusTabs}>
        <li>
          <a href={withParams({ status: undefined })} aria-current={base.status === "open" ? "true" : undefined}>
            {t.open} ({openTotal})
          </a>
        </li>
        {REQUEST_STATUSES.map((s) => (
          <li key={s}>
            <a href={withParams({ status: s })} aria-current={base.status === s ? "true" : undefined} data-status={s}>
              {all.status[s]} ({c[s]})
            </a>
          </li>
        ))}
        <li>
          <a href={withParams({ status: "all" })} aria-current={base.status === "all" ? "true" : undefined}>
            {t.all} ({allTotal})
          </a>
        </li>
      </ul>

      <form className="toolbar" method="get" action="/staff/requests" role="search" aria-label={t.filter}>
        {base.status !== "open" ? <input type="hidden" name="status" value={base.status} /> : null}
        <div className="field">
          <label htmlFor="q">{t.search}</label>
          <input id="q" name="q" type="search" defaultValue={m.q ?? ""} placeholder="DSR-2026-000123" size={24} />
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
            ...m.assignable.map((u) => ({ value: u.id, label: u.name })),
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
          <select id="f-size" name="size" defaultValue={String(m.size)}>
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
        {/* The queue is a route handler, not a page: a plain link (the rule only sees a nested page). */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a href="/staff/requests">{t.reset}</a>
      </form>

      <SavedViews m={m} currentQuery={queueQuery(current)} />

      {m.rowCount === 0 ? (
        <p className="empty">{m.paged ? t.noMore : t.none}</p>
      ) : (
        <>
          {m.canBulk ? <BulkAssignForm m={m} /> : null}
          <table className="queue" aria-label={t.table}>
            <thead>
              <tr>
                {m.canBulk ? (
                  <th scope="col">
                    <input type="checkbox" id="select-all" aria-label={t.selectAll} hidden />
                    <span className="sr-only">{t.select}</span>
                  </th>
                ) : null}
                <th scope="col">{t.columns.reference}</th>
                <th scope="col">{t.columns.type}</th>
                <th scope="col">{t.columns.subject}</th>
                <th scope="col">{t.columns.status}</th>
                <th scope="col">{t.columns.jurisdiction}</th>
                <th scope="col">
                  {t.columns.received} <span className="zone">({m.zone})</span>
                </th>
                <th scope="col">{t.columns.due}</th>
                <th scope="col">{t.columns.assignee}</th>
              </tr>
            </thead>
            <tbody dangerouslySetInnerHTML={{ __html: m.rowsHtml }} />
          </table>
          {m.canBulk ? <script nonce={m.nonce ?? undefined} dangerouslySetInnerHTML={{ __html: SELECT_ALL }} /> : null}
        </>
      )}
      <nav className="pager" aria-label={t.pages}>
        {m.paged ? <a href={withParams({})}>{t.firstPage}</a> : null}
        {m.nextCursor ? (
          <a href={withParams({ after: m.nextCursor })} rel="next">
            {t.nextPage}
          </a>
        ) : null}
        <span className="muted">{fill(t.shown, { n: m.rowCount })}</span>
      </nav>
    </>
  );
}

/** "Select all on this page": shown only when scripts run (without them each row is ticked by hand). */
const SELECT_ALL = `(function(){var a=document.getElementById("select-all");if(!a)return;a.hidden=false;var b=function(){return document.querySelectorAll('input[name="items"][form="bulk-assign"]')};a.addEventListener("change",function(){b().forEach(function(c){c.checked=a.checked})});document.addEventListener("change",function(e){if(e.target===a)return;var l=b(),n=0;l.forEach(function(c){if(c.checked)n++});a.checked=n===l.length;a.indeterminate=n>0&&n<l.length})})();`;
