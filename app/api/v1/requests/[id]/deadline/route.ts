import { apiKeyRoute } from "@/lib/http/api-key-route";
import { deadlineForApi } from "@/lib/requests/api/read-views";
import { localeQuery, requestIdParams } from "@/lib/requests/api/schemas";

export const dynamic = "force-dynamic";

/** The due dates and their explanation, in English or French (requests:read). */
export const GET = apiKeyRoute("api.v1.requests.deadline", {
  scope: "requests:read",
  input: localeQuery.extend(requestIdParams.shape),
  policy: "request.view",
  run: (input) => deadlineForApi(input.id, input.locale),
});
