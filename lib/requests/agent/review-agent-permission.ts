import { z } from "zod";
import { appendAudit } from "@/lib/audit/append";
import { db } from "@/lib/db/client";
import { findRequestAgent, reviewRequestAgent } from "@/lib/db/queries/request-agents";
import { findRequest } from "@/lib/db/queries/requests";
import { DomainError } from "@/lib/domain/errors";
import { toLocale } from "@/lib/domain/locale";
import { isOptOutType, OPEN_STATUSES, type StaffRole } from "@/lib/domain/vocabulary";
import { runTransition } from "@/lib/requests/transitions/run-transition";
import { prepareTemplateMail, queuePreparedMail } from "@/lib/mail/queue-template-mail";
import { detail } from "@/lib/domain/error-details";

export const reviewAgentPermissionInput = z.object({
  requestId: z.uuid({ error: "is not a request id" }),
  decision: z.enum(["approved", "rejected"], { error: "must be approved or rejected" }),
  reason: z.string().trim().min(1, "is required").max(1000, "must be at most 1000 characters"),
});

/** Roles that decide an agent's permission (they see the subject's data and the document). */
export const AGENT_REVIEW_ROLES: readonly StaffRole[] = ["admin", "dpo", "agent"];
/** Rejecting a permission refuses the request's agent: a supervisor's act. */
export const AGENT_REJECT_ROLES: readonly StaffRole[] = ["admin", "dpo"];

/**
 * Staff approve or reject an authorised agent's signed permission, with a reason: recorded once
 * (a second decision is refused), audited, and mailed to the agent, in one transaction, which also moves
 * the request. Approved: a request still waiting for verification is verified through the lifecycle
 * (`verify`, identity method `other` with a note naming the permission, 11 CCR § 7063(a)), so it enters
 * the normal flow and the subject gets the usual acknowledgement. Rejected: an open request is refused
 * (`refuse`, reason `identity_not_verified`, the staff's reason quoted), so the subject gets the refusal
 * mail; refusing is a supervisor's act, so a caseworker may approve but only a DPO or admin may reject.
 */
export async function reviewAgentPermission(
  input: z.infer<typeof reviewAgentPermissionInput>,
  staff: { id: string; role: StaffRole },
  now = new Date(),
): Promise<void> {
  if (!AGENT_REVIEW_ROLES.includes(staff.role))
    throw new DomainError("forbidden", detail("requests.agent_permission_role"));
  if (input.decision === "rejected" && !AGENT_REJECT_ROLES.includes(staff.role))
    throw new DomainError("forbidden", detail("requests.agent_permission_reject_supervisor"));
  await db().transaction(async (tx) => {
    const request = await findRequest(tx, { id: input.requestId });
    const agent = request ? await findRequestAgent(tx, { requestId: input.requestId }) : null;
    if (!request || !agent) throw new DomainError("not_found", detail("requests.not_filed_by_agent"));
    const done = await reviewRequestAgent(tx, {
      requestId: input.requestId,
      status: input.decision,
      reason: input.reason,
      staffId: staff.id,
      now,
    });
    if (!done) throw new DomainError("conflict", detail("requests.agent_permission_decided"));
    await appendAudit(tx, {
      actor: { type: "staff", id: staff.id },
      action: input.decision === "approved" ? "request.agent_permission_approved" : "request.agent_permission_rejected",
      requestId: input.requestId,
      payload: { reason: input.reason },
    });
    const actor = { kind: "staff" as const, id: staff.id, role: staff.role };
    if (input.decision === "approved" && request.status === "unverified")
      await runTransition(tx, {
        requestId: request.id,
        actor,
        action: {
          type: "verify",
          identityCheck: { method: "other", note: `Authorised agent's signed permission approved: ${input.reason}` },
        },
        now,
      });
    if (input.decision === "rejected" && (OPEN_STATUSES as readonly string[]).includes(request.status))
      await runTransition(tx, {
        requestId: request.id,
        actor,
        action: {
          type: "refuse",
          // An opt-out needs no identity check (11 CCR § 7026(d), § 7027(e)): its agent's missing permission
          // (§ 7026(j)) is refused on the facts ("other"), not as an unverified identity (refusal-grounds.ts).
          reasonCode: isOptOutType(request.type) ? "other" : "identity_not_verified",
          reasonText: `The authorised agent's permission to act for you was not accepted: ${input.reason}`,
        },
        now,
      });
    await queuePreparedMail(
      tx,
      prepareTemplateMail({
        key: `agent-${input.decision}-${input.requestId}`,
        to: agent.agent.email,
        locale: toLocale(request.locale),
        template: "agent_notice",
        recipientRole: "agent",
        requestId: input.requestId,
        data: {
          reference: request.reference,
          type: request.type,
          decision: input.decision,
          reason: input.decision === "rejected" ? input.reason : null,
        },
      }),
    );
  });
}
