import { db } from "@/lib/db/client";
import { requireAssignableStaff } from "@/lib/requests/transitions/assignment-rules";
import { runStaffTransition } from "@/lib/requests/transitions/run-staff-transition";
import { isDomainError } from "@/lib/domain/errors";
import type { StaffRole } from "@/lib/domain/vocabulary";

export interface BulkAssignOutcome {
  assigned: number;
  failed: { requestId: string; code: string }[];
}

/**
 * Assigns several requests, each in its own transaction with the version the queue showed: a
 * request someone changed meanwhile is reported as a conflict, the others still go through.
 */
export async function bulkAssign(p: {
  items: { requestId: string; version: number }[];
  assigneeId: string | null;
  staff: { id: string; role: StaffRole };
}): Promise<BulkAssignOutcome> {
  // One refusal with the field for a target nobody can assign to, not one failure per request.
  if (p.assigneeId) await requireAssignableStaff(db(), p.assigneeId);
  const out: BulkAssignOutcome = { assigned: 0, failed: [] };
  for (const item of p.items) {
    try {
      await runStaffTransition(
        { type: "assign", requestId: item.requestId, version: item.version, assigneeId: p.assigneeId },
        p.staff,
      );
      out.assigned += 1;
    } catch (err) {
      if (!isDomainError(err)) throw err;
      out.failed.push({ requestId: item.requestId, code: err.code });
    }
  }
  return out;
}
