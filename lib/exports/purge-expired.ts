import { appendAudit } from "@/lib/audit/append";
import { db } from "@/lib/db/client";
import { deleteCollectedOfRequest, listClosedRequestsWithCollected } from "@/lib/db/queries/collected-data";
import { listExpiredPackages } from "@/lib/db/queries/exports";
import { purgeExportFile } from "./package-store";

/**
 * Deletes the bytes and keys of expired packages; each purge is audited. Also drops rows collect steps
 * staged for requests closed without a released package (refused, withdrawn). Running it twice purges
 * nothing twice.
 */
export async function purgeExpiredExports(now = new Date()): Promise<{ purged: number; stagingDropped: number }> {
  const expired = await listExpiredPackages(db(), { now, limit: 500 });
  for (const row of expired) {
    await db().transaction(async (tx) => {
      await purgeExportFile(tx, row, now);
      await appendAudit(tx, {
        actor: { type: "system" },
        action: "export.purged",
        requestId: row.requestId,
        payload: { exportId: row.id },
      });
    });
  }
  const closed = await listClosedRequestsWithCollected(db(), { limit: 500 });
  for (const requestId of closed) await deleteCollectedOfRequest(db(), { requestId });
  return { purged: expired.length, stagingDropped: closed.length };
}
