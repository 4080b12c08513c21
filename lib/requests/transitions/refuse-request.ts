import type { RequestRow } from "@/lib/db/queries/requests";
import { applyStaffTransition, type StaffActionParams } from "./apply-staff-transition";
import type { RefusalReason } from "@/lib/domain/vocabulary";

/** Refuses with a reason code and text; the mail states the right to complain and to a judicial remedy. */
export function refuseRequest(
  p: StaffActionParams & { reasonCode: RefusalReason; reasonText: string },
): Promise<RequestRow> {
  return applyStaffTransition(p, { type: "refuse", reasonCode: p.reasonCode, reasonText: p.reasonText });
}
