import { apiKeyRoute } from "@/lib/http/api-key-route";
import { createStaffChannelRequestBody } from "@/lib/requests/api/schemas";
import { submitStaffRequest } from "@/lib/requests/intake/staff-intake";

export const dynamic = "force-dynamic";

/**
 * A request received by phone, letter or e-mail (requests:write): the staff intake's own use case,
 * receipt time included (the legal clock starts then), filed verified when an identity check is given.
 */
export const POST = apiKeyRoute("api.v1.requests.create", {
  scope: "requests:write",
  input: createStaffChannelRequestBody,
  policy: "request.create",
  status: 201,
  run: async (input, key) => {
    const out = await submitStaffRequest(input, key);
    return {
      data: {
        id: out.id,
        reference: out.reference,
        status: out.status,
        dueDate: out.dueDate,
        duplicateOf: out.duplicateOf,
      },
    };
  },
});
