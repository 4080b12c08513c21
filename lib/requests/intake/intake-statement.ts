import type { Pool } from "pg";
import type { Database } from "@/lib/db/client";
import { findIdempotentAnswer } from "@/lib/http/idempotency";
import { consumeRateLimit } from "@/lib/rate-limit/consume";
import { enforceEmailQuota } from "./intake-limits";
import { rateLimited } from "./intake-prelude";
import { STATEMENT, STATEMENT_NAME, statementValues } from "./intake-statement-sql";
import { submissionResult } from "./submission-rows";
import type { PreparedSubmission, SubmitResult } from "./submit-request";

const GATE = "dsr_gate:";

/**
 * Files a portal or API request (verification mail, no staff check) in ONE statement, so one round trip
 * and its own transaction: the per-address hit (when `ipHit` is set; an over-limit intake writes nothing
 * and gets 429), the duplicate look-up, the per-e-mail quota, the request, its audit entry
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
    const [filed] = await fileManyInOneStatement(database, [p]);
    if (!filed!.allowed) throw rateLimited(p.ipHit!.retryAfterSeconds);
    return submissionResult(p, filed!.duplicateOf);
  } catch (error) {
    const gate = gateOf(error);
    // The refused statement's per-address hit was rolled back with it: counted now, as the prelude would have.
    if (gate && p.ipHit && !retried) {
      const hit = await consumeRateLimit(database, p.ipHit.rule, p.ipHit.ip, p.now);
      if (!hit.allowed) throw rateLimited(hit.retryAfterSeconds);
    }
    if (gate === "quota") {
      await enforceEmailQuota(database, { emailBidx: p.lookupBidx, now: p.now });
      // A verified request dropped out of the last 24 hours in between: file again, once.
      if (!retried) return fileInOneStatement(database, { ...p, ipHit: null }, true);
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
export async function fileManyInOneStatement(
  database: Database,
  ps: PreparedSubmission[],
): Promise<{ allowed: boolean; duplicateOf: string | null }[]> {
  for (const p of ps)
    if (!p.verificationMail || p.optOut || p.ctx.identityChecked || p.ctx.alsoInTx)
      throw new Error("fileInOneStatement files only a request awaiting its verification mail");
  // The pool drizzle was made with (drizzle() sets $client; the Database type leaves it out).
  const client = (database as Database & { $client: Pool }).$client;
  const { rows } = await client.query<{ allowed: boolean; dup_id: string | null }>({
    name: STATEMENT_NAME,
    text: STATEMENT,
    values: statementValues(ps),
  });
  // One row per intake, in the given order.
  return rows.map((r) => ({ allowed: r.allowed, duplicateOf: r.dup_id }));
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
