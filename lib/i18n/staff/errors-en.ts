/**
 * One sentence per error code of the error table (lib/domain/errors.ts) and the boundary's own codes,
 * shown by the staff forms in the member's language above the operation's own detail.
 */
export const errorsEn = {
  errors: {
    invalid_request: "Some fields are invalid.",
    unauthenticated: "Your session has ended. Sign in again.",
    unsupported_media_type: "This kind of content is not accepted.",
    payload_too_large: "What was sent is too large.",
    invalid_signature: "The signature does not match.",
    stale_timestamp: "The request is too old; send it again.",
    replayed: "This request was already received.",
    missing_delivery: "The delivery details are missing.",
    service_unavailable: "The service is briefly unavailable. Nothing was recorded: please try again in a few seconds.",
    not_found: "Not found: it may have been removed, or you may not see it.",
    forbidden: "You are not allowed to do this.",
    same_decider: "Someone other than the person who refused must decide the appeal.",
    conflict: "Someone changed this in the meantime: reload the page and try again.",
    invalid_transition: "This action is not possible in the request's current state.",
    reason_required: "A reason is required.",
    extension_not_allowed: "The deadline cannot be extended (any more) for this request.",
    verification_expired: "The code or link has expired.",
    verification_invalid: "The code or link is not valid.",
    verification_locked: "Too many wrong attempts: wait before trying again.",
    already_verified: "This was already verified.",
    rate_limited: "Too many attempts: wait a moment and try again.",
    idempotency_mismatch: "This key was already used with different content.",
    right_not_granted: "The law of the person’s place of residence does not grant this right.",
    internal_error: "Something went wrong on our side. Please try again later.",
  },
  errorDetail: "Detail: {detail}",
};
