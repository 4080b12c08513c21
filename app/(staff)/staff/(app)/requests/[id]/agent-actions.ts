"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/http/staff-action";
import { reviewAgentPermission, reviewAgentPermissionInput } from "@/lib/requests/agent/review-agent-permission";
import { askConsumerToVerify, askConsumerToVerifyInput } from "@/lib/requests/agent/ask-consumer-to-verify";

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

/** Ask the consumer of an agent's request to verify directly; refused for a power of attorney (11 CCR § 7063(b)). */
export const askConsumerToVerifyAction = staffAction("request.consumer_asked_to_verify", {
  input: askConsumerToVerifyInput,
  policy: "request.view_subject",
  run: async (input, staff) => {
    await askConsumerToVerify(input, staff);
    revalidatePath(`/staff/requests/${input.requestId}`);
    return { asked: true };
  },
});
