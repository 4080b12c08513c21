import type { RequestRow } from "@/lib/db/queries/requests";
import { applyStaffTransition, type StaffActionParams } from "./apply-staff-transition";

/** Reopens a completed or refused request, with a reason. */
export function reopenRequest(p: StaffActionParams & { reason: string }): Promise<RequestRow> {
  return applyStaffTransition(p, { type: "reopen", reason: p.reason });
}
