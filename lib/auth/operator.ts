import type { AuditActorType } from "@/lib/audit/entry";
import type { Actor } from "@/lib/domain/lifecycle";
import type { StaffRole } from "@/lib/domain/vocabulary";
import type { ApiKeyPrincipal } from "./api-scopes";

/**
 * Who runs a staff use case: a signed-in staff member, or an API key (lib/auth/api-keys.ts) acting
 * within its scopes. The use cases are the same; only the actor they record differs.
 */
export type Operator = { id: string; role: StaffRole } | ApiKeyPrincipal;

export function isApiKey(op: Operator): op is ApiKeyPrincipal {
  return "kind" in op && op.kind === "api_key";
}

/** The lifecycle's actor for an operator. */
export function lifecycleActor(op: Operator): Actor {
  return isApiKey(op) ? { kind: "api_key", id: op.id } : { kind: "staff", id: op.id, role: op.role };
}

/** The audit log's actor for an operator (an API call is recorded with the key's id). */
export function auditActorOf(op: Operator): { type: Extract<AuditActorType, "staff" | "api_key">; id: string } {
  return isApiKey(op) ? { type: "api_key", id: op.id } : { type: "staff", id: op.id };
}

/** The staff member behind an operator, for columns that reference staff_users (null for a key). */
export function staffIdOf(op: Operator): string | null {
  return isApiKey(op) ? null : op.id;
}
