"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/http/staff-action";
import { reviewAgentPermission, reviewAgentPermissionInput } from "@/lib/requests/agent/review-agent-permission";

/** Approve or reject an authorised agent's signed permission (roles that see subject data; audited). */
export const reviewAgentPermissionAction = staffAction("request.agent_permission", {
  input: reviewAgentPermissionInput,
  policy: "request.view_subject",
  run: async (input, staff) => {
    await reviewAgentPermission(input, staff);
    revalidatePath(`/staff/requests/${input.requestId}`);
    return { decided: input.decision };
  },
});
