import type { StaffAction } from "./policy";

/** What an API key may do, chosen by an admin when creating it (lib/auth/api-keys.ts). */
export const API_SCOPES = [
  "requests:read",
  "requests:read_subject",
  "requests:write",
  "requests:transition",
  "messages:write",
  "webhooks:manage",
  "opt_outs:write",
] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export function isApiScope(value: string): value is ApiScope {
  return (API_SCOPES as readonly string[]).includes(value);
}

/**
 * The staff actions each scope grants: an API call goes through the same `can()` as the staff screens,
 * with these grants in place of a role's. A key is not a person, so it never "assigns itself": it
 * assigns a named staff member (request.assign_others). `webhooks:manage` grants what the admins'
 * webhook screens need (webhooks.manage). `opt_outs:write` is the company's site filing opt-outs
 * (POST /api/v1/opt-outs): no staff action, the route checks the scope itself.
 */
export const SCOPE_GRANTS: Record<ApiScope, readonly StaffAction[]> = {
  "requests:read": ["request.view"],
  "requests:read_subject": ["request.view_subject"],
  "requests:write": ["request.create", "request.verify_identity"],
  "requests:transition": [
    "request.assign_others",
    "request.start",
    "request.ask_subject",
    "request.submit_for_review",
    "request.complete",
    "request.extend",
    "request.refuse",
    "request.withdraw",
    "request.reopen",
    "request.verify_identity",
  ],
  "messages:write": ["request.message"],
  "webhooks:manage": ["webhooks.manage"],
  "opt_outs:write": [],
};

/** The scopes that grant `action` (for a 403 that says which scope is missing). */
export function scopesGranting(action: StaffAction): ApiScope[] {
  return API_SCOPES.filter((s) => SCOPE_GRANTS[s].includes(action));
}

/** Who calls the API: the key's id (the audit actor) and its scopes (the grants). */
export interface ApiKeyPrincipal {
  kind: "api_key";
  id: string;
  name: string;
  scopes: readonly ApiScope[];
}
