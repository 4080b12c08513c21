import { can, type PolicyResource, type PolicySubject, type StaffAction } from "@/lib/auth/policy";
import type { Db } from "@/lib/db/client";
import type { RequestRow } from "@/lib/db/queries/requests";
import { findStaffById } from "@/lib/db/queries/staff";
import { DomainError } from "@/lib/domain/errors";
import { detail } from "@/lib/domain/error-details";

/**
 * Who may receive a request: an active staff member whose role can take requests (the policy's
 * `request.assign_self`). Anyone else — a deactivated account, a manager, an id that is no one — is
 * refused with the field and the reason, never stored (a random id would otherwise fail on the
 * foreign key as an internal error).
 */
export async function requireAssignableStaff(tx: Db, assigneeId: string): Promise<void> {
  const target = await findStaffById(tx, { id: assigneeId });
  const reason = !target
    ? "is not a staff member"
    : !target.active
      ? "is deactivated"
      : !can(target, "request.assign_self")
        ? `is a ${target.role}, a role that does not work on requests`
        : null;
  if (reason)
    throw new DomainError("invalid_request", detail("requests.not_assignable"), {
      assigneeId: reason,
    });
}

/**
 * The policy check of an assignment, now that the request's current holder is known: taking a
 * request someone else holds is reassigning it, which needs `request.assign_others`
 * (lib/auth/policy.ts decides, given `currentAssigneeId`).
 */
export function requireMayAssign(
  staff: PolicySubject,
  check: { action: StaffAction; resource?: PolicyResource },
  row: Pick<RequestRow, "assigneeId">,
): void {
  if (!can(staff, check.action, { ...check.resource, currentAssigneeId: row.assigneeId }))
    throw new DomainError("forbidden", detail("requests.held_by_someone_else"));
}
