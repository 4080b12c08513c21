import { createHash } from "node:crypto";
import { auditRow } from "@/lib/audit/append";
import { nameIndex } from "@/lib/crypto/env-keys";
import { auditLog, mailDeliveries, requestNameTokens, requestVerifications, requests } from "@/lib/db/schema";
import { unnestSource } from "@/lib/db/unnest-rows";
import { OPEN_STATUSES } from "@/lib/domain/vocabulary";
import { env } from "@/lib/env";
import { queuedMailRow } from "@/lib/mail/queue-mail";
import { sendMailJob } from "@/lib/queue/jobs/send-mail";
import { webhookDeliverJob } from "@/lib/queue/jobs/webhook-deliver";
import { webhookEventsOf } from "@/lib/webhooks/emit";
import { duplicateWindowStart, requestRow, submissionResult, submittedAudit, verificationRow } from "./submission-rows";
import type { PreparedSubmission } from "./submit-request";

const sha = (s: string) => createHash("sha256").update(s).digest("hex");
const tsArray = "timestamp with time zone[]";

const REQUEST_KEYS = [
  "id",
  "reference",
  "type",
  "status",
  "jurisdiction",
  "regime",
  "controllerCountry",
  "controllerTimeZone",
  "channel",
  "locale",
  "emailBidx",
  "emailEnc",
  "fullNameEnc",
  "accountReferenceEnc",
  "detailsEnc",
  "specificsEnc",
  "receivedAt",
  "firstDueDate",
  "dueDate",
] as const;
const AUDIT_KEYS = ["at", "actorType", "actorId", "action", "requestId", "payload"] as const;
const VERIFICATION_KEYS = [
  "requestId",
  "tokenHash",
  "tokenExpiresAt",
  "codeHash",
  "codeExpiresAt",
  "createdAt",
] as const;
const NAME_KEYS = ["tokenHash", "requestId"] as const;
const MAIL_KEYS = [
  "key",
  "status",
  "sealed",
  "requestId",
  "template",
  "recipientRole",
  "recipientEnc",
  "nextAttemptAt",
  "priority",
] as const;

const req = unnestSource(requests, REQUEST_KEYS);
const aud = unnestSource(auditLog, AUDIT_KEYS);
const ver = unnestSource(requestVerifications, VERIFICATION_KEYS);
const names = unnestSource(requestNameTokens, NAME_KEYS);
const mail = unnestSource(mailDeliveries, MAIL_KEYS);

/** Numbers the parameters in the order the statement's text names them. */
function numbering() {
  let next = 1;
  return (count = 1) => {
    const first = next;
    next += count;
    return first;
  };
}

const GATE = "dsr_gate:";
const withDup = (column: string) =>
  `jsonb_set(${column}, '{duplicateOf}', coalesce(to_jsonb(dup.dup_id), 'null'::jsonb))`;

function buildStatement(): string {
  const n = numbering();
  const inp = `unnest($${n()}::uuid[], $${n()}::text[], $${n()}::request_type[], $${n()}::${tsArray}, $${n()}::${tsArray}, $${n()}::text[], $${n()}::${tsArray}, $${n()}::int[]) with ordinality as inp(id, lookup, type, since, quota_since, bucket, ws, lim, ord)`;
  const open = `$${n()}::request_status[]`;
  const sameEmail = "r.email_bidx = any(string_to_array(inp.lookup, ','))";
  const reqFrom = req.from(n(req.count), "u");
  const audFrom = aud.from(n(aud.count), "u");
  const verFrom = ver.from(n(ver.count), "u");
  const namesFrom = names.from(n(names.count), "u");
  const mailFrom = mail.from(n(mail.count), "u");
  const jobs = `unnest($${n()}::text[], $${n()}::jsonb[], $${n()}::integer[]) as v(key, payload, priority)`;
  const [mailQueue, mailJob] = [n(), n()];
  const hooks = `unnest($${n()}::uuid[], $${n()}::jsonb[], $${n()}::${tsArray}) as w(rid, events, at)`;
  const [hookQueue, hookJob] = [n(), n()];
  const keys = `unnest($${n()}::text[], $${n()}::text[], $${n()}::text[], $${n()}::jsonb[], $${n()}::uuid[]) as k(scope, key_hash, body_hash, response, rid)`;
  const [quotaLimit, keyCount] = [n(), n()];
  return `with given as (select * from ${inp}),
agg as (select bucket, ws, count(*)::int as n from given where bucket is not null group by bucket, ws),
rl as (insert into rate_limit_hits (bucket, window_start, hits)
  select bucket, ws, n from agg order by bucket, ws
  on conflict (bucket, window_start) do update set hits = rate_limit_hits.hits + excluded.hits
  returning bucket, window_start, hits),
judged as (select g.*, g.bucket is null
    or rl.hits - agg.n + row_number() over (partition by g.bucket, g.ws order by g.ord) <= g.lim as allowed
  from given g left join agg on agg.bucket = g.bucket and agg.ws = g.ws
  left join rl on rl.bucket = g.bucket and rl.window_start = g.ws),
inp as (select * from judged where allowed),
dup as (select inp.id, (select r.id from requests r where ${sameEmail} and r.type = inp.type
  and r.received_at >= inp.since and r.status = any(${open}) order by r.received_at asc limit 1) as dup_id from inp),
quota as (select (select count(*)::int from requests r where ${sameEmail} and r.received_at >= inp.quota_since
  and r.verified_at is not null) as n from inp where inp.quota_since is not null),
req as (insert into requests (${req.columns}, "duplicate_of") select u.*, dup.dup_id from ${reqFrom} join dup on dup.id = u."id"),
aud as (insert into audit_log (${aud.columns})
  select u."at", u."actor_type", u."actor_id", u."action", u."request_id", ${withDup('u."payload"')}
  from ${audFrom} join dup on dup.id = u."request_id"),
ver as (insert into request_verifications (${ver.columns}) select u.* from ${verFrom} join dup on dup.id = u."request_id"),
names as (insert into request_name_tokens (${names.columns}) select u.* from ${namesFrom} join dup on dup.id = u."request_id"
  on conflict do nothing),
mail_row as (insert into mail_deliveries (${mail.columns}) select u.* from ${mailFrom} join dup on dup.id = u."request_id"
  on conflict do nothing returning key),
mail_job as (insert into outbox (queue, job_name, payload, available_at, priority)
  select $${mailQueue}, $${mailJob}, v.payload, now(), v.priority from mail_row join ${jobs} on v.key = mail_row.key),
webhook_rows as (insert into webhook_deliveries (id, endpoint_id, event_type, request_id, payload, due_at)
  select 'msg_' || replace(gen_random_uuid()::text, '-', ''), ep.id, ev->>'type', w.rid, ev, w.at
  from ${hooks} join dup on dup.id = w.rid cross join lateral jsonb_array_elements(w.events) ev
  join webhook_endpoints ep on ep.enabled and (ev->>'type') = any(ep.events) returning id),
webhook_jobs as (insert into outbox (queue, job_name, payload, available_at)
  select $${hookQueue}, $${hookJob}, jsonb_build_object('deliveryId', id), now() from webhook_rows),
idem as (insert into idempotency_keys (scope, key_hash, body_hash, status, response)
  select k.scope, k.key_hash, k.body_hash, 202, ${withDup("k.response")} from ${keys} join dup on dup.id = k.rid
  on conflict do nothing returning 1)
select judged.id, judged.allowed, dup.dup_id,
  case when exists (select 1 from quota where n >= $${quotaLimit}::int)
    then ('${GATE}quota:' || (select max(n) from quota))::int end as quota_gate,
  case when (select count(*) from idem) < $${keyCount}::int
    then ('${GATE}idempotency:' || (select count(*) from idem))::int end as idempotency_gate
from judged left join dup on dup.id = judged.id
order by judged.ord`;
}

/** The statement's text: the same for any number of intakes (prepared once per connection). */
export const STATEMENT = buildStatement();
export const STATEMENT_NAME = `dsr_intake_${sha(STATEMENT).slice(0, 12)}`;

/** The statement's parameters for these intakes, in the order STATEMENT numbers them. */
export function statementValues(ps: PreparedSubmission[]): unknown[] {
  const audits = ps.map((p) => auditRow(submittedAudit(p, null)));
  const mails = ps.map((p) => {
    const m = p.verificationMail!;
    return queuedMailRow(m.key, m.mail, { ...m.meta, requestId: p.id });
  });
  const keyed = ps.filter((p) => p.ctx.idempotency);
  const col = <T>(xs: T[], f: (x: T) => unknown) => xs.map(f);
  return [
    col(ps, (p) => p.id),
    col(ps, (p) => [p.lookupBidx].flat().join(",")),
    col(ps, (p) => p.input.type),
    col(ps, (p) => duplicateWindowStart(p.now).toISOString()),
    col(ps, (p) => (p.ctx.emailQuota ? new Date(p.now.getTime() - 86_400_000).toISOString() : null)),
    col(ps, (p) => p.ipHit?.bucket ?? null),
    col(ps, (p) => p.ipHit?.windowStart.toISOString() ?? null),
    col(ps, (p) => p.ipHit?.rule.limit ?? null),
    [...OPEN_STATUSES],
    ...req.values(ps.map((p) => requestRow(p, null))),
    ...aud.values(audits),
    ...ver.values(ps.map(verificationRow)),
    ...names.values(
      ps.flatMap((p) => nameIndex(p.input.fullName ?? "").map((tokenHash) => ({ tokenHash, requestId: p.id }))),
    ),
    ...mail.values(
      mails.map((m) => ({
        key: m.key,
        status: "queued",
        sealed: m.sealed,
        requestId: m.requestId,
        template: m.template,
        recipientRole: m.recipientRole,
        recipientEnc: m.recipientEnc,
        nextAttemptAt: m.requeueAt,
        priority: m.priority,
      })),
    ),
    col(mails, (m) => m.key),
    col(mails, (m) => JSON.stringify(sendMailJob.payload.parse({ key: m.key, sealed: m.sealed }))),
    col(mails, (m) => m.priority),
    sendMailJob.queue,
    sendMailJob.name,
    col(ps, (p) => p.id),
    ps.map((p, i) => JSON.stringify(webhookEventsOf(audits[i]!, requestSummaryOf(p)))),
    col(audits, (a) => a.at.toISOString()),
    webhookDeliverJob.queue,
    webhookDeliverJob.name,
    col(keyed, (p) => p.ctx.idempotency!.scope),
    col(keyed, (p) => sha(p.ctx.idempotency!.key)),
    col(keyed, (p) => sha(p.ctx.idempotency!.rawBody)),
    col(keyed, (p) => JSON.stringify(submissionResult(p, null))),
    col(keyed, (p) => p.id),
    env().INTAKE_LIMIT_PER_EMAIL_PER_DAY,
    keyed.length,
  ];
}

/** What the intake's webhooks say of the request (what requestSummary would read back). */
export function requestSummaryOf(p: PreparedSubmission) {
  return {
    id: p.id,
    reference: p.reference,
    type: p.input.type,
    status: "unverified" as const,
    regime: p.deadline.regime,
    jurisdiction: p.deadline.jurisdiction,
    channel: p.ctx.channel,
    receivedAt: p.receivedAt.toISOString(),
    verifiedAt: null,
    dueDate: p.deadline.dueDate,
    extendedDueDate: null,
    closedAt: null,
    outcome: null,
    refusalReasonCode: null,
  };
}
