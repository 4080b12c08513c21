import { OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { API_SCOPES, SCOPE_GRANTS } from "@/lib/auth/api-scopes";
import { DOMAIN_ERROR_STATUS } from "@/lib/domain/errors";
import { problem } from "@/lib/requests/api/schemas";
import { API_OPERATIONS, legacyError, type ApiOperationDoc } from "./operations";

const PROBLEM_STATUSES: Record<number, string> = {
  400: "Invalid input: `errors` lists each field and why.",
  401: "No key, or an unknown, revoked or expired key.",
  403: "The key lacks a scope: `missingScopes` names it.",
  404: "Not found: no such request, endpoint or delivery.",
  409: "The request changed since you read it (send the current `version`), or the lifecycle does not allow this now.",
  413: "The body is too large.",
  415: "Send application/json.",
  422: "This `Idempotency-Key` was already used with a different body.",
  429: "Past the key's rate limit: wait `Retry-After` seconds.",
};

/** The header a retry-safe operation reads (lib/http/idempotency.ts: 1 to 200 characters). */
const idempotencyHeader = z.object({
  "Idempotency-Key": z.string().min(1).max(200).optional().meta({
    description:
      "Makes a retry safe: the same key with the same body gets the first answer (no second request); with another body, 422.",
    example: "crm-4711",
  }),
});

function errorResponses(op: ApiOperationDoc) {
  if (op.legacyErrors) {
    const legacy = (description: string) => ({ description, content: { "application/json": { schema: legacyError } } });
    return {
      400: legacy("Invalid input: `error.fields` names each field and why."),
      ...(op.body ? { 413: legacy(PROBLEM_STATUSES[413]!), 415: legacy(PROBLEM_STATUSES[415]!) } : {}),
      ...(op.idempotent ? { 422: legacy(PROBLEM_STATUSES[422]!) } : {}),
      429: legacy("Rate limited (Retry-After)."),
    };
  }
  if (!op.scope) return {};
  const statuses = [401, 403, 429, ...(op.params ? [404] : []), ...(op.body || op.query ? [400] : [])];
  // A resend has no body: nothing to refuse as not JSON, and nothing versioned to conflict with.
  if (op.method === "post" && op.body) statuses.push(409);
  if (op.body) statuses.push(415);
  if (op.idempotent) statuses.push(422);
  return Object.fromEntries(
    statuses
      .sort()
      .map((status) => [
        status,
        { description: PROBLEM_STATUSES[status]!, content: { "application/problem+json": { schema: problem } } },
      ]),
  );
}

/** The OpenAPI 3.1 document of /api/v1, generated from the routes' own zod schemas. */
export function openApiDocument(serverUrl: string) {
  const registry = new OpenAPIRegistry();
  registry.registerComponent("securitySchemes", "apiKey", {
    type: "http",
    scheme: "bearer",
    description:
      "An API key created by an admin in /staff/admin/api-keys, sent as `Authorization: Bearer dsr_live_…` (never in the URL).",
  });
  for (const op of API_OPERATIONS) {
    registry.registerPath({
      method: op.method,
      path: op.path,
      operationId: op.operationId,
      summary: op.summary,
      description: op.description,
      tags: [op.scope ? "With an API key" : "Without a key"],
      // OpenAPI 3.1 lets a non-OAuth scheme list the roles a call needs: here, the key's scope.
      security: op.scope ? [{ apiKey: [op.scope] }] : [],
      ...(op.scope ? { "x-scopes": [op.scope] } : {}),
      request: {
        ...(op.params ? { params: op.params } : {}),
        ...(op.query ? { query: op.query } : {}),
        ...(op.idempotent ? { headers: idempotencyHeader } : {}),
        ...(op.body ? { body: { content: { "application/json": { schema: op.body } }, required: true } } : {}),
      },
      responses: {
        [op.success.status]: {
          description: op.success.description,
          ...(op.success.schema ? { content: { "application/json": { schema: op.success.schema } } } : {}),
        },
        ...errorResponses(op),
      },
    });
  }
  const generator = new OpenApiGeneratorV31(registry.definitions);
  return generator.generateDocument({
    openapi: "3.1.0",
    info: {
      title: "DSR desk API",
      version: "1",
      description: [
        "The back-office's REST API: the same use cases and rules as the staff screens, for the company's other systems.",
        `Scopes: ${API_SCOPES.map((s) => `\`${s}\` (${SCOPE_GRANTS[s].join(", ") || "its own route only"})`).join("; ")}.`,
        `Errors are RFC 9457 problem details (application/problem+json); codes: ${Object.keys(DOMAIN_ERROR_STATUS).join(", ")}.`,
        "Dates (YYYY-MM-DD) are local dates in the controller's time zone; instants are UTC (ISO 8601).",
      ].join("\n\n"),
    },
    servers: [{ url: serverUrl }],
  });
}
