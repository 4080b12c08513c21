import { z } from "zod";
import { appendAudit } from "@/lib/audit/append";
import { db } from "@/lib/db/client";
import { findRequestAgent, reviewRequestAgent } from "@/lib/db/queries/request-agents";
import { findRequest } from "@/lib/db/queries/requests";
import { DomainError } from "@/lib/domain/errors";
import { toLocale } from "@/lib/domain/locale";
import type { StaffRole } from "@/lib/domain/vocabulary";
import { prepareTemplateMail, queuePreparedMail } from "@/lib/mail/queue-template-mail";

export const reviewAgentPermissionInput = z.object({
  requestId: z.uuid({ error: "is not a request id" }),
  decision: z.enum(["approved", "rejected"], { error: "must be approved or rejected" }),
  reason: z.string().trim().min(1, "is required").max(1000, "must be at most 1000 characters"),
});

/** Roles that decide an agent's permission (they see the subject's data and the document). */
export const AGENT_REVIEW_ROLES: readonly StaffRole[] = ["admin", "dpo", "agent"];

/**
 * Staff approve or reject an authorised agent's signed permission, with a reason: recorded once
 * (a second decision is refused), audited, and mailed to the agent, in one transaction.
 */
export async function reviewAgentPermission(
  input: z.infer<typeof reviewAgentPermissionInput>,
  staff: { id: string; role: StaffRole },
  now = new Date(),
): Promise<void> {
  if (!AGENT_REVIEW_ROLES.includes(staff.role))
    throw new DomainError("forbidden", "Your role cannot decide an agent's permission.");
  await db().transaction(async (tx) => {
    const request = await findRequest(tx, { id: input.requestId });
    const agent = request ? await findRequestAgent(tx, { requestId: input.requestId }) : null;
    if (!request || !agent) throw new DomainError("not_found", "This request was not filed by an agent.");
    const done = await reviewRequestAgent(tx, {
      requestId: input.requestId,
      status: input.decision,
      reason: input.reason,
      staffId: staff.id,
      now,
    });
    if (!done) throw new DomainError("conflict", "This permission was already decided.");
    await appendAudit(tx, {
      actor: { type: "staff", id: staff.id },
      action: input.decision === "approved" ? "request.agent_permission_approved" : "request.agent_permission_rejected",
      requestId: input.requestId,
      payload: { reason: input.reason },
    });
    await queuePreparedMail(
      tx,
      prepareTemplateMail({
        key: `agent-${input.decision}-${input.requestId}`,
        to: agent.agent.email,
        locale: toLocale(request.locale),
        template: "agent_notice",
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
