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
  /** pending | running | waiting: the subject was (or is being) told; skipped: a lift was cancelled. */
  liftNotice: string | null;
}

/**
 * The register of restrictions in force (Art. 18): restriction requests with at least one system whose
 * `restrict` step succeeded and whose `lift_restriction` step has not, newest reference first, keyset
 * paged on the reference (unique, and chronological by construction: DSR-YYYY-NNNNNN).
 */
export async function listRestrictionsInForce(
  db: Db,
  p: { after?: string | null; limit?: number },
): Promise<{ rows: RestrictionInForce[]; next: string | null }> {
  const limit = p.limit ?? RESTRICTIONS_PAGE_SIZE;
  const { rows } = await db.execute<{
    request_id: string;
    reference: string;
    status: string;
    full_name_enc: string;
    specifics_enc: string | null;
    systems: string[];
    since: string;
    controller_time_zone: string | null;
    lift_notice: string | null;
  }>(sql`
    select r.id::text as request_id, r.reference, r.status::text as status, r.full_name_enc, r.specifics_enc,
      r.controller_time_zone,
      array_agg(coalesce(s.name, '—') order by s.name) as systems,
      min(t.finished_at) as since,
      (select l.status::text from request_tasks l where l.request_id = r.id and l.operation = 'lift_notice' limit 1) as lift_notice
    from requests r
    join request_tasks t on t.request_id = r.id and t.operation = 'restrict' and t.status = 'succeeded'
    left join data_systems s on s.id = t.system_id
    where r.type = 'restriction'
      and not exists (
        select 1 from request_tasks l where l.request_id = r.id and l.operation = 'lift_restriction'
          and l.status = 'succeeded' and l.system_id is not distinct from t.system_id)
      ${p.after ? sql`and r.reference < ${p.after}` : sql``}
    group by r.id
    order by r.reference desc
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
    };
  });
  return { rows: page, next: rows.length > limit ? page[page.length - 1]!.reference : null };
}
