import { apiKeyRoute } from "@/lib/http/api-key-route";
import { timelineForApi } from "@/lib/requests/api/read-views";
import { localeQuery, requestIdParams } from "@/lib/requests/api/schemas";

export const dynamic = "force-dynamic";

/** The request's timeline as the workspace shows it (requests:read; texts with requests:read_subject). */
export const GET = apiKeyRoute("api.v1.requests.timeline", {
  scope: "requests:read",
  input: localeQuery.extend(requestIdParams.shape),
  policy: "request.view",
  run: (input, key) => timelineForApi(input.id, key, input.locale),
});
