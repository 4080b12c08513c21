import { AUDIT_ACTION_GROUPS, isAuditAction, type AuditActionGroup } from "@/lib/domain/audit-actions";
import { parseAuditEntry } from "@/lib/domain/audit-payloads";
import type { Locale } from "@/lib/domain/locale";
import { REQUEST_STATUSES } from "@/lib/domain/vocabulary";
import { fill } from "@/lib/i18n/fill";
import { formatStaffDay } from "./format-day";
import { lookup, staffMessages } from "./index";

/** One stored audit entry, as the audit page reads it. */
export interface AuditEntryLike {
  actorType: string;
  actorId: string | null;
  action: string;
  requestId: string | null;
  payload: unknown;
}

/** What ids on the page stand for: staff names, API key names, request references, system names. */
export interface AuditNames {
  staff: Map<string, string>;
  apiKeys: Map<string, string>;
  references: Map<string, string>;
  systems: Map<string, string>;
}

/** A payload field with its label: a value, or the fields of a nested object. */
export type AuditField = { label: string; value: string } | { label: string; fields: AuditField[] };

// The actor is in the sentence, and no version number is shown to staff.
const HIDDEN_FIELDS = new Set(["version", "actorKind", "actorId", "actorRole"]);
const STAFF_ID_FIELDS = new Set(["assigneeId", "previousAssigneeId", "userId", "staffId", "completedBy"]);
// Ids the page shows as names; any other id (message, note, task, export…) means nothing to a reader.
const NAMED_ID_FIELDS = new Set([...STAFF_ID_FIELDS, "systemId", "duplicateOf", "requestId"]);
const isInternalId = (k: string) => (k === "id" || k.endsWith("Id")) && !NAMED_ID_FIELDS.has(k);
const ARROW = " → ";
const isRequestStatus = (v: string) => (REQUEST_STATUSES as readonly string[]).includes(v);

const str = (v: unknown) => (typeof v === "string" ? v : undefined);

/** Who acted, by name: a staff member, an API key, the subject or the system. */
export function auditActor(e: AuditEntryLike, names: AuditNames, locale: Locale | undefined): string {
  const all = staffMessages(locale);
  const w = all.auditLog.actors;
  if (e.actorType === "staff") return (e.actorId && names.staff.get(e.actorId)) || w.unknown;
  if (e.actorType === "api_key")
    return fill(all.apiKeys.actor, { name: (e.actorId && names.apiKeys.get(e.actorId)) || "" }).trim();
  if (e.actorType === "subject") return w.subject;
  if (e.actorType === "system") return w.system;
  return w.unknown;
}

/** What was acted on: the request's reference, else the account, system, key or endpoint the payload names. */
export function auditTarget(e: AuditEntryLike, names: AuditNames): string {
  if (e.requestId) return names.references.get(e.requestId) ?? "—";
  const p = parseAuditEntry(e).payload as Record<string, unknown>;
  const userId = str(p.userId);
  if (userId) return names.staff.get(userId) ?? "—";
  const systemId = str(p.systemId);
  if (systemId) return names.systems.get(systemId) ?? "—";
  return str(p.name) ?? str(p.url) ?? (e.actorId ? (names.staff.get(e.actorId) ?? "—") : "—");
}

/** The fulfilment step(s) an entry is about, by name, with the system it ran in. */
function stepOf(p: Record<string, unknown>, names: AuditNames, locale: Locale | undefined): string {
  const all = staffMessages(locale);
  const name = (op: string) => lookup(all.fulfilment.steps, op, op.replace(/_/g, " "));
  const ops = Array.isArray(p.operations) ? p.operations.map(String) : str(p.operation) ? [str(p.operation)!] : [];
  const system = str(p.systemId) ? names.systems.get(str(p.systemId)!) : undefined;
  const steps = ops.map(name).join(", ");
  return system ? fill(all.stepWords.stepIn, { step: steps, systems: system }) : steps || "—";
}

/** The entry as one sentence in the member's language: who did what to which request (or account, system…). */
export function auditSentence(e: AuditEntryLike, names: AuditNames, locale: Locale | undefined): string {
  const w = staffMessages(locale).auditLog;
  const actor = auditActor(e, names, locale);
  const target = auditTarget(e, names);
  const p = parseAuditEntry(e).payload as Record<string, unknown>;
  if (!isAuditAction(e.action)) return `${actor}: ${e.action} (${target})`;
  const assignee = p.assigneeId === null ? w.actors.nobody : (names.staff.get(str(p.assigneeId) ?? "") ?? "—");
  return fill(w.sentences[e.action], { actor, target, to: assignee, step: stepOf(p, names, locale) });
}

/** An action's short label for the filter: the timeline's word, else the audit page's own. */
export function auditActionLabel(action: string, locale: Locale | undefined): string {
  const all = staffMessages(locale);
  return lookup(all.timeline, action, lookup(all.auditLog.labels, action, action));
}

/** The filter's options: every action by group, labelled, in the member's language. */
export function auditActionOptions(locale: Locale | undefined) {
  const groups = staffMessages(locale).auditLog.groups;
  return (Object.keys(AUDIT_ACTION_GROUPS) as AuditActionGroup[]).map((group) => ({
    group,
    label: groups[group],
    actions: AUDIT_ACTION_GROUPS[group].map((a) => ({ value: a, label: auditActionLabel(a, locale) })),
  }));
}

/** The payload as labelled fields: ids shown as the names they stand for, statuses and steps in words. */
export function auditFields(e: AuditEntryLike, names: AuditNames, locale: Locale | undefined): AuditField[] {
  const all = staffMessages(locale);
  const w = all.auditLog;
  const label = (k: string) =>
    lookup(
      w.fields,
      k,
      k
        .replace(/([a-z])([A-Z])/g, "$1 $2")
        .replace(/_/g, " ")
        .replace(/^./, (c) => c.toUpperCase()),
    );
  const value = (k: string, v: unknown): string | null => {
    if (v === null || v === undefined) return k.endsWith("Id") ? w.actors.nobody : "—";
    if (typeof v === "string") {
      if (STAFF_ID_FIELDS.has(k)) return names.staff.get(v) ?? w.actors.unknown;
      if (k === "systemId") return names.systems.get(v) ?? "—";
      if (k === "duplicateOf" || k === "requestId") return names.references.get(v) ?? "—";
      if (k === "from" || k === "to" || k === "status") return lookup(all.status, v, v);
      if (k === "operation") return lookup(all.fulfilment.steps, v, v);
      if (k === "reasonCode") return lookup(all.actions.refusalReasons, v, v);
      if (k === "type") return lookup(all.types, v, v);
      if (k === "channel") return lookup(all.channels, v, v);
      if (k === "template") return lookup(all.mailNames, v, v);
      if (k === "locale") return lookup(all.chrome.languageNames, v, v);
      // A legal date as the staff screens write it, not ISO.
      return formatStaffDay(v, locale);
    }
    if (typeof v === "boolean") return v ? all.specifics.yes : all.specifics.no;
    if (typeof v === "number") return v.toLocaleString(locale === "fr" ? "fr-FR" : "en");
    if (Array.isArray(v) && v.every((x) => typeof x !== "object" || x === null))
      return v
        .map((x) => (k === "operations" ? lookup(all.fulfilment.steps, String(x), String(x)) : String(x)))
        .join(", ");
    return null;
  };
  const walk = (obj: Record<string, unknown>, depth: number): AuditField[] =>
    Object.entries(obj)
      .filter(([k]) => !isInternalId(k) && (depth > 0 || !HIDDEN_FIELDS.has(k)))
      .map(([k, v]): AuditField => {
        const plain = value(k, v);
        if (plain !== null) return { label: label(k), value: plain };
        const nested = Array.isArray(v)
          ? Object.fromEntries(v.map((x, i) => [String(i + 1), x]))
          : (v as Record<string, unknown>);
        return { label: label(k), fields: depth < 3 ? walk(nested, depth + 1) : [] };
      });
  const payload = parseAuditEntry(e).payload as Record<string, unknown>;
  const { fields: changes, rest } = changedFields(e.action, payload, value, all);
  return [...changes, ...walk(rest, 0)];
}

/**
 * A change of status (a transition), role or language and an assignment's assignee as one "before → after"
 * line each, and only when they changed: assigning a new request stores from "new" to "new", which said
 * nothing. Other before/after pairs are left to the generic fields.
 */
function changedFields(
  action: string,
  payload: Record<string, unknown>,
  value: (k: string, v: unknown) => string | null,
  all: ReturnType<typeof staffMessages>,
): { fields: AuditField[]; rest: Record<string, unknown> } {
  const w = all.auditLog;
  const rest = { ...payload };
  const fields: AuditField[] = [];
  const { from, to } = payload;
  if (typeof from === "string" && typeof to === "string") {
    const pair = (label: string, word: (v: string) => string) => {
      delete rest.from;
      delete rest.to;
      if (from !== to) fields.push({ label, value: word(from) + ARROW + word(to) });
    };
    if (isRequestStatus(from) && isRequestStatus(to)) pair(w.fields.status, (v) => value("status", v)!);
    else if (action === "staff.role_changed") pair(w.fields.role, (v) => lookup(all.chrome.roles, v, v));
    else if (action === "staff.language_changed") pair(w.fields.locale, (v) => lookup(all.chrome.languageNames, v, v));
  }
  if ("assigneeId" in payload && "previousAssigneeId" in payload) {
    delete rest.assigneeId;
    delete rest.previousAssigneeId;
    const before = payload.previousAssigneeId ?? null;
    const after = payload.assigneeId ?? null;
    if (before !== after)
      fields.push({
        label: w.fields.assigneeId,
        value: value("previousAssigneeId", before) + ARROW + value("assigneeId", after),
      });
  }
  return { fields, rest };
}
