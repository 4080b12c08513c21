import { can, type StaffAction } from "@/lib/auth/policy";
import { auditActorOf, isApiKey, type Operator } from "@/lib/auth/operator";
import { apiKeyNamesById } from "@/lib/db/queries/api-keys";
import { db } from "@/lib/db/client";
import { findRequest, type RequestRow } from "@/lib/db/queries/requests";
import { listMessageHeaders } from "@/lib/db/queries/messages";
import { dataSystemsById } from "@/lib/db/queries/data-systems";
import { listTasks } from "@/lib/db/queries/tasks";
import { listAssignableStaff } from "@/lib/db/queries/staff-users";
import { listLinkedDuplicates, listRequestAudit, listRequestNotes, staffNamesById } from "@/lib/db/queries/workspace";
import { isAuditAction, type AuditAction } from "@/lib/domain/audit-actions";
import { timelineEn } from "@/lib/i18n/staff/timeline-en";
import { parseAuditEntry, type ParsedAuditEntry } from "@/lib/domain/audit-payloads";
import type { DeadlineResult } from "@/lib/domain/deadline";
import { formatDate } from "@/lib/domain/deadline/format-date";
import { formatStaffDay } from "@/lib/i18n/staff/format-day";
import type { Locale } from "@/lib/domain/locale";
import { fill } from "@/lib/i18n/fill";
import { lookup, staffMessages } from "@/lib/i18n/staff";
import { recipientsWords } from "@/lib/i18n/staff/recipients-words";
import type { RegimeCode } from "@/lib/domain/deadline/regimes";
import { regimeOfRequest } from "@/lib/mail/templates/regime-params";
import type { LifecycleActionType } from "@/lib/domain/lifecycle";
import { actionMenu, type MenuAction } from "./action-menu";
import { loadLifecycleContext } from "@/lib/requests/transitions/lifecycle-context";
import type { SubjectFields } from "@/lib/requests/subject-fields";
import type { RefusalReason } from "@/lib/domain/vocabulary";
import { viewSubjectContent } from "./view-subject";
import { STAFF_TRANSITION_WORDS } from "@/lib/requests/transitions/staff-transition-specs";

export type TimelineEntry =
  | { kind: "event"; at: Date; actor: string; action: string; code: string; detail: string | null }
  // body null: the text is subject content this staff member's role may not read (request.view_subject).
  | { kind: "message"; at: Date; actor: string; direction: string; body: string | null; templateKey: string | null }
  | { kind: "note"; at: Date; actor: string; body: string | null };

export interface Workspace {
  request: RequestRow;
  deadline: DeadlineResult;
  today: string;
  actions: LifecycleActionType[];
  /** The action menu's entries for this member now (lib/requests/staff/action-menu.ts). */
  menu: MenuAction[];
  assignees: { id: string; name: string; role: string }[];
  timeline: TimelineEntry[];
  duplicates: Awaited<ReturnType<typeof listLinkedDuplicates>>;
  may: Partial<Record<StaffAction, boolean>>;
  /** The subject's details, for roles with request.view_subject (the read is audited); otherwise null. */
  subject: SubjectFields | null;
  /** The grounds the refusal form offers: those of the request's law and right (lib/domain/refusal-grounds.ts). */
  refusalReasons: readonly RefusalReason[];
}

const TIMELINE_HIDDEN: ReadonlySet<string> = new Set<AuditAction>([
  "request.message_sent",
  "request.note_added",
  "request.subject_viewed",
]);

// The staff transitions' words come from their specs; every other entry's English word from the staff
// catalogue (the screen shows its French word to a French-speaking member).
const ACTION_WORDS: Partial<Record<AuditAction, string>> = { ...STAFF_TRANSITION_WORDS, ...timelineEn };

/** Names a fulfilment step as staff read it, with the systems it runs in. */
interface StepNames {
  named(operation: string, systemIds: string[]): string;
  systemsAt(position: number, operation: string): string[];
}

function stepNames(
  locale: Locale | undefined,
  tasks: { position: number; operation: string; systemId: string | null }[],
  systems: Map<string, { name: string }>,
  /** The request's regime: the recipients step cites Art. 19 under the GDPRs only (recipients-words.ts). */
  regime: RegimeCode,
): StepNames {
  const all = staffMessages(locale);
  return {
    named: (operation, systemIds) => {
      const step =
        operation === "notify_recipients"
          ? recipientsWords(all, regime).step
          : lookup(all.fulfilment.steps, operation, operation.replace(/_/g, " "));
      const where = [...new Set(systemIds.map((id) => systems.get(id)?.name).filter((n): n is string => !!n))];
      return where.length ? fill(all.stepWords.stepIn, { step, systems: where.join(", ") }) : step;
    },
    systemsAt: (position, operation) =>
      tasks
        .filter((t) => t.position === position && t.operation === operation && t.systemId)
        .map((t) => t.systemId as string),
  };
}

/** One line of detail for a timeline event, from its parsed payload, in the staff member's language. */
function auditDetail(
  entry: ParsedAuditEntry,
  names: Map<string, string>,
  locale: Locale | undefined,
  steps: StepNames,
): string | null {
  const all = staffMessages(locale);
  const w = all.detail;
  // A legal date in words, never the ISO form ("4 Jan 2027", as the English panels write it).
  const date = (d: string) => (locale === "fr" ? formatDate(d, "fr") : formatStaffDay(d, "en"));
  const parts: string[] = [];
  switch (entry.kind) {
    case "transition": {
      const p = entry.payload;
      if (p.from && p.to && p.from !== p.to) parts.push(`${lookup(all.status, p.from)} → ${lookup(all.status, p.to)}`);
      if (entry.action === "request.assigned")
        parts.push(fill(w.to, { name: p.assigneeId ? (names.get(p.assigneeId) ?? w.someone) : w.nobody }));
      if (p.reason) parts.push(fill(w.reason, { text: p.reason }));
      if (p.reasonCode) parts.push(fill(w.code, { code: lookup(all.actions.refusalReasons, p.reasonCode) }));
      if (p.dueDate) parts.push(fill(w.due, { date: date(p.dueDate) }));
      if (p.partialRefusal === "erasure_kept") parts.push(w.erasureKept);
      if (p.partialRefusal === "access_withheld") parts.push(w.accessWithheld);
      if (p.partialRefusal === "rectification_declined") parts.push(w.rectificationDeclined);
      // Staff verified a person they checked themselves: how (and the note), not "by e-mail".
      if (p.identityCheckMethod) {
        const method = lookup(all.identity.methods, p.identityCheckMethod);
        parts.push(
          fill(w.identityChecked, { method: p.identityCheckNote ? `${method} (${p.identityCheckNote})` : method }),
        );
      }
      break;
    }
    case "submitted":
      parts.push(
        fill(w.due, { date: date(entry.payload.dueDate) }),
        fill(w.via, { channel: lookup(all.channels, entry.payload.channel) }),
      );
      if (entry.payload.gpc === true) parts.push(w.gpc);
      break;
    case "task":
      parts.push(steps.named(entry.payload.operation, entry.payload.systemId ? [entry.payload.systemId] : []));
      if (entry.payload.error) parts.push(fill(w.error, { error: entry.payload.error }));
      break;
    case "other": {
      const p = entry.payload;
      // The step a position started, named with the systems it runs in ("Erase in Demo Shop").
      if (entry.action === "fulfilment.position_started" && Array.isArray(p.operations))
        parts.push(
          ...p.operations.map((op) => steps.named(String(op), steps.systemsAt(Number(p.position), String(op)))),
        );
      // An agent's permission decided (its reason), or data points matched (counts, never values).
      if (entry.action.startsWith("request.agent_permission_") && typeof p.reason === "string")
        parts.push(fill(w.reason, { text: p.reason }));
      if (entry.action === "request.data_points_matched" && p.points && typeof p.points === "object") {
        const points = Object.entries(p.points as Record<string, unknown>)
          .map(([name, ok]) => `${name} ${ok === true ? "✓" : "✗"}`)
          .join(", ");
        parts.push(fill(w.dataPoints, { matched: String(p.matched), required: String(p.required), points }));
        // Specific pieces: the declaration under penalty of perjury (11 CCR § 7062(c)), signed or not.
        if (p.declarationRequired === true)
          parts.push(p.declarationSigned === true ? w.declarationSigned : w.declarationMissing);
      }
      break;
    }
    default:
      break;
  }
  return parts.length ? parts.join(" · ") : null;
}

/** Everything the request workspace shows, scoped to what this staff member may do now. */
export async function loadWorkspace(
  requestId: string,
  staff: Operator & { locale?: Locale },
  now = new Date(),
): Promise<Workspace | null> {
  const request = await findRequest(db(), { id: requestId });
  if (!request) return null;
  // Subject content (details, messages, notes) is read only for roles that may see it, with its audit
  // entry in the same transaction; other roles get who wrote what when, never the text.
  const content = can(staff, "request.view_subject")
    ? await viewSubjectContent({
        requestId,
        staffId: staff.id,
        actorType: auditActorOf(staff).type,
        part: isApiKey(staff) ? "api" : "workspace",
      })
    : null;
  const [lifecycle, audit, messages, notes, duplicates, names, assignees, keyNames, tasks] = await Promise.all([
    loadLifecycleContext(db(), request, now),
    listRequestAudit(db(), { requestId }),
    content?.messages ?? listMessageHeaders(db(), { requestId }).then((ms) => ms.map((m) => ({ ...m, body: null }))),
    content?.notes ??
      listRequestNotes(db(), { requestId }).then((ns) =>
        ns.map((n) => ({ id: n.id, authorName: n.authorName, createdAt: n.createdAt, body: null })),
      ),
    listLinkedDuplicates(db(), { requestId, duplicateOf: request.duplicateOf }),
    staffNamesById(db()),
    listAssignableStaff(db()),
    apiKeyNamesById(db()),
    listTasks(db(), { requestId }),
  ]);
  const systems = await dataSystemsById(db(), { ids: tasks.flatMap((t) => (t.systemId ? [t.systemId] : [])) });
  const steps = stepNames(staff.locale, tasks, systems, regimeOfRequest(request));
  const { deadline, today } = lifecycle;
  // The lifecycle says what applies now; can() says what this role may do. Both must agree.
  const menu = actionMenu(lifecycle.context, staff);
  const actions = [...new Set(menu.map((m): LifecycleActionType => (m === "claim" ? "assign" : m)))];
  const actorName = (type: string, id: string | null) =>
    type === "staff"
      ? id
        ? (names.get(id) ?? "staff")
        : "staff"
      : type === "api_key"
        ? fill(staffMessages(staff.locale).apiKeys.actor, { name: (id && keyNames.get(id)) || "" }).trim()
        : type;
  const timeline: TimelineEntry[] = [
    ...audit
      // Messages and notes are shown with their text below; their audit twins would repeat them.
      // Views are in the audit log page; here they would bury the case history under every reload.
      .filter((e) => !TIMELINE_HIDDEN.has(e.action))
      .map((e): TimelineEntry => ({
        kind: "event",
        at: e.at,
        actor: actorName(e.actorType, e.actorId),
        action: (isAuditAction(e.action) ? ACTION_WORDS[e.action] : undefined) ?? e.action,
        code: e.action,
        detail: auditDetail(parseAuditEntry(e), names, staff.locale, steps),
      })),
    ...messages.map((m): TimelineEntry => ({
      kind: "message",
      at: m.createdAt,
      actor: m.direction === "inbound" ? "subject" : (m.authorName ?? "staff"),
      direction: m.direction,
      templateKey: m.templateKey,
      body: m.body,
    })),
    ...notes.map((n): TimelineEntry => ({
      kind: "note",
      at: n.createdAt,
      actor: n.authorName,
      body: n.body,
    })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
  const may: Partial<Record<StaffAction, boolean>> = {};
  for (const a of [
    "request.view_subject",
    "request.message",
    "request.note",
    "request.assign_others",
    "request.correct_regime",
    "request.verify_identity",
  ] as const)
    may[a] = can(staff, a);
  return {
    request,
    deadline,
    today,
    actions,
    menu,
    assignees,
    timeline,
    duplicates,
    may,
    subject: content?.fields ?? null,
    refusalReasons: lifecycle.context.refusalReasons ?? [],
  };
}
