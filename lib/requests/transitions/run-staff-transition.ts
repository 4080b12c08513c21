import { db } from "@/lib/db/client";
import type { RequestRow } from "@/lib/db/queries/requests";
import { lifecycleActor, type Operator } from "@/lib/auth/operator";
import { requireAssignableStaff, requireMayAssign } from "./assignment-rules";
import { runTransition } from "./run-transition";
import type { StaffTransitionRequest } from "./staff-transition-input";
import { STAFF_TRANSITION_SPECS } from "./staff-transition-specs";

/**
 * One staff transition in its own transaction, at the version the staff member was looking at (a
 * concurrent change is a conflict). The lifecycle decides; the spec only turns the form into its action.
 * An assignment also checks its target (active, a role that works requests) and, once the request is
 * locked, that taking it from whoever holds it is allowed. An API key runs the same (lib/auth/operator.ts).
 */
export async function runStaffTransition(input: StaffTransitionRequest, staff: Operator): Promise<RequestRow> {
  const spec = STAFF_TRANSITION_SPECS[input.type];
  const action = spec.toAction(input);
  const assigning = input.type === "assign";
  const { request } = await db().transaction(async (tx) => {
    if (assigning && input.assigneeId) await requireAssignableStaff(tx, input.assigneeId);
    return runTransition(tx, {
      requestId: input.requestId,
      expectedVersion: input.version,
      actor: lifecycleActor(staff),
      action,
      guard: assigning ? (row) => requireMayAssign(staff, spec.policy(input, staff), row) : undefined,
    });
  });
  return request;
}
