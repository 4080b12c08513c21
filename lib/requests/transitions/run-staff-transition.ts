import { db } from "@/lib/db/client";
import type { RequestRow } from "@/lib/db/queries/requests";
import type { StaffRole } from "@/lib/domain/vocabulary";
import { runTransition } from "./run-transition";
import type { StaffTransitionRequest } from "./staff-transition-input";
import { STAFF_TRANSITION_SPECS } from "./staff-transition-specs";

/**
 * One staff transition in its own transaction, at the version the staff member was looking at (a
 * concurrent change is a conflict). The lifecycle decides; the spec only turns the form into its action.
 */
export async function runStaffTransition(
  input: StaffTransitionRequest,
  staff: { id: string; role: StaffRole },
): Promise<RequestRow> {
  const action = STAFF_TRANSITION_SPECS[input.type].toAction(input);
  const { request } = await db().transaction((tx) =>
    runTransition(tx, {
      requestId: input.requestId,
      expectedVersion: input.version,
      actor: { kind: "staff", id: staff.id, role: staff.role },
      action,
    }),
  );
  return request;
}
