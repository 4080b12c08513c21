import { apiKeyRoute } from "@/lib/http/api-key-route";
import { messageBody, requestIdParams } from "@/lib/requests/api/schemas";
import { sendStaffMessage } from "@/lib/requests/staff/send-staff-message";

export const dynamic = "force-dynamic";

/** Writes to the subject (messages:write): stored encrypted, audited with the key, mailed in their language. */
export const POST = apiKeyRoute("api.v1.requests.message", {
  scope: "messages:write",
  input: messageBody.extend(requestIdParams.shape),
  policy: "request.message",
  status: 201,
  run: async (input, key) => ({
    data: await sendStaffMessage({ requestId: input.id, staffId: null, apiKeyId: key.id, message: input.message }),
  }),
});
