import { apiKeyRoute } from "@/lib/http/api-key-route";
import { getRequestForApi } from "@/lib/requests/api/get-request";
import { requestIdParams } from "@/lib/requests/api/schemas";

export const dynamic = "force-dynamic";

/** One request (requests:read); the subject's details too with requests:read_subject (the read audited). */
export const GET = apiKeyRoute<{ id: string }, { id: string }, unknown>("api.v1.requests.get", {
  scope: "requests:read",
  input: requestIdParams,
  policy: "request.view",
  run: (input, key) => getRequestForApi(input.id, key),
});
