import type { AuditAction } from "./audit-actions";
import { TRANSITION_AUDIT_ACTIONS } from "./audit-actions";

/** The events an outbound webhook endpoint may subscribe to (docs/webhooks.md describes each one). */
export const WEBHOOK_EVENTS = [
  "request.received",
  "request.verified",
  "request.status_changed",
  "request.due_soon",
  "request.overdue",
  "request.completed",
  "request.refused",
  "request.appealed",
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export function isWebhookEvent(value: string): value is WebhookEvent {
  return (WEBHOOK_EVENTS as readonly string[]).includes(value);
}

const TRANSITIONS = new Set<string>(TRANSITION_AUDIT_ACTIONS);
// Thresholds of the deadline watch (lib/domain/thresholds.ts) that count as "due soon".
const DUE_SOON = new Set(["due_in_7", "due_in_3", "due_in_1", "due_today"]);

/**
 * The webhook events an audit entry stands for. The audit entry is the one hook point: every state
 * change writes one in its transaction (lib/audit/append.ts), so the events are produced there, in
 * the same transaction. Pure, so the mapping is tested without a database.
 */
export function webhookEventsFor(action: AuditAction | string, payload: Record<string, unknown>): WebhookEvent[] {
  const out: WebhookEvent[] = [];
  // The status change first, then what it means (verified, completed, refused): written, queued and so
  // delivered in that order when nothing is retried (QA F25). A retried delivery may come later: each event
  // carries the request as it stands (`data.request.status`).
  if (TRANSITIONS.has(action) && typeof payload.from === "string" && payload.to !== payload.from)
    out.push("request.status_changed");
  if (action === "request.submitted") out.push("request.received");
  if (action === "request.verified") out.push("request.verified");
  if (action === "request.completed") out.push("request.completed");
  if (action === "request.refused") out.push("request.refused");
  if (action === "appeal.filed") out.push("request.appealed");
  if (action === "request.deadline_alerted" && DUE_SOON.has(String(payload.threshold))) out.push("request.due_soon");
  if (action === "request.deadline_escalated" && payload.threshold === "overdue") out.push("request.overdue");
  return out;
}
