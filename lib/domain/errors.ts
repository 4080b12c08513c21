/**
 * Errors a use case reports to its caller. Only these reach a user (mapped to a 4xx by the API/action
 * wrapper); anything else is logged and answered with a generic message.
 */
export type DomainErrorCode =
  | "invalid_request"
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
  | "idempotency_mismatch";

const STATUS: Record<DomainErrorCode, number> = {
  invalid_request: 400,
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
};

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = "DomainError";
  }

  get status(): number {
    return STATUS[this.code];
  }
}

export function isDomainError(err: unknown): err is DomainError {
  return err instanceof DomainError;
}
