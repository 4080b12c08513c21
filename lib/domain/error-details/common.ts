/**
 * Refusal details of more than one area (requests not found, sessions, permissions, concurrent edits): stable
 * key → the English sentence (the REST API's words).
 */
export const COMMON_DETAILS = {
  "common.request_not_found": "This request does not exist.",
  "common.session_ended": "Your session has ended. Sign in again.",
  "common.not_allowed": "You are not allowed to do this.",
  "common.some_fields_invalid": "Some fields are invalid.",
  "common.request_changed_meanwhile":
    "Someone else changed this request in the meantime. Reload it to see the latest version, then try again.",
} as const;
