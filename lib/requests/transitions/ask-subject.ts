import type { RequestRow } from "@/lib/db/queries/requests";
import { applyStaffTransition, type StaffActionParams } from "./apply-staff-transition";

/** Asks the subject a question; stops the clock where the regime allows it. */
export function askSubject(p: StaffActionParams & { message: string }): Promise<RequestRow> {
  return applyStaffTransition(p, { type: "ask_subject", message: p.message });
}
