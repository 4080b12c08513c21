import { appendAudit } from "@/lib/audit/append";
import { db } from "@/lib/db/client";
import {
  destroySubjectData,
  listPackagesToDestroy,
  listRequestsDueForMinimising,
  lockRequestToMinimise,
} from "@/lib/db/queries/retention";
import { env } from "@/lib/env";
import { purgeExportFile } from "@/lib/exports/package-store";
import { log } from "@/lib/log";
import { parseRetentionByRegime, retentionGroups, withLegalMinimums, type RetentionPolicy } from "./retention-policy";

const BATCH = 200;

export function retentionPolicy(): RetentionPolicy {
  return { defaultMonths: env().RETENTION_MONTHS, byRegime: parseRetentionByRegime(env().RETENTION_MONTHS_BY_REGIME) };
}

/**
 * Minimises one closed request whose record period ended: in one transaction, under the row's lock,
 * destroys the subject's data (subject fields, blind index, messages, notes, verification, task
 * details, packages and their keys) and writes the audit entry. Run twice, the second finds it
 * minimised and does nothing.
 */
export async function minimiseRequest(p: { requestId: string; months: number; now: Date }): Promise<boolean> {
  return db().transaction(async (tx) => {
    const row = await lockRequestToMinimise(tx, { id: p.requestId });
    if (!row) return false;
    // The package bytes go first: if deleting them fails, nothing is marked minimised and the next run retries.
    for (const pkg of await listPackagesToDestroy(tx, { requestId: row.id })) await purgeExportFile(tx, pkg, p.now);
    const removed = await destroySubjectData(tx, { id: row.id, now: p.now });
    await appendAudit(tx, {
      actor: { type: "system" },
      action: "retention.request_minimised",
      requestId: row.id,
      payload: { closedAt: row.closedAt!.toISOString(), recordMonths: p.months, regime: row.regime, removed },
    });
    return true;
  });
}

/** Scheduled daily: minimises every closed request past its regime's record period, in batches. */
export async function minimiseClosedRequests(
  now = new Date(),
  policy = retentionPolicy(),
): Promise<{ minimised: number }> {
  let minimised = 0;
  // The law's record periods (CCPA, Colorado: 24 months) are floors no configuration shortens.
  for (const group of retentionGroups(withLegalMinimums(policy), now)) {
    for (;;) {
      const due = await listRequestsDueForMinimising(db(), { ...group, limit: BATCH });
      for (const r of due) if (await minimiseRequest({ requestId: r.id, months: group.months, now })) minimised++;
      if (due.length < BATCH) break;
    }
  }
  if (minimised > 0) log.info({ minimised }, "retention: closed requests minimised");
  return { minimised };
}
