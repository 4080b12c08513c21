import { z } from "zod";
import type { ApiScope } from "@/lib/auth/api-scopes";
import { intakeSchema } from "@/lib/requests/intake/intake-schema";
import { callbackBodySchema } from "@/lib/fulfilment/engine/accept-webhook-callback";
import { optOutApiSchema } from "@/lib/requests/opt-out/file-opt-outs";
import * as s from "@/lib/requests/api/schemas";
import { WEBHOOK_OPERATIONS } from "./operations-webhooks";

/**
 * Every operation under /api/v1, described once: the OpenAPI document (./openapi.ts) and the reference
 * page (/api/docs) are built from this list, and a test checks that every route file under
 * app/api/v1 has its operations here.
 */
export interface ApiOperationDoc {
  method: "get" | "post" | "patch" | "delete";
  /** OpenAPI path, `{param}` for a dynamic segment. */
  path: string;
  operationId: string;
  summary: string;
  description: string;
  /** null: no API key (public intake, signed connector callbacks, the document itself). */
  scope: ApiScope | null;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** No schema: an answer without a body (204). */
  success: { status: number; description: string; schema?: z.ZodType };
  /** Error answers in the legacy `{error: {code, message, fields}}` shape instead of problem details. */
  legacyErrors?: boolean;
  /** Reads an `Idempotency-Key` header: documented as a header parameter with its 422 (same key, other body). */
  idempotent?: boolean;
  /** A curl example with $DSR_URL; the key's header is added from `scope` (curlExample). */
  example: string;
}

const legacyError = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      fields: z.record(z.string(), z.string()).optional(),
    }),
  })
  .meta({ id: "LegacyError", description: "The public intake's and the connector callback's error shape." });
export { legacyError };

const intakeAccepted = z
  .object({ id: z.uuid(), reference: z.string(), status: z.literal("unverified"), dueDate: z.string() })
  .meta({ id: "IntakeAccepted" });

const ID = "3f2b8c1e-6a4d-4f0e-9b1a-2c5d7e8f9a01";

export const API_OPERATIONS: ApiOperationDoc[] = [
  {
    method: "post",
    path: "/api/v1/requests",
    operationId: "submitRequest",
    summary: "File a request as the data subject (public intake)",
    description:
      "No key. Files a request and mails the verification link and code. Rate-limited per IP and per e-mail; an Idempotency-Key header makes a retry safe. Errors use the legacy shape.",
    scope: null,
    body: intakeSchema.meta({ id: "IntakeRequest" }),
    success: { status: 202, description: "Filed, awaiting e-mail verification.", schema: intakeAccepted },
    legacyErrors: true,
    idempotent: true,
    example: `curl -X POST "$DSR_URL/api/v1/requests" -H "Content-Type: application/json" \\
  -d '{"type":"access","email":"ada@example.com","fullName":"Ada Lovelace","locale":"en"}'`,
  },
  {
    method: "get",
    path: "/api/v1/requests",
    operationId: "listRequests",
    summary: "List requests (filters, keyset cursor)",
    description:
      "Ordered by due date then id. Pass `nextCursor` back as `cursor` until it is null: no request is repeated or skipped while paging. No subject field in the list.",
    scope: "requests:read",
    query: s.listRequestsQuery,
    success: { status: 200, description: "One page.", schema: s.requestList },
    example: `curl "$DSR_URL/api/v1/requests?status=open&overdue=true&limit=100"`,
  },
  {
    method: "post",
    path: "/api/v1/requests/staff-channel",
    operationId: "createStaffChannelRequest",
    summary: "Enter a request received by phone, letter or e-mail",
    description:
      "The staff intake: `receivedAt` is when it reached the company (the legal clock starts then). With `identityMethod` the request is filed verified and acknowledged; without, the subject gets the verification mail. An `Idempotency-Key` header makes a retry safe (same key and body: the first answer; another body: 422).",
    scope: "requests:write",
    body: s.createStaffChannelRequestBody,
    success: { status: 201, description: "Filed.", schema: s.createdRequest },
    idempotent: true,
    example: `curl -X POST "$DSR_URL/api/v1/requests/staff-channel" -H "Content-Type: application/json" \\
  -d '{"type":"erasure","email":"ada@example.com","fullName":"Ada Lovelace","locale":"en","channel":"letter","receivedAt":"2026-11-20T09:00:00Z"}'`,
  },
  {
    method: "get",
    path: "/api/v1/requests/{id}",
    operationId: "getRequest",
    summary: "Get one request",
    description:
      "With requests:read_subject also the subject's details (each such read is audited, the key as actor). `allowedTransitions` lists what this key may run now.",
    scope: "requests:read",
    params: s.requestIdParams,
    success: { status: 200, description: "The request.", schema: s.requestDetail },
    example: `curl "$DSR_URL/api/v1/requests/${ID}"`,
  },
  {
    method: "post",
    path: "/api/v1/requests/{id}/transitions",
    operationId: "runTransition",
    summary: "Run a lifecycle action (assign, start, ask_subject, extend, refuse, complete, withdraw, …)",
    description:
      "The workspace's actions by name, with its rules: send the `version` you read (409 if it changed), and the fields the action needs (reason for extend and reopen, reasonCode and reasonText for refuse, message for ask_subject, assigneeId for assign). A key is not a person: it assigns a named staff member.",
    scope: "requests:transition",
    params: s.requestIdParams,
    body: s.transitionBody,
    success: { status: 200, description: "Done: the new status and version.", schema: s.transitionResult },
    example: `curl -X POST "$DSR_URL/api/v1/requests/${ID}/transitions" -H "Content-Type: application/json" \\
  -d '{"type":"extend","version":3,"reason":"Data spread over several systems"}'`,
  },
  {
    method: "post",
    path: "/api/v1/requests/{id}/messages",
    operationId: "sendMessage",
    summary: "Write to the subject",
    description: "Stored encrypted with the request's correspondence, audited, mailed in the subject's language.",
    scope: "messages:write",
    params: s.requestIdParams,
    body: s.messageBody,
    success: { status: 201, description: "Queued for sending.", schema: s.messageResult },
    example: `curl -X POST "$DSR_URL/api/v1/requests/${ID}/messages" -H "Content-Type: application/json" \\
  -d '{"message":"Could you confirm your customer number?"}'`,
  },
  {
    method: "get",
    path: "/api/v1/requests/{id}/timeline",
    operationId: "getTimeline",
    summary: "Read the request's timeline",
    description:
      "Events, messages and notes in time order, words in `locale`. Message and note texts only with requests:read_subject.",
    scope: "requests:read",
    params: s.requestIdParams,
    query: s.localeQuery,
    success: { status: 200, description: "The timeline (instants in UTC).", schema: s.timelineResult },
    example: `curl "$DSR_URL/api/v1/requests/${ID}/timeline?locale=fr"`,
  },
  {
    method: "get",
    path: "/api/v1/requests/{id}/deadline",
    operationId: "getDeadline",
    summary: "Read the due dates and their explanation",
    description: "Dates are local dates in the controller's time zone (`timeZone`); the explanation is in `locale`.",
    scope: "requests:read",
    params: s.requestIdParams,
    query: s.localeQuery,
    success: { status: 200, description: "The deadline.", schema: s.deadlineResult },
    example: `curl "$DSR_URL/api/v1/requests/${ID}/deadline?locale=en"`,
  },
  {
    method: "post",
    path: "/api/v1/connectors/{systemKey}/callback",
    operationId: "connectorCallback",
    summary: "A webhook system reports a step (signed, docs/webhook-connector.md)",
    description:
      "No key: signed with the system's secret (x-dsr-timestamp, x-dsr-signature, x-dsr-delivery). Errors use the legacy shape.",
    scope: null,
    params: z.object({ systemKey: z.string().meta({ description: "The system's key." }) }),
    body: callbackBodySchema.meta({ id: "ConnectorCallback" }),
    success: {
      status: 200,
      description: "Accepted.",
      schema: z.object({ data: z.object({ accepted: z.literal(true) }) }),
    },
    legacyErrors: true,
    example: `# see docs/webhook-connector.md for the signature`,
  },
  {
    method: "post",
    path: "/api/v1/opt-outs",
    operationId: "fileOptOuts",
    summary:
      "File opt-outs: sale/sharing, sensitive data, targeted advertising, profiling (the company's own site, GPC)",
    description:
      "For the company's own site, with a key that has opt_outs:write (and its per-key rate limit). One request per type, executed without verification within 15 California business days, or, with `jurisdiction` naming another US state (`US-VA`, `US_CO`…), the opt-outs that state grants (`opt_out_sale`, `opt_out_targeted_ads`, `opt_out_profiling`; `opt_out_sensitive` in Utah and Iowa) within its own period (45 calendar days in most, Iowa 90); `gpc: true` records a Global Privacy Control signal on the opt-out of sale, and in the states on that of targeted advertising too, where the person's law requires honouring one (California, 11 CCR § 7025; Colorado, Connecticut, Delaware, Maryland, Minnesota, Montana, Nebraska, New Hampshire, New Jersey, Oregon, Texas). An Idempotency-Key header makes a retry safe (per key); the same person and type while one is open returns the open request.",
    scope: "opt_outs:write",
    body: optOutApiSchema.meta({ id: "OptOutRequest" }),
    idempotent: true,
    success: {
      status: 202,
      description: "Filed (or the open ones returned).",
      schema: z.object({
        requests: z.array(
          z.object({ type: z.string(), id: z.uuid(), reference: z.string(), status: z.string(), dueDate: z.string() }),
        ),
      }),
    },
    example: `curl -X POST "$DSR_URL/api/v1/opt-outs" -H "Content-Type: application/json" -d '{"email":"ada@example.com","types":["opt_out_sale"],"gpc":true,"locale":"en"}'`,
  },
  {
    method: "get",
    path: "/api/v1/openapi.json",
    operationId: "getOpenApiDocument",
    summary: "This document (OpenAPI 3.1)",
    description: "No key.",
    scope: null,
    success: { status: 200, description: "The OpenAPI document.", schema: z.record(z.string(), z.unknown()) },
    example: `curl "$DSR_URL/api/v1/openapi.json"`,
  },
  ...WEBHOOK_OPERATIONS,
];

/**
 * An operation's curl example as shown: the key's header, which every keyed operation needs, is
 * added here from its scope rather than written into each example.
 */
export function curlExample(op: Pick<ApiOperationDoc, "scope" | "example">): string {
  if (!op.scope) return op.example;
  return op.example.replace(/^(curl(?: -X [A-Z]+)? "[^"]*")/, `$1 -H "Authorization: Bearer $DSR_KEY"`);
}
