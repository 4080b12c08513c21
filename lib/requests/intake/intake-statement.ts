import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import { auditRow } from "@/lib/audit/append";
import type { Database } from "@/lib/db/client";
import { openDuplicateQuery, verifiedSinceQuery } from "@/lib/db/queries/requests";
import { nameIndex } from "@/lib/crypto/env-keys";
import {
  auditLog,
  idempotencyKeys,
  mailDeliveries,
  outbox,
  requestNameTokens,
  requestVerifications,
  requests,
} from "@/lib/db/schema";
import { findIdempotentAnswer } from "@/lib/http/idempotency";
import { queuedMailRow } from "@/lib/mail/queue-mail";
import { sendMailJob } from "@/lib/queue/jobs/send-mail";
import { webhookEventsCtes } from "@/lib/webhooks/emit";
import { enforceEmailQuota } from "./intake-limits";
import { env } from "@/lib/env";
import { duplicateWindowStart, requestRow, submissionResult, submittedAudit, verificationRow } from "./submission-rows";
import type { PreparedSubmission, SubmitResult } from "./submit-request";

const sha = (s: string) => createHash("sha256").update(s).digest("hex");
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
  const mail = p.verificationMail;
  if (!mail || p.optOut || p.ctx.identityChecked || p.ctx.alsoInTx)
    throw new Error("fileInOneStatement files only a request awaiting its verification mail");
  const { ctx } = p;
  const dupId = sql`(select id from dup)`;
  const audit = auditRow(submittedAudit(p, null));
  const withDup = (json: unknown) =>
    sql`jsonb_set(${JSON.stringify(json)}::jsonb, '{duplicateOf}', coalesce(to_jsonb(${dupId}), 'null'::jsonb))`;
  const mailRow = queuedMailRow(mail.key, mail.mail, { ...mail.meta, requestId: p.id });
  const webhooks = webhookEventsCtes(audit, {
    id: p.id,
    reference: p.reference,
    type: p.input.type,
    status: "unverified",
    regime: p.deadline.regime,
    jurisdiction: p.deadline.jurisdiction,
    channel: ctx.channel,
    receivedAt: p.receivedAt.toISOString(),
    verifiedAt: null,
    dueDate: p.deadline.dueDate,
    extendedDueDate: null,
    closedAt: null,
    outcome: null,
    refusalReasonCode: null,
  });
  const ctes = [
    sql`dup as (${openDuplicateQuery(database, { emailBidx: p.lookupBidx, type: p.input.type, since: duplicateWindowStart(p.now) })})`,
    sql`req as (${database.insert(requests).values(requestRow(p, dupId)).getSQL()})`,
    sql`aud as (${database
      .insert(auditLog)
      .values({ ...audit, payload: withDup(audit.payload) })
      .getSQL()})`,
    sql`ver as (${database.insert(requestVerifications).values(verificationRow(p)).getSQL()})`,
    // The name-search index (blind, one HMAC per name token), as the transaction path writes it.
    ...nameTokenCte(database, p),
    sql`mail_row as (${database
      .insert(mailDeliveries)
      .values({
        key: mailRow.key,
        status: "queued",
        sealed: mailRow.sealed,
        requestId: mailRow.requestId,
        template: mailRow.template,
        recipientRole: mailRow.recipientRole,
        recipientEnc: mailRow.recipientEnc,
        nextAttemptAt: mailRow.requeueAt,
        priority: mailRow.priority,
      })
      .onConflictDoNothing()
      .returning({ key: mailDeliveries.key })
      .getSQL()})`,
    sql`mail_job as (insert into ${outbox} (queue, job_name, payload, available_at, priority)
      select ${sendMailJob.queue}, ${sendMailJob.name}, ${JSON.stringify(sendMailJob.payload.parse({ key: mailRow.key, sealed: mailRow.sealed }))}::jsonb, now(), ${mailRow.priority}::int
      from mail_row)`,
  ];
  if (webhooks) ctes.push(webhooks);
  const gates = [];
  if (ctx.emailQuota) {
    ctes.push(
      sql`quota as (${verifiedSinceQuery(database, { emailBidx: p.lookupBidx, since: new Date(p.now.getTime() - 86_400_000) })})`,
    );
    gates.push(sql`case when (select count from quota) >= ${env().INTAKE_LIMIT_PER_EMAIL_PER_DAY}
      then (${GATE + "quota:"} || (select count from quota))::int end`);
  }
  if (ctx.idempotency) {
    ctes.push(sql`idem as (insert into ${idempotencyKeys} (scope, key_hash, body_hash, status, response)
      values (${ctx.idempotency.scope}, ${sha(ctx.idempotency.key)}, ${sha(ctx.idempotency.rawBody)}, 202,
        ${withDup(submissionResult(p, null))})
      on conflict do nothing returning 1 as one)`);
    gates.push(sql`case when not exists (select 1 from idem)
      then (${GATE + "idempotency:"} || (select count(*) from idem))::int end`);
  }
  try {
    const { rows } = await database.execute<{ duplicate_of: string | null }>(
      sql`with ${sql.join(ctes, sql`, `)} select ${dupId} as duplicate_of${sql.join(
        gates.map((g) => sql`, ${g}`),
        sql``,
      )}`,
    );
    return submissionResult(p, rows[0]?.duplicate_of ?? null);
  } catch (error) {
    const gate = gateOf(error);
    if (gate === "quota") {
      await enforceEmailQuota(database, { emailBidx: p.lookupBidx, now: p.now });
      // A verified request dropped out of the last 24 hours in between: file again, once.
      if (!retried) return fileInOneStatement(database, p, true);
    }
    if (gate === "idempotency") {
      const earlier = await findIdempotentAnswer<SubmitResult>(database, ctx.idempotency!);
      if (earlier) return earlier;
    }
    throw error;
  }
}

function gateOf(error: unknown): "quota" | "idempotency" | null {
  const e = error as { code?: string; message?: string; cause?: { code?: string; message?: string } };
  for (const c of [e, e?.cause]) {
    if (c?.code !== "22P02" || !c.message) continue;
    if (c.message.includes(`"${GATE}quota:`)) return "quota";
    if (c.message.includes(`"${GATE}idempotency:`)) return "idempotency";
  }
  return null;
}

function nameTokenCte(database: Database, p: PreparedSubmission) {
  const hashes = nameIndex(p.input.fullName ?? "");
  if (hashes.length === 0) return [];
  const rows = hashes.map((tokenHash) => ({ tokenHash, requestId: p.id }));
  return [sql`names as (${database.insert(requestNameTokens).values(rows).onConflictDoNothing().getSQL()})`];
}
