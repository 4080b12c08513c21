import { appendAudit } from "@/lib/audit/append";
import { db } from "@/lib/db/client";
import { listExpiredPackages } from "@/lib/db/queries/exports";
import { purgeExportFile } from "./package-store";

/** Deletes the files of expired packages; each purge is audited. Running it twice purges nothing twice. */
export async function purgeExpiredExports(now = new Date()): Promise<{ purged: number }> {
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
  return { purged: expired.length };
}
