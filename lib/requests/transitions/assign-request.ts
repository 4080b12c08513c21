import type { RequestRow } from "@/lib/db/queries/requests";
import { applyStaffTransition, type StaffActionParams } from "./apply-staff-transition";

/** Assigns the request (agents only to themselves); mails the new assignee. */
export function assignRequest(p: StaffActionParams & { assigneeId: string | null }): Promise<RequestRow> {
  return applyStaffTransition(p, { type: "assign", assigneeId: p.assigneeId });
}
