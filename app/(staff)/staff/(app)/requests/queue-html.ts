import { listJurisdictions } from "@/lib/domain/deadline";
import { CHANNELS, REQUEST_STATUSES, REQUEST_TYPES, type RequestStatus } from "@/lib/domain/vocabulary";
import { escapeHtml as e } from "@/lib/http/static-markup";
import { fill } from "@/lib/i18n/fill";
import type { StaffMessages } from "@/lib/i18n/staff";
import type { QueueFilters } from "@/lib/db/queries/queue";
import { PAGE_SIZES, queueQuery } from "./queue-params";

/** Everything the queue's markup needs, already loaded and formatted (queue-document.ts builds it). */
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
  /** Whether the search box finds people by e-mail and name (roles that may see subject data). */
  subjectSearch: boolean;
  rowsHtml: string;
  rowCount: number;
  /** This page's own address (path and query), where a form posted from it comes back to. */
  back: string;
  flash: { kind: "ok" | "error"; text: string } | null;
  nonce: string | null;
}

const attr = (name: string, value: string | null | undefined) => (value == null ? "" : ` ${name}="${e(value)}"`);

/** A labelled filter select with an "any" choice first; the option named by `value` is selected. */
function select(
  id: string,
  name: string,
  label: string,
  value: string,
  anyLabel: string | undefined,
  options: readonly (string | { value: string; label: string })[],
): string {
  let out = `<div class="field"><label for="${id}">${e(label)}</label><select id="${id}" name="${name}">`;
  if (anyLabel !== undefined) out += `<option value=""${value === "" ? ' selected=""' : ""}>${e(anyLabel)}</option>`;
  for (const o of options) {
    const v = typeof o === "string" ? o : o.value;
    const l = typeof o === "string" ? o : o.label;
    out += `<option value="${e(v)}"${v === value ? ' selected=""' : ""}>${e(l)}</option>`;
  }
  return `${out}</select></div>`;
}

/**
 * The outcome of the form posted just before (a flash cookie): a region that is in the page empty and
 * filled a moment after load, so that screen readers announce it (a region born with its text is not
 * reliably read out); without scripts the text is shown as is.
 */
const FLASH = `(function(){var r=document.getElementById("flash");if(!r)return;setTimeout(function(){r.textContent=r.getAttribute("data-message")},100)})();`;

function flashHtml(flash: QueueModel["flash"], nonce: string | null): string {
  const error = flash?.kind === "error";
  const cls = error ? "alert" : "notice announcer";
  const region =
    `<p id="flash"${flash ? ` class="${cls}"` : ""} role="${error ? "alert" : "status"}" aria-live="${error ? "assertive" : "polite"}"` +
    ` data-testid="queue-flash"${attr("data-message", flash?.text)}></p>`;
  if (!flash) return region;
  return `${region}<noscript><p class="${cls}">${e(flash.text)}</p></noscript><script${attr("nonce", nonce)}>${FLASH}</script>`;
}

function savedViewsHtml(m: QueueModel, currentQuery: string): string {
  const t = m.all.queue;
  let out = `<div class="saved-views"><span class="muted">${e(t.savedViews)}</span>`;
  if (m.views.length === 0) out += `<span class="muted">${e(t.noViews)}</span>`;
  for (const v of m.views) {
    const label = e(fill(t.deleteView, { name: v.name }));
    out +=
      `<span class="view"><a href="${e(`/staff/requests${v.query ? `?${v.query}` : ""}`)}">${e(v.name)}</a>` +
      `<form class="inline" aria-label="${label}" action="/staff/requests/views/delete" method="post">` +
      `<input type="hidden" name="id" value="${e(v.id)}"/><input type="hidden" name="back" value="${e(m.back)}"/>` +
      `<button class="button" type="submit" aria-label="${label}">×</button></form></span>`;
  }
  return (
    `${out}<form class="toolbar" aria-label="${e(t.saveThisView)}" action="/staff/requests/views" method="post">` +
    `<input type="hidden" name="query" value="${e(currentQuery)}"/><input type="hidden" name="back" value="${e(m.back)}"/>` +
    `<div class="field"><label for="view-name">${e(t.saveAs)}</label><input id="view-name" name="name" type="text" maxLength="60" required="" placeholder="${e(t.viewPlaceholder)}"/></div>` +
    `<div><button class="button" type="submit">${e(t.saveView)}</button></div></form></div>`
  );
}

/** The checkboxes in the queue table belong to this form through their `form="bulk-assign"` attribute. */
function bulkAssignHtml(m: QueueModel): string {
  const t = m.all.queue;
  const roles = m.all.chrome.roles as Record<string, string>;
  let options = `<option value="" selected="">${e(t.nobody)}</option>`;
  for (const a of m.assignable)
    options += `<option value="${e(a.id)}">${e(a.name)} (${e(roles[a.role] ?? a.role)})</option>`;
  return (
    `<div id="bulk-assign-wrap"><form class="toolbar" id="bulk-assign" aria-label="${e(t.bulkAssign)}" action="/staff/requests/bulk-assign" method="post">` +
    `<input type="hidden" name="back" value="${e(m.back)}"/>` +
    `<div class="field"><label for="bulk-assignee">${e(t.assignSelectedTo)}</label><select id="bulk-assignee" name="assigneeId">${options}</select></div>` +
    `<div><button class="button" type="submit">${e(t.assignSelected)}</button></div></form></div>`
  );
}

/**
 * The queue as plain markup (issue 16: no React, one string): status tabs as links, the filters as a GET
 * form, saved views and bulk assign as plain POST forms answered with a redirect and a flash message,
 * rows as one escaped HTML string (queue-rows.ts), keyset paging as links. Every interpolated value
 * goes through `escapeHtml`.
 */
export function queueHtml(m: QueueModel): string {
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
    e(`/staff/requests?${queueQuery({ ...current, ...change, after: change.after })}`);
  const c = m.counts;
  const openTotal = c.unverified + c.new + c.in_progress + c.awaiting_subject + c.in_review;
  let allTotal = 0;
  for (const s of REQUEST_STATUSES) allTotal += c[s];
  const tab = (href: string, on: boolean, text: string, status?: string) =>
    `<li><a href="${href}"${on ? ' aria-current="true"' : ""}${status ? ` data-status="${status}"` : ""}>${e(text)}</a></li>`;
  let tabs = tab(withParams({ status: undefined }), base.status === "open", `${t.open} (${openTotal})`);
  for (const s of REQUEST_STATUSES)
    tabs += tab(withParams({ status: s }), base.status === s, `${all.status[s]} (${c[s]})`, s);
  tabs += tab(withParams({ status: "all" }), base.status === "all", `${t.all} (${allTotal})`);

  const filters =
    `<form class="toolbar" role="search" aria-label="${e(t.filter)}" action="/staff/requests" method="get">` +
    (base.status !== "open" ? `<input type="hidden" name="status" value="${e(base.status)}"/>` : "") +
    `<div class="field"><label for="q">${e(m.subjectSearch ? t.search : t.searchReference)}</label><input id="q" name="q" type="search" value="${e(m.q ?? "")}" placeholder="DSR-2026-000123" size="24"/></div>` +
    select(
      "f-type",
      "type",
      t.type,
      base.type ?? "",
      t.any,
      REQUEST_TYPES.map((v) => ({ value: v, label: all.types[v] })),
    ) +
    select("f-assignee", "assignee", t.assignee, base.assignee ?? "", t.anyone, [
      { value: "me", label: t.me },
      { value: "unassigned", label: t.unassigned },
      ...m.assignable.map((u) => ({ value: u.id, label: u.name })),
    ]) +
    select("f-due", "due", t.due, base.due ?? "", t.anyTime, [
      { value: "overdue", label: t.overdue },
      { value: "week", label: t.week },
    ]) +
    select(
      "f-jurisdiction",
      "jurisdiction",
      t.jurisdiction,
      base.jurisdiction ?? "",
      t.any,
      listJurisdictions().map((j) => j.code),
    ) +
    select(
      "f-channel",
      "channel",
      t.channel,
      base.channel ?? "",
      t.any,
      CHANNELS.map((v) => ({ value: v, label: all.channels[v] })),
    ) +
    select("f-sort", "sort", t.sortBy, base.sort, undefined, [
      { value: "due", label: t.sortDue },
      { value: "received", label: t.sortReceived },
    ]) +
    select(
      "f-size",
      "size",
      t.rows,
      String(m.size),
      undefined,
      PAGE_SIZES.map((n) => String(n)),
    ) +
    `<button class="button" type="submit">${e(t.apply)}</button><a href="/staff/requests">${e(t.reset)}</a></form>`;

  let table: string;
  if (m.rowCount === 0) table = `<p class="empty">${e(m.paged ? t.noMore : t.none)}</p>`;
  else {
    const cols = t.columns;
    table =
      (m.canBulk ? bulkAssignHtml(m) : "") +
      `<table class="queue" aria-label="${e(t.table)}"><thead><tr>` +
      (m.canBulk
        ? `<th scope="col"><input type="checkbox" id="select-all" aria-label="${e(t.selectAll)}" hidden=""/><span class="sr-only">${e(t.select)}</span></th>`
        : "") +
      `<th scope="col">${e(cols.reference)}</th><th scope="col">${e(cols.type)}</th><th scope="col">${e(cols.subject)}</th>` +
      `<th scope="col">${e(cols.status)}</th><th scope="col">${e(cols.jurisdiction)}</th>` +
      `<th scope="col">${e(cols.received)} <span class="zone">(${e(m.zone)})</span></th>` +
      `<th scope="col">${e(cols.due)} <span class="zone">(${e(m.zone)})</span></th><th scope="col">${e(cols.assignee)}</th></tr></thead>` +
      `<tbody>${m.rowsHtml}</tbody></table>` +
      (m.canBulk ? `<script${attr("nonce", m.nonce)}>${SELECT_ALL}</script>` : "");
  }
  const pager =
    `<nav class="pager" aria-label="${e(t.pages)}">` +
    (m.paged ? `<a href="${withParams({})}">${e(t.firstPage)}</a>` : "") +
    (m.nextCursor ? `<a href="${withParams({ after: m.nextCursor })}" rel="next">${e(t.nextPage)}</a>` : "") +
    `<span class="muted">${e(fill(t.shown, { n: m.rowCount }))}</span></nav>`;
  return (
    flashHtml(m.flash, m.nonce) +
    `<h1>${e(t.title)}</h1><ul class="status-tabs" aria-label="${e(t.statusTabs)}">${tabs}</ul>` +
    filters +
    savedViewsHtml(m, queueQuery(current)) +
    table +
    pager
  );
}

/** "Select all on this page": shown only when scripts run (without them each row is ticked by hand). */
const SELECT_ALL = `(function(){var a=document.getElementById("select-all");if(!a)return;a.hidden=false;var b=function(){return document.querySelectorAll('input[name="items"][form="bulk-assign"]')};a.addEventListener("change",function(){b().forEach(function(c){c.checked=a.checked})});document.addEventListener("change",function(e){if(e.target===a)return;var l=b(),n=0;l.forEach(function(c){if(c.checked)n++});a.checked=n===l.length;a.indeterminate=n>0&&n<l.length})})();`;
