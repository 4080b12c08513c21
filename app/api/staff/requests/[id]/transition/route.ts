import { runStaffTransition } from "@/lib/requests/transitions/run-staff-transition";
import { staffTransitionInput } from "@/lib/requests/transitions/staff-transition-input";
import { STAFF_TRANSITION_POLICY } from "@/lib/requests/transitions/staff-transition-specs";
import { staffRoute } from "@/lib/http/staff-route";

/** POST {type, version, …}: the same lifecycle actions as the workspace, for scripts and integrations. */
export const POST = staffRoute<
  { id: string },
  ReturnType<typeof staffTransitionInput.parse>,
  { status: string; version: number }
>("api.request.transition", {
  input: staffTransitionInput
    .omit({ requestId: true })
    .extend({ id: staffTransitionInput.shape.requestId })
    .transform(({ id, ...rest }) => ({ ...rest, requestId: id })),
  policy: STAFF_TRANSITION_POLICY,
  run: async (input, staff) => {
    const row = await runStaffTransition(input, staff);
    return { status: row.status, version: row.version };
  },
});
