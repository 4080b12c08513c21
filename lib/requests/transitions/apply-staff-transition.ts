import { db } from "@/lib/db/client";
import type { RequestRow } from "@/lib/db/queries/requests";
import type { LifecycleAction } from "@/lib/domain/lifecycle";
import { runTransition } from "./run-transition";
import type { StaffRole } from "@/lib/domain/vocabulary";

export interface StaffActionParams {
  requestId: string;
  /** The version the staff member was looking at: a concurrent change makes this a conflict. */
  expectedVersion: number;
  staff: { id: string; role: StaffRole };
}

/** One transaction around one lifecycle transition made by a staff member. */
export async function applyStaffTransition(p: StaffActionParams, action: LifecycleAction): Promise<RequestRow> {
  const { request } = await db().transaction((tx) =>
    runTransition(tx, {
      requestId: p.requestId,
      expectedVersion: p.expectedVersion,
      actor: { kind: "staff", id: p.staff.id, role: p.staff.role },
      action,
    }),
  );
  return request;
}
