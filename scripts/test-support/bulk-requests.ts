import { sql } from "drizzle-orm";
import { db } from "@/lib/db/client";

/**
 * Inserts `count` bare requests in one statement (for paging tests: fast, no mail, no audit). They
 * carry `regime` — pass a code no real request has, to find exactly them — and due dates spread over
 * `days` days so that many share a due date and the id tie-break is exercised. They are completed, so
 * the deadline watch of the instance under test never alerts anyone about them (open ones would
 * queue a mail per request and delay every other test's mail). Subject columns hold placeholders:
 * nothing that reads these rows decrypts them. Returns their ids.
 */
export async function bulkInsertRequests(p: { count: number; regime: string; days?: number }): Promise<string[]> {
  const { rows } = await db().execute<{ id: string }>(sql`
    insert into requests (reference, type, status, jurisdiction, regime, channel, locale, email_enc, email_bidx,
                          full_name_enc, received_at, verified_at, closed_at, outcome, first_due_date, due_date)
    select 'BULK-' || ${p.regime} || '-' || lpad(n::text, 6, '0'), 'access', 'completed', 'FR', ${p.regime}, 'api',
           'en', 'x', 'bulk-' || ${p.regime} || '-' || n, 'x', now() - interval '2 days', now() - interval '2 days',
           now() - interval '1 day', 'completed',
           current_date + (n % ${p.days ?? 7}), current_date + (n % ${p.days ?? 7})
    from generate_series(1, ${p.count}) n
    returning id`);
  return rows.map((r) => r.id);
}
