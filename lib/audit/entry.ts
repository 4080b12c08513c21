/** Who caused an audited change (`api_key`: a call to the REST API, the key's id as actor id; `drp_agent`: a Data Rights Protocol agent, its agent-id as actor id). */
export type AuditActorType = "staff" | "subject" | "system" | "api_key" | "drp_agent";

export const AUDIT_ACTOR_TYPES: readonly AuditActorType[] = ["staff", "subject", "system", "api_key", "drp_agent"];

/**
 * The fields of an audit_log row that its hash covers (everything but prev_hash and hash, which
 * enter the hash as the chain link and the result).
 */
export interface AuditEntry {
  seq: number;
  /** ISO 8601, UTC, millisecond precision (`Date.prototype.toISOString`). */
  at: string;
  actorType: AuditActorType;
  actorId: string | null;
  action: string;
  /** Lower-case hyphenated UUID, as PostgreSQL prints it. */
  requestId: string | null;
  payload: Record<string, unknown>;
}
