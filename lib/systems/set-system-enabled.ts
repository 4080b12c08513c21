import { appendAudit } from "@/lib/audit/append";
import { db } from "@/lib/db/client";
import { DomainError } from "@/lib/domain/errors";
import { lockDataSystem, updateDataSystem } from "@/lib/db/queries/data-systems";
import { detail } from "@/lib/domain/error-details";

/**
 * Takes a system in or out of fulfilment: a disabled system gets no new steps and its register facts
 * leave the access report. Setting the state it already has changes nothing and records nothing.
 */
export async function setSystemEnabled(p: {
  staffId: string;
  systemId: string;
  enabled: boolean;
}): Promise<{ changed: boolean }> {
  return db().transaction(async (tx) => {
    const row = await lockDataSystem(tx, { id: p.systemId });
    if (!row) throw new DomainError("not_found", detail("admin.system_not_found"));
    if (row.enabled === p.enabled) return { changed: false };
    await updateDataSystem(tx, { id: row.id, set: { enabled: p.enabled, updatedAt: new Date() } });
    await appendAudit(tx, {
      actor: { type: "staff", id: p.staffId },
      action: p.enabled ? "system.enabled" : "system.disabled",
      payload: { systemId: row.id, key: row.key },
    });
    return { changed: true };
  });
}
