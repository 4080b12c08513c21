import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import type { RegimeCode } from "@/lib/domain/deadline";
import { db } from "@/lib/db/client";

/**
 * Inserts `count` bare requests in one statement (for paging tests: fast, no mail, no audit). They
 * carry a real `regime` and `assigneeId` — pass a staff member made for the test, and filter by it to
 * find exactly them — and due dates spread over `days` days so that many share a due date and the id
 * tie-break is exercised. They are completed, so the deadline watch of the instance under test never
 * alerts anyone about them (open ones would queue a mail per request and delay every other test's mail).
 * Subject columns hold placeholders: nothing that reads these rows decrypts them. Returns their ids.
 */
export async function bulkInsertRequests(p: {
  count: number;
  regime: RegimeCode;
  assigneeId: string;
  days?: number;
}): Promise<string[]> {
  // References and blind indexes must be unique across runs: a random tag, not the regime.
  const tag = randomBytes(5).toString("hex").toUpperCase();
  const { rows } = await db().execute<{ id: string }>(sql`
    insert into requests (reference, type, status, jurisdiction, regime, channel, locale, email_enc, email_bidx,
                          full_name_enc, received_at, verified_at, closed_at, outcome, first_due_date, due_date,
                          assignee_id)
    select 'BULK-' || ${tag} || '-' || lpad(n::text, 6, '0'), 'access', 'completed', 'FR', ${p.regime}, 'api',
           'en', 'x', 'bulk-' || ${tag} || '-' || n, 'x', now() - interval '2 days', now() - interval '2 days',
           now() - interval '1 day', 'completed',
           current_date + (n % ${p.days ?? 7}), current_date + (n % ${p.days ?? 7}), ${p.assigneeId}::uuid
    from generate_series(1, ${p.count}) n
    returning id`);
  return rows.map((r) => r.id);
}
