import type { RequestRow } from "@/lib/db/queries/requests";
import { applyStaffTransition, type StaffActionParams } from "./apply-staff-transition";

/** Withdraws the request on the subject's behalf (e.g. they asked by phone). */
export function withdrawRequest(p: StaffActionParams & { reason?: string }): Promise<RequestRow> {
  return applyStaffTransition(p, { type: "withdraw", reason: p.reason });
}
