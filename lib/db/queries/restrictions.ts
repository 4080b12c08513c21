import { sql } from "drizzle-orm";
import { decryptMaybe } from "@/lib/crypto/env-keys";
import type { Db } from "../client";

export const RESTRICTIONS_PAGE_SIZE = 50;

export interface RestrictionInForce {
  requestId: string;
  reference: string;
  status: string;
  /** Encrypted subject name ("" once minimised): decrypted only for roles that may see it. */
  fullNameEnc: string;
  /** The Art. 18(1) ground the subject gave (specifics), or null. */
  ground: string | null;
  /** The systems where the restriction succeeded and has not been lifted, by name. */
  systems: string[];
  /** When the first system restricted the data. */
  since: Date;
  controllerTimeZone: string | null;
  /** pending | running | waiting: the subject was (or is being) told; skipped: a lift was cancelled (it may be lifted again). */
  liftNotice: string | null;
  /**
   * When the person last wrote during the notice period of the latest lift (Art. 18(3): read it before the lift
   * runs); null when they did not.
   */
  messageDuringLift: Date | null;
}

/** A page's cursor: the last row's "since" to the microsecond (text, a JS Date would round it) and reference. */
const CURSOR = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z)\|([A-Z]{2,6}-\d{4}-\d{3,})$/;

export function isRestrictionsCursor(value: string): boolean {
  return CURSOR.test(value);
}

/**
 * The register of restrictions in force (Art. 18): restriction requests with at least one system whose
 * `restrict` step succeeded and whose `lift_restriction` step has not, the most recently restricted first
 * (since, then reference as tiebreak: a reference's number says when the request came, not when a system
 * restricted it), keyset paged on both.
 */
export async function listRestrictionsInForce(
  db: Db,
  p: { after?: string | null; limit?: number },
): Promise<{ rows: RestrictionInForce[]; next: string | null }> {
  const limit = p.limit ?? RESTRICTIONS_PAGE_SIZE;
  const cursor = p.after ? CURSOR.exec(p.after) : null;
  const { rows } = await db.execute<{
    request_id: string;
    reference: string;
    status: string;
    full_name_enc: string;
    specifics_enc: string | null;
    systems: string[];
    since: string;
    since_key: string;
    controller_time_zone: string | null;
    lift_notice: string | null;
    message_during_lift: string | null;
  }>(sql`
    select r.id::text as request_id, r.reference, r.status::text as status, r.full_name_enc, r.specifics_enc,
      r.controller_time_zone,
      array_agg(coalesce(s.name, '—') order by s.name) as systems,
      min(t.finished_at) as since,
      to_char(min(t.finished_at) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as since_key,
      (select l.status::text from request_tasks l where l.request_id = r.id and l.operation = 'lift_notice' limit 1) as lift_notice,
      -- The subject's messages that the status page took because a lift was announced (audited as such), since
      -- the latest lift was asked for: an earlier, cancelled lift's messages were read then.
      (select max(m.at) from audit_log m where m.request_id = r.id and m.action = 'request.subject_message'
        and m.payload->>'duringLiftNotice' = 'true'
        and m.seq > (select max(q.seq) from audit_log q where q.request_id = r.id and q.action = 'restriction.lift_requested')
      ) as message_during_lift
    from requests r
    join request_tasks t on t.request_id = r.id and t.operation = 'restrict' and t.status = 'succeeded'
    left join data_systems s on s.id = t.system_id
    where r.type = 'restriction'
      and not exists (
        select 1 from request_tasks l where l.request_id = r.id and l.operation = 'lift_restriction'
          and l.status = 'succeeded' and l.system_id is not distinct from t.system_id)
    group by r.id
    ${cursor ? sql`having (min(t.finished_at), r.reference) < (${cursor[1]}::timestamptz, ${cursor[2]})` : sql``}
    order by min(t.finished_at) desc, r.reference desc
    limit ${limit + 1}`);
  const page = rows.slice(0, limit).map((r) => {
    let ground: string | null = null;
    try {
      const specifics = decryptMaybe(r.specifics_enc, `requests.specifics:${r.request_id}`);
      const g = specifics ? (JSON.parse(specifics) as { restrictionGround?: unknown }).restrictionGround : null;
      ground = typeof g === "string" ? g : null;
    } catch {
      ground = null;
    }
    return {
      requestId: r.request_id,
      reference: r.reference,
      status: r.status,
      fullNameEnc: r.full_name_enc,
      ground,
      systems: r.systems,
      since: new Date(r.since),
      controllerTimeZone: r.controller_time_zone,
      liftNotice: r.lift_notice,
      messageDuringLift: r.message_during_lift ? new Date(r.message_during_lift) : null,
    };
  });
  const last = rows[limit - 1];
  return { rows: page, next: rows.length > limit && last ? `${last.since_key}|${last.reference}` : null };
}
