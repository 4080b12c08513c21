import { apiKeyRoute } from "@/lib/http/api-key-route";
import { apiTransitionPolicy, runApiTransition } from "@/lib/requests/api/run-api-transition";
import { requestIdParams, transitionBody } from "@/lib/requests/api/schemas";

export const dynamic = "force-dynamic";

/** Runs a staff lifecycle action by name (requests:transition), with the workspace's rules. */
export const POST = apiKeyRoute("api.v1.requests.transition", {
  scope: "requests:transition",
  input: transitionBody.extend(requestIdParams.shape),
  policy: (input, key) => apiTransitionPolicy(input, key),
  run: ({ id, ...body }, key) => runApiTransition(id, body, key),
});
