import type { Pool } from "pg";
import type { Database } from "@/lib/db/client";
import { findIdempotentAnswer } from "@/lib/http/idempotency";
import { enforceEmailQuota } from "./intake-limits";
import { STATEMENT, STATEMENT_NAME, statementValues } from "./intake-statement-sql";
import { submissionResult } from "./submission-rows";
import type { PreparedSubmission, SubmitResult } from "./submit-request";

const GATE = "dsr_gate:";

/**
 * Files a portal or API request (verification mail, no staff check) in ONE statement, so one round trip
 * and its own transaction: the duplicate look-up, the per-e-mail quota, the request, its audit entry
 * and webhook deliveries, its verification secrets, the mail's state row and its outbox job, the
 * Idempotency-Key's answer. Nothing is read back. The same rules as fileSubmission, where:
 * - a refused quota or an Idempotency-Key another attempt has just answered fails the statement on
 *   purpose (a cast of a marked text, the only way plain SQL raises), so nothing of it is written; then a
 *   second round trip says why (the quota's Retry-After, or the earlier answer);
 * - the Idempotency-Key's row is inserted in the statement: a concurrent attempt with the same key waits
 *   on its unique index until the first commits (the advisory lock did that before), then fails the gate;
 * - the quota is not serialised per address any more: an intake files an unverified request, which the
 *   quota does not count, so two intakes for one address cannot change each other's count;
 * - the counters' triggers fire on the request's insert as before.
 */
export async function fileInOneStatement(
  database: Database,
  p: PreparedSubmission,
  retried = false,
): Promise<SubmitResult> {
  try {
    const [duplicateOf] = await fileManyInOneStatement(database, [p]);
    return submissionResult(p, duplicateOf ?? null);
  } catch (error) {
    const gate = gateOf(error);
    if (gate === "quota") {
      await enforceEmailQuota(database, { emailBidx: p.lookupBidx, now: p.now });
      // A verified request dropped out of the last 24 hours in between: file again, once.
      if (!retried) return fileInOneStatement(database, p, true);
    }
    if (gate === "idempotency") {
      const earlier = await findIdempotentAnswer<SubmitResult>(database, p.ctx.idempotency!);
      if (earlier) return earlier;
    }
    throw error;
  }
}

/**
 * Files several intakes in ONE statement (one round trip, one commit, one firing of the requests'
 * counter triggers): each table written by one insert from `unnest` of per-column arrays, so the
 * statement's text is the same for any number of intakes and runs as a named prepared statement (parsed
 * and planned once per connection; no query built per call). Answers each intake's duplicate (or null),
 * in order. All or nothing: when any intake's gate (quota, Idempotency-Key) refuses, nothing is written
 * and the statement fails; the caller then files each on its own (intake-batch.ts).
 */
export async function fileManyInOneStatement(database: Database, ps: PreparedSubmission[]): Promise<(string | null)[]> {
  for (const p of ps)
    if (!p.verificationMail || p.optOut || p.ctx.identityChecked || p.ctx.alsoInTx)
      throw new Error("fileInOneStatement files only a request awaiting its verification mail");
  // The pool drizzle was made with (drizzle() sets $client; the Database type leaves it out).
  const client = (database as Database & { $client: Pool }).$client;
  const { rows } = await client.query<{ id: string; dup_id: string | null }>({
    name: STATEMENT_NAME,
    text: STATEMENT,
    values: statementValues(ps),
  });
  const dupOf = new Map(rows.map((r) => [r.id, r.dup_id]));
  return ps.map((p) => dupOf.get(p.id) ?? null);
}

export function gateOf(error: unknown): "quota" | "idempotency" | null {
  const e = error as { code?: string; message?: string; cause?: { code?: string; message?: string } };
  for (const c of [e, e?.cause]) {
    if (c?.code !== "22P02" || !c.message) continue;
    if (c.message.includes(`"${GATE}quota:`)) return "quota";
    if (c.message.includes(`"${GATE}idempotency:`)) return "idempotency";
  }
  return null;
}
