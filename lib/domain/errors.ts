import { detailMessage, type ErrorDetail } from "./error-details";

/**
 * Errors a use case reports to its caller. Only these reach a user (lib/http/error-boundary.ts maps
 * them with the table below); anything else is logged and answered with a generic message.
 */
export type DomainErrorCode =
  | "invalid_request"
  | "unauthenticated"
  | "unsupported_media_type"
  | "payload_too_large"
  | "invalid_signature"
  | "stale_timestamp"
  | "replayed"
  | "missing_delivery"
  | "service_unavailable"
  | "not_found"
  | "forbidden"
  | "conflict"
  | "invalid_transition"
  | "reason_required"
  | "extension_not_allowed"
  | "verification_expired"
  | "verification_invalid"
  | "verification_locked"
  | "already_verified"
  | "rate_limited"
  | "idempotency_mismatch"
  /** A right the law of the person's residence does not grant (lib/domain/rights.ts: grantedAtResidence). */
  | "right_not_granted"
  /** An appeal decided by the person who made the refusal it appeals (US state laws: a fresh look). */
  | "same_decider";

/** The one code → HTTP status table: every wrapper answers a domain error with this status. */
export const DOMAIN_ERROR_STATUS: Record<DomainErrorCode, number> = {
  invalid_request: 400,
  unauthenticated: 401,
  unsupported_media_type: 415,
  payload_too_large: 413,
  invalid_signature: 401,
  stale_timestamp: 401,
  replayed: 409,
  missing_delivery: 400,
  service_unavailable: 503,
  not_found: 404,
  forbidden: 403,
  conflict: 409,
  invalid_transition: 409,
  reason_required: 400,
  extension_not_allowed: 409,
  verification_expired: 410,
  verification_invalid: 400,
  verification_locked: 423,
  already_verified: 409,
  rate_limited: 429,
  idempotency_mismatch: 422,
  // Well-formed, but not a request the person's law lets them make: 422 (RFC 9110 § 15.5.21), not 400.
  right_not_granted: 422,
  same_decider: 403,
};

export class DomainError extends Error {
  /** The message as a key and parameters, for screens that speak the reader's language (staff). */
  readonly detail?: ErrorDetail;

  constructor(
    readonly code: DomainErrorCode,
    /** A detail from the catalogue (lib/domain/error-details), or plain English where no screen shows it. */
    message: string | ErrorDetail,
    readonly fields?: Record<string, string>,
    /** Sent as Retry-After (rate limits, locks, a dependency that is down). */
    readonly retryAfterSeconds?: number,
  ) {
    super(typeof message === "string" ? message : detailMessage(message));
    this.name = "DomainError";
    if (typeof message !== "string") this.detail = message;
  }

  get status(): number {
    return DOMAIN_ERROR_STATUS[this.code];
  }
}

export function isDomainError(err: unknown): err is DomainError {
  return err instanceof DomainError;
}
