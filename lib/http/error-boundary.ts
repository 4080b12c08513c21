import { ZodError } from "zod";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import type { ErrorDetail } from "@/lib/domain/error-details";
import { DomainError } from "@/lib/domain/errors";
import { childLogger } from "@/lib/log";
import { zodFields } from "./zod-fields";

const log = childLogger("error-boundary");

/** What a caller may learn about a failure: never a stack, never an unexpected error's message. */
export interface SafeError {
  status: number;
  code: string;
  message: string;
  fields?: Record<string, string>;
  retryAfterSeconds?: number;
  /** The message as a catalogue key and parameters: staff screens render it in the member's language. */
  detail?: ErrorDetail;
}

export type ErrorBody = { error: { code: string; message: string; fields?: Record<string, string> } };

export const INTERNAL_ERROR_MESSAGE = "Something went wrong on our side. Please try again later.";
export const SERVICE_UNAVAILABLE_MESSAGE =
  "The service is briefly unavailable. Nothing was recorded: please try again in a few seconds.";
const UNAVAILABLE_RETRY_AFTER_SECONDS = 10;

/**
 * The one place a thrown value becomes an answer, for every action and route wrapper. Domain errors
 * keep their code, message, fields and Retry-After (status from DomainError's table); validation
 * errors become invalid_request with the fields; PostgreSQL out of reach becomes 503 with Retry-After;
 * anything else is logged and answered with a bare 500.
 */
export function toSafeError(err: unknown, context: string): SafeError {
  if (err instanceof DomainError)
    return {
      status: err.status,
      code: err.code,
      message: err.message,
      ...(err.fields ? { fields: err.fields } : {}),
      ...(err.retryAfterSeconds ? { retryAfterSeconds: err.retryAfterSeconds } : {}),
      ...(err.detail ? { detail: err.detail } : {}),
    };
  if (err instanceof ZodError)
    return { status: 400, code: "invalid_request", message: "Some fields are invalid.", fields: zodFields(err) };
  if (isDatabaseUnavailable(err)) {
    log.warn({ context }, "database unavailable: answered 503");
    return {
      status: 503,
      code: "service_unavailable",
      message: SERVICE_UNAVAILABLE_MESSAGE,
      retryAfterSeconds: UNAVAILABLE_RETRY_AFTER_SECONDS,
    };
  }
  // Only the message and stack: inputs may carry subject data and are never logged.
  const e = err instanceof Error ? err : new Error(String(err));
  log.error({ err: e.message, stack: e.stack, context }, "unhandled error");
  return { status: 500, code: "internal_error", message: INTERNAL_ERROR_MESSAGE };
}

/** The JSON answer for a safe error: `{ error: { code, message, fields? } }`, Retry-After when set. */
export function safeErrorResponse(e: SafeError): Response {
  const body: ErrorBody = { error: { code: e.code, message: e.message, ...(e.fields ? { fields: e.fields } : {}) } };
  const headers: Record<string, string> = { "cache-control": "no-store" };
  if (e.retryAfterSeconds) headers["retry-after"] = String(Math.ceil(e.retryAfterSeconds));
  return Response.json(body, { status: e.status, headers });
}

/** Anything thrown by a route handler → the response to send. */
export function errorToResponse(err: unknown, context: string): Response {
  return safeErrorResponse(toSafeError(err, context));
}
