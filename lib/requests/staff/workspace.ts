import { can, type StaffAction } from "@/lib/auth/policy";
import type { StaffSession } from "@/lib/auth/session";
import { decryptMaybe } from "@/lib/crypto/env-keys";
import { db } from "@/lib/db/client";
import { findRequest, type RequestRow } from "@/lib/db/queries/requests";
import { listAssignableStaff } from "@/lib/db/queries/staff-users";
import {
  listLinkedDuplicates,
  listRequestAudit,
  listRequestMessages,
  listRequestNotes,
  staffNamesById,
} from "@/lib/db/queries/workspace";
import type { DeadlineResult } from "@/lib/domain/deadline";
import { allowedActions, type LifecycleActionType } from "@/lib/domain/lifecycle";
import { loadLifecycleContext } from "@/lib/requests/transitions/lifecycle-context";
import { STAFF_TRANSITIONS, type StaffTransitionType } from "@/lib/requests/transitions/staff-transition-input";
import { STAFF_TRANSITION_WORDS, transitionPolicy } from "@/lib/requests/transitions/staff-transition-specs";

export type TimelineEntry =
  | { kind: "event"; at: Date; actor: string; action: string; detail: string | null }
  | { kind: "message"; at: Date; actor: string; direction: string; body: string; templateKey: string | null }
  | { kind: "note"; at: Date; actor: string; body: string };

export interface Workspace {
  request: RequestRow;
  deadline: DeadlineResult;
  today: string;
  actions: LifecycleActionType[];
  assignees: { id: string; name: string; role: string }[];
  timeline: TimelineEntry[];
  duplicates: Awaited<ReturnType<typeof listLinkedDuplicates>>;
  may: Partial<Record<StaffAction, boolean>>;
}

const TIMELINE_HIDDEN = new Set(["request.message_sent", "request.note_added", "request.subject_viewed"]);

// The staff transitions' words come from their specs; these are the other entries of a request's trail.
const ACTION_WORDS: Record<string, string> = {
  ...STAFF_TRANSITION_WORDS,
  "request.submitted": "Request received",
  "request.verified": "E-mail verified",
  "request.subject_replied": "Subject replied",
  "request.subject_viewed": "Viewed subject details",
  "request.message_sent": "Message sent",
  "request.note_added": "Note added",
  "request.status_link_issued": "Status link sent to the subject",
  "fulfilment.planned": "Fulfilment planned",
  "fulfilment.position_started": "Fulfilment step started",
  "fulfilment.retried": "Failed steps retried",
  "fulfilment.stopped": "Fulfilment stopped",
  "task.succeeded": "Step done",
  "task.waiting": "Step waiting for an answer",
  "task.failed": "Step failed",
  "gate.review_package": "Package approved",
  "gate.approve_erasure": "Erasure plan approved",
  "gate.approve_changes": "Corrections approved",
  "restriction.lift_requested": "Restriction lift requested",
  "export.prepared": "Package prepared",
  "export.purged": "Package file deleted (expired)",
  "export.code_sent": "Download code sent",
  "export.downloaded": "Package downloaded",
};

function auditDetail(action: string, payload: Record<string, unknown>, names: Map<string, string>): string | null {
  const parts: string[] = [];
  if (typeof payload.from === "string" && typeof payload.to === "string" && payload.from !== payload.to)
    parts.push(`${payload.from} → ${payload.to}`);
  if (action === "request.assigned")
    parts.push(
      `to ${typeof payload.assigneeId === "string" ? (names.get(payload.assigneeId) ?? "someone") : "nobody"}`,
    );
  if (typeof payload.reason === "string") parts.push(`reason: ${payload.reason}`);
  if (typeof payload.reasonCode === "string") parts.push(`code: ${payload.reasonCode}`);
  if (typeof payload.dueDate === "string") parts.push(`due ${payload.dueDate}`);
  if (typeof payload.channel === "string") parts.push(`via ${payload.channel}`);
  if (typeof payload.operation === "string") parts.push(payload.operation.replace(/_/g, " "));
  if (typeof payload.error === "string") parts.push(`error: ${payload.error}`);
  return parts.length ? parts.join(" · ") : null;
}

const isStaffTransition = (t: LifecycleActionType): t is StaffTransitionType =>
  (STAFF_TRANSITIONS as readonly string[]).includes(t);

/** Everything the request workspace shows, scoped to what this staff member may do now. */
export async function loadWorkspace(
  requestId: string,
  staff: StaffSession,
  now = new Date(),
): Promise<Workspace | null> {
  const request = await findRequest(db(), { id: requestId });
  if (!request) return null;
  const [lifecycle, audit, messages, notes, duplicates, names, assignees] = await Promise.all([
    loadLifecycleContext(db(), request, now),
    listRequestAudit(db(), { requestId }),
    listRequestMessages(db(), { requestId }),
    listRequestNotes(db(), { requestId }),
    listLinkedDuplicates(db(), { requestId, duplicateOf: request.duplicateOf }),
    staffNamesById(db()),
    listAssignableStaff(db()),
  ]);
  const { deadline, today } = lifecycle;
  const allowed = allowedActions(lifecycle.context, { kind: "staff", id: staff.id, role: staff.role });
  // The lifecycle says what applies now; can() says what this role may do. Both must agree.
  const actions = allowed.filter((type) => {
    if (type === "assign") return can(staff, "request.assign_self") || can(staff, "request.assign_others");
    if (!isStaffTransition(type)) return false;
    return can(staff, transitionPolicy({ type, assigneeId: null }, staff).action);
  });
  const actorName = (type: string, id: string | null) =>
    type === "staff" ? (id ? (names.get(id) ?? "staff") : "staff") : type;
  const timeline: TimelineEntry[] = [
    ...audit
      // Messages and notes are shown with their text below; their audit twins would repeat them.
      // Views are in the audit log page; here they would bury the case history under every reload.
      .filter((e) => !TIMELINE_HIDDEN.has(e.action))
      .map((e): TimelineEntry => ({
        kind: "event",
        at: e.at,
        actor: actorName(e.actorType, e.actorId),
        action: ACTION_WORDS[e.action] ?? e.action,
        detail: auditDetail(e.action, (e.payload ?? {}) as Record<string, unknown>, names),
      })),
    ...messages.map((m): TimelineEntry => ({
      kind: "message",
      at: m.createdAt,
      actor: m.direction === "inbound" ? "subject" : (m.authorName ?? "staff"),
      direction: m.direction,
      templateKey: m.templateKey,
      body: decryptMaybe(m.bodyEnc, `request_messages.body:${requestId}`) ?? "",
    })),
    ...notes.map((n): TimelineEntry => ({
      kind: "note",
      at: n.createdAt,
      actor: n.authorName,
      body: decryptMaybe(n.bodyEnc, `request_notes.body:${requestId}`) ?? "",
    })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
  const may: Partial<Record<StaffAction, boolean>> = {};
  for (const a of ["request.view_subject", "request.message", "request.note", "request.assign_others"] as const)
    may[a] = can(staff, a);
  return { request, deadline, today, actions, assignees, timeline, duplicates, may };
}
