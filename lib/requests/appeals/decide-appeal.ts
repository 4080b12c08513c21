import { z } from "zod";
import { appendAudit } from "@/lib/audit/append";
import { db } from "@/lib/db/client";
import { findAppealOfRequest, markAppealDecided } from "@/lib/db/queries/appeals";
import { findRequest } from "@/lib/db/queries/requests";
import { DomainError } from "@/lib/domain/errors";
import { toLocale } from "@/lib/domain/locale";
import type { StaffRole } from "@/lib/domain/vocabulary";
import { links } from "@/lib/mail/links";
import { queueTemplateMail } from "@/lib/mail/queue-template-mail";
import { regimeMailParams } from "@/lib/mail/templates/regime-params";
import { decryptSubjectEmail, statusTokenOf } from "@/lib/requests/subject-fields";
import { runTransition } from "@/lib/requests/transitions/run-transition";
import { detail } from "@/lib/domain/error-details";

export const decideAppealInput = z.object({
  requestId: z.uuid(),
  decision: z.enum(["granted", "denied"]),
  reason: z
    .string()
    .trim()
    .min(10, "give the reason for the decision, in at least 10 characters")
    .max(5000, "must be at most 5000 characters"),
});

/** Only a DPO or an admin decides an appeal (a supervisor's fresh look at the refusal). */
export const APPEAL_DECIDER_ROLES: readonly StaffRole[] = ["dpo", "admin"];

/**
 * A DPO or admin who did not make the refusal decides the appeal, with a reason. Denied: the subject is
 * mailed the decision and how to complain to the state's Attorney General. Granted: the request is
 * reopened through the lifecycle (`reopen`, audited `request.reopened`) and the subject is told. Once:
 * the conditional UPDATE claims the appeal, so a double click decides and mails nothing twice.
 * The person who refused is turned away with `same_decider` (403), and the attempt is audited.
 */
export async function decideAppeal(
  input: z.infer<typeof decideAppealInput>,
  staff: { id: string; role: StaffRole },
  now = new Date(),
): Promise<{ decided: boolean }> {
  if (!APPEAL_DECIDER_ROLES.includes(staff.role))
    throw new DomainError("forbidden", detail("requests.appeal_decider_role"));
  const appeal = await findAppealOfRequest(db(), { requestId: input.requestId });
  if (!appeal) throw new DomainError("not_found", detail("requests.no_appeal"));
  if (appeal.refusedBy === staff.id) {
    await db().transaction((tx) =>
      appendAudit(tx, {
        actor: { type: "staff", id: staff.id },
        action: "appeal.decision_refused",
        requestId: input.requestId,
        payload: { appealId: appeal.id, reason: "made_the_refusal" },
      }),
    );
    throw new DomainError("same_decider", detail("requests.appeal_same_decider"), {
      decider: "made the refusal under appeal",
    });
  }
  return db().transaction(async (tx) => {
    const done = await markAppealDecided(tx, {
      id: appeal.id,
      requestId: input.requestId,
      decision: input.decision,
      reason: input.reason,
      staffId: staff.id,
      at: now,
    });
    if (!done) return { decided: false };
    if (input.decision === "granted")
      await runTransition(tx, {
        requestId: input.requestId,
        actor: { kind: "staff", id: staff.id, role: staff.role },
        action: { type: "reopen", reason: `Appeal granted: ${input.reason}` },
        now,
      });
    const row = (await findRequest(tx, { id: input.requestId }))!;
    const locale = toLocale(row.locale);
    const token = statusTokenOf(row);
    await queueTemplateMail(tx, {
      key: `appeal-decision-${appeal.id}`,
      to: decryptSubjectEmail(row),
      locale,
      template: "appeal_decision",
      data: {
        reference: row.reference,
        decision: input.decision,
        reason: input.reason,
        statusUrl: token ? links.status(locale, token) : links.portal(locale),
        ...regimeMailParams(row),
      },
    });
    await appendAudit(tx, {
      actor: { type: "staff", id: staff.id },
      action: input.decision === "granted" ? "appeal.granted" : "appeal.denied",
      requestId: row.id,
      payload: { appealId: appeal.id, decideBy: appeal.decideBy, length: input.reason.length },
    });
    return { decided: true };
  });
}
