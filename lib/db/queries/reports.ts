import { sql } from "drizzle-orm";
import type { Db } from "../client";

export type CcpaMetricsRow = {
  type: string;
  received: number;
  compliedWholeOrPart: number;
  denied: number;
  medianDays: number | null;
  meanDays: number | null;
};

/**
 * CCPA §7102 metrics for one calendar year, per request type: received, complied with in whole or in
 * part, denied, and the median and mean days to respond (over the requests answered). Only requests
 * of California consumers count (regime CCPA): § 7102(a) reports the requests of "consumers", Cal. Civ.
 * Code § 1798.140(i) "a natural person who is a California resident"; a French or a Virginian's request
 * is not a CCPA request and would inflate every figure.
 */
export async function ccpaMetrics(db: Db, p: { from: Date; to: Date }): Promise<CcpaMetricsRow[]> {
  const { rows } = await db.execute<CcpaMetricsRow>(sql`
    select type::text as type,
           count(*)::int as received,
           count(*) filter (where status = 'completed')::int as "compliedWholeOrPart",
           count(*) filter (where status = 'rejected')::int as denied,
           (percentile_cont(0.5) within group (order by extract(epoch from closed_at - received_at) / 86400)
              filter (where status in ('completed','rejected')))::float as "medianDays",
           (avg(extract(epoch from closed_at - received_at) / 86400) filter (where status in ('completed','rejected')))::float as "meanDays"
    from requests
    where regime = 'CCPA' and received_at >= ${p.from} and received_at < ${p.to}
    group by type order by type`);
  return rows;
}

export type RegisterRow = {
  id: string;
  reference: string;
  receivedAt: Date;
  type: string;
  channel: string;
  jurisdiction: string;
  status: string;
  closedAt: Date | null;
  outcome: string | null;
  refusalReasonCode: string | null;
  refusalReasonText: string | null;
  /** Exact (microsecond) cursor value, so keyset paging never skips or repeats a row. */
  cursor: string;
};

/**
 * The register of requests (Art. 5(2) accountability, CCPA §7101), keyset-paged by (received_at, id)
 * so a CSV of any size streams in constant memory.
 */
export async function registerPage(
  db: Db,
  p: { from: Date; to: Date; after?: { cursor: string; id: string }; limit: number },
): Promise<RegisterRow[]> {
  const after = p.after ? sql`and (received_at, id) > (${p.after.cursor}::timestamptz, ${p.after.id}::uuid)` : sql``;
  const { rows } = await db.execute<Record<string, unknown>>(sql`
    select id, reference, received_at, received_at::text as cursor, type::text as type, channel::text as channel, jurisdiction, status::text as status,
           closed_at, outcome, refusal_reason_code, refusal_reason_text
    from requests
    where received_at >= ${p.from} and received_at < ${p.to} ${after}
    order by received_at, id
    limit ${p.limit}`);
  return rows.map((r) => ({
    id: r.id as string,
    reference: r.reference as string,
    receivedAt: new Date(r.received_at as string),
    type: r.type as string,
    channel: r.channel as string,
    jurisdiction: r.jurisdiction as string,
    status: r.status as string,
    closedAt: r.closed_at ? new Date(r.closed_at as string) : null,
    outcome: r.outcome as string | null,
    refusalReasonCode: r.refusal_reason_code as string | null,
    refusalReasonText: r.refusal_reason_text as string | null,
    cursor: r.cursor as string,
  }));
}
