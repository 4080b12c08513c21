import type { RequestRow } from "@/lib/db/queries/requests";
import { applyStaffTransition, type StaffActionParams } from "./apply-staff-transition";

/** Starts work on a verified request. */
export function startRequest(p: StaffActionParams): Promise<RequestRow> {
  return applyStaffTransition(p, { type: "start" });
}
