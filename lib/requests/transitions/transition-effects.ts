import { appendAudit } from "@/lib/audit/append";
import type { AuditActorType } from "@/lib/audit/entry";
import type { Db } from "@/lib/db/client";
import { insertClockEvent, type RequestRow } from "@/lib/db/queries/requests";
import { insertMessage } from "@/lib/db/queries/messages";
import type { Actor, LifecycleEvent } from "@/lib/domain/lifecycle";
import { enqueueJob } from "@/lib/outbox/enqueue";
import { LIFECYCLE_JOBS } from "./lifecycle-jobs";
import { queueTransitionMail } from "./transition-mails";

function auditActor(actor: Actor): { type: AuditActorType; id: string | null } {
  return actor.kind === "staff" || actor.kind === "api_key"
    ? { type: actor.kind, id: actor.id }
    : { type: actor.kind, id: null };
}

export interface EffectContext {
  before: RequestRow;
  /** The row as the transition left it (new version, status, due dates). */
  request: RequestRow;
  actor: Actor;
  now: Date;
}

/** Writes what one lifecycle event stands for, in the transition's transaction: one event, one effect. */
export async function applyLifecycleEvent(tx: Db, event: LifecycleEvent, c: EffectContext): Promise<void> {
  const { before, request } = c;
  const actorId = c.actor.kind === "staff" ? c.actor.id : null;
  switch (event.kind) {
    case "audit":
      await appendAudit(tx, {
        actor: auditActor(c.actor),
        action: event.action,
        requestId: request.id,
        payload: {
          from: before.status,
          to: request.status,
          version: request.version,
          ...event.data,
          ...(request.dueDate !== before.dueDate ? { dueDate: request.dueDate } : {}),
        },
      });
      return;
    case "mail":
      return queueTransitionMail(tx, event, { request, actor: c.actor });
    case "clock":
      return insertClockEvent(tx, {
        requestId: request.id,
        kind: event.event,
        at: c.now,
        reason: event.reason,
        actorId,
      });
    case "message":
      await insertMessage(tx, {
        requestId: request.id,
        direction: "outbound",
        body: event.body,
        templateKey: event.template,
        authorStaffId: actorId,
      });
      return;
    case "job":
      await enqueueJob(tx, LIFECYCLE_JOBS[event.job], { requestId: request.id });
      return;
    default:
      return unhandledEvent(event);
  }
}

/** A lifecycle event kind without an effect fails to compile here. */
function unhandledEvent(event: never): never {
  throw new Error(`no effect for lifecycle event ${JSON.stringify(event)}`);
}
