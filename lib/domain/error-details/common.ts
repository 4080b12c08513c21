/**
 * Refusal details of more than one area (requests not found, sessions, permissions, concurrent edits): stable
 * key → the English sentence (the REST API's words).
 */
export const COMMON_DETAILS = {
  "common.request_not_found": "This request does not exist.",
  "common.session_ended": "Your session has ended. Sign in again.",
  "common.not_allowed": "You are not allowed to do this.",
  "common.some_fields_invalid": "Some fields are invalid.",
  "common.cross_origin": "This request did not come from this application's pages.",
  "common.json_required": "Send the request as application/json.",
  "common.body_not_json": "The body is not valid JSON.",
  "common.body_too_large": "The body must be at most {size}.",
  "common.request_changed_meanwhile":
    "Someone else changed this request in the meantime. Reload it to see the latest version, then try again.",
} as const;
