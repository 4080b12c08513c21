import type { z } from "zod";
import type { ApiKeyPrincipal } from "@/lib/auth/api-scopes";
import { lifecycleActor } from "@/lib/auth/operator";
import { can } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { findRequest } from "@/lib/db/queries/requests";
import { findStaffById } from "@/lib/db/queries/staff";
import { DomainError } from "@/lib/domain/errors";
import { allowedActions } from "@/lib/domain/lifecycle";
import { toLocale } from "@/lib/domain/locale";
import { viewSubjectContent } from "@/lib/requests/staff/view-subject";
import { STAFF_TRANSITIONS, type StaffTransitionType } from "@/lib/requests/transitions/staff-transition-input";
import { transitionPolicy } from "@/lib/requests/transitions/staff-transition-specs";
import { loadLifecycleContext } from "@/lib/requests/transitions/lifecycle-context";
import { toSummary } from "./list-requests";
import type { requestDetail } from "./schemas";

const iso = (d: Date | null) => d?.toISOString() ?? null;
const isStaffTransition = (t: string): t is StaffTransitionType => (STAFF_TRANSITIONS as readonly string[]).includes(t);

/**
 * One request for the API. The subject's details come only with requests:read_subject, read through
 * the workspace's own use case, so the read is audited (request.subject_viewed, the key as actor)
 * exactly as a staff member's is. `allowedTransitions` is what the lifecycle allows now and the key's
 * scopes permit, like the workspace's buttons.
 */
export async function getRequestForApi(
  id: string,
  key: ApiKeyPrincipal,
  now = new Date(),
): Promise<z.infer<typeof requestDetail>> {
  const row = await findRequest(db(), { id });
  if (!row) throw new DomainError("not_found", "This request does not exist.");
  const [{ context }, assignee] = await Promise.all([
    loadLifecycleContext(db(), row, now),
    row.assigneeId ? findStaffById(db(), { id: row.assigneeId }) : null,
  ]);
  const allowed = allowedActions(context, lifecycleActor(key)).flatMap((type): string[] => {
    if (type === "verify") return can(key, "request.verify_identity") ? ["verify_identity"] : [];
    if (!isStaffTransition(type)) return [];
    return can(key, transitionPolicy({ type, assigneeId: null }, key).action) ? [type] : [];
  });
  const content = can(key, "request.view_subject")
    ? await viewSubjectContent({ requestId: id, staffId: key.id, actorType: "api_key", part: "api" })
    : null;
  return {
    data: {
      ...toSummary({ ...row, assigneeName: assignee?.name ?? null }, now),
      firstDueDate: row.firstDueDate,
      extendedDueDate: row.extendedDueDate,
      extensionReason: row.extensionReason,
      verifiedAt: iso(row.verifiedAt),
      closedAt: iso(row.closedAt),
      outcome: row.outcome,
      refusalReasonCode: row.refusalReasonCode,
      locale: toLocale(row.locale),
      minimisedAt: iso(row.minimisedAt),
      allowedTransitions: allowed,
      subject: content?.fields ?? null,
    },
  };
}
