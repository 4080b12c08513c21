import type { RequestRow } from "@/lib/db/queries/requests";
import { applyStaffTransition, type StaffActionParams } from "./apply-staff-transition";

/** Results are ready: the request waits for review. */
export function submitForReview(p: StaffActionParams): Promise<RequestRow> {
  return applyStaffTransition(p, { type: "submit_for_review" });
}
