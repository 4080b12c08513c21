import type { RequestRow } from "@/lib/db/queries/requests";
import { applyStaffTransition, type StaffActionParams } from "./apply-staff-transition";

/** Approves the answer and closes the request; mails the subject. */
export function completeRequest(p: StaffActionParams): Promise<RequestRow> {
  return applyStaffTransition(p, { type: "complete" });
}
