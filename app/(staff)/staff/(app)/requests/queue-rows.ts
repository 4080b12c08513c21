import type { DueBadge } from "@/app/(staff)/staff/(app)/components/staff-display";

/**
 * The queue's rows as one HTML string (`<tbody dangerouslySetInnerHTML>`): 50 rows of plain markup
 * with nothing interactive but links and checkboxes. As React elements every cell is also serialised
 * into the page's embedded RSC payload (≈ 2× the markup, and most of the render time); as a string
 * the payload carries it once. Every interpolated value goes through `escapeHtml`.
 */
export interface QueueRowView {
  id: string;
  reference: string;
  version: number;
  duplicate: boolean;
  type: string;
  subject: string;
  status: string;
  jurisdiction: string;
  received: string;
  due: string;
  /** The zone the due date is counted in, when it is not the one the header names (else null). */
  dueZone?: string | null;
  badge: DueBadge;
  assignee: string | null;
}

export interface QueueRowWords {
  duplicate: string;
  unassigned: string;
  received: string;
  due: string;
  selectRow: (reference: string) => string;
}

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const SPECIAL = /[&<>"']/;

export function escapeHtml(value: string | number): string {
  const text = String(value);
  // Most values (ids, references, dates) have nothing to escape: a test is cheaper than a replace.
  return SPECIAL.test(text) ? text.replace(/[&<>"']/g, (c) => ENTITIES[c]!) : text;
}

export function queueRowsHtml(rows: QueueRowView[], words: QueueRowWords, selectable: boolean): string {
  const e = escapeHtml;
  // The words are the same on every row: escaped once.
  const duplicateHtml = `<span class="muted"> ${e(words.duplicate)}</span>`;
  const unassignedHtml = `<span class="muted">${e(words.unassigned)}</span>`;
  const receivedLabel = e(words.received);
  const dueLabel = e(words.due);
  let out = "";
  for (const r of rows) {
    const select = selectable
      ? `<td class="c-sel"><input type="checkbox" name="items" value="${e(`${r.id}:${r.version}`)}" form="bulk-assign" aria-label="${e(words.selectRow(r.reference))}"></td>`
      : "";
    out +=
      `<tr data-reference="${e(r.reference)}">${select}` +
      `<td class="c-ref"><a href="/staff/requests/${e(r.id)}">${e(r.reference)}</a>${r.duplicate ? duplicateHtml : ""}</td>` +
      `<td class="c-type">${e(r.type)}</td>` +
      `<td class="c-subject">${emailHtml(r.subject)}</td>` +
      `<td class="c-status"><span class="status">${e(r.status)}</span></td>` +
      `<td class="c-jur">${e(r.jurisdiction)}</td>` +
      `<td class="c-received" data-label="${receivedLabel}">${e(r.received)}</td>` +
      `<td class="c-due" data-label="${dueLabel}">${e(r.due)}${r.dueZone ? ` <span class="zone">(${e(r.dueZone)})</span>` : ""} <span class="badge ${e(r.badge.kind)}">${e(r.badge.label)}</span></td>` +
      `<td class="c-assignee">${r.assignee === null ? unassignedHtml : e(r.assignee)}</td></tr>`;
  }
  return out;
}

/** An e-mail address that may wrap before its "@" (a folded row's narrow column) rather than mid-word. */
function emailHtml(text: string): string {
  const at = text.lastIndexOf("@");
  return at > 0 ? `${escapeHtml(text.slice(0, at))}<wbr>${escapeHtml(text.slice(at))}` : escapeHtml(text);
}
