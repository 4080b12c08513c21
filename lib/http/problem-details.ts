import { appUrl } from "@/lib/env";
import type { SafeError } from "./error-boundary";

/** The media type of an error answer of the REST API (RFC 9457). */
export const PROBLEM_JSON = "application/problem+json";

/** Short, fixed titles per code (the `detail` says what happened this time). */
export const PROBLEM_TITLES: Record<string, string> = {
  invalid_request: "Invalid request",
  unauthenticated: "Not authenticated",
  forbidden: "Forbidden",
  not_found: "Not found",
  conflict: "Conflict",
  invalid_transition: "Transition not allowed",
  reason_required: "Reason required",
  extension_not_allowed: "Extension not allowed",
  unsupported_media_type: "Unsupported media type",
  payload_too_large: "Payload too large",
  rate_limited: "Too many requests",
  idempotency_mismatch: "Idempotency key reused",
  right_not_granted: "Right not granted by the law of the residence",
  service_unavailable: "Service unavailable",
  internal_error: "Internal error",
};

/** An RFC 9457 problem, with this API's extensions (`code`, `errors`, `missingScopes`). */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: string;
  errors?: { field: string; reason: string }[];
  missingScopes?: string[];
}

/** The problem's `type`: a link to its entry in the API reference (/api/docs). */
export function problemType(code: string): string {
  return `${appUrl()}/api/docs#problem-${code}`;
}

export function toProblem(e: SafeError, instance: string, extra: { missingScopes?: string[] } = {}): Problem {
  return {
    type: problemType(e.code),
    title: PROBLEM_TITLES[e.code] ?? e.code,
    status: e.status,
    detail: e.message,
    instance,
    code: e.code,
    ...(e.fields ? { errors: Object.entries(e.fields).map(([field, reason]) => ({ field, reason })) } : {}),
    ...(extra.missingScopes ? { missingScopes: extra.missingScopes } : {}),
  };
}

/** The answer for a problem: problem+json, no caching, Retry-After when the error has one. */
export function problemResponse(e: SafeError, instance: string, extra: { missingScopes?: string[] } = {}): Response {
  const headers: Record<string, string> = { "content-type": PROBLEM_JSON, "cache-control": "no-store" };
  if (e.retryAfterSeconds) headers["retry-after"] = String(Math.ceil(e.retryAfterSeconds));
  if (e.status === 401) headers["www-authenticate"] = 'Bearer realm="dsr-desk"';
  return new Response(JSON.stringify(toProblem(e, instance, extra)), { status: e.status, headers });
}
