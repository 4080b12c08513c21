import type { RequestRow } from "@/lib/db/queries/requests";
import { applyStaffTransition, type StaffActionParams } from "./apply-staff-transition";

/** Extends the deadline once, before the first deadline, with a reason mailed to the subject. */
export function extendDeadline(p: StaffActionParams & { reason: string }): Promise<RequestRow> {
  return applyStaffTransition(p, { type: "extend", reason: p.reason });
}
