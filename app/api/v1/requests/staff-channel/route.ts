import { apiKeyRoute } from "@/lib/http/api-key-route";
import { validateIdempotencyKey } from "@/lib/http/idempotency";
import { createStaffChannelRequestBody } from "@/lib/requests/api/schemas";
import { submitStaffRequest } from "@/lib/requests/intake/staff-intake";

export const dynamic = "force-dynamic";

/**
 * A request received by phone, letter or e-mail (requests:write): the staff intake's own use case,
 * receipt time included (the legal clock starts then), filed verified when an identity check is given.
 * An Idempotency-Key header makes a retry safe: the same key and body get the first answer.
 */
export const POST = apiKeyRoute("api.v1.requests.create", {
  scope: "requests:write",
  input: createStaffChannelRequestBody,
  policy: "request.create",
  status: 201,
  run: async (input, key, request) => {
    const idempotencyKey = validateIdempotencyKey(request.headers.get("idempotency-key"));
    const out = await submitStaffRequest(
      input,
      key,
      new Date(),
      // Per key: two systems may use the same Idempotency-Key without meeting.
      idempotencyKey ? { scope: `api:${key.id}`, key: idempotencyKey, rawBody: JSON.stringify(input) } : undefined,
    );
    return {
      data: {
        id: out.id,
        reference: out.reference,
        status: out.status,
        dueDate: out.dueDate,
        duplicateOf: out.duplicateOf,
        // An answer stored for an Idempotency-Key before this field existed lacks it: such requests were granted.
        rightGranted: out.rightGranted ?? true,
      },
    };
  },
});
