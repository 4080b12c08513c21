import { db } from "@/lib/db/client";
import type { RequestRow } from "@/lib/db/queries/requests";
import { listTasks } from "@/lib/db/queries/tasks";
import type { StaffActionParams } from "./apply-staff-transition";
import { DomainError } from "@/lib/domain/errors";
import { runTransition } from "./run-transition";

/**
 * Approves the answer and closes the request by hand; mails the subject. Refused while the
 * fulfilment plan still has steps to run or decide: closing then would leave a package unapproved
 * or an erasure half done. (Refusing the request stays possible and stops the plan.)
 */
export async function completeRequest(p: StaffActionParams): Promise<RequestRow> {
  const { request } = await db().transaction(async (tx) => {
    const unfinished = (await listTasks(tx, { requestId: p.requestId })).filter(
      (t) => t.status !== "succeeded" && t.status !== "skipped",
    );
    if (unfinished.length > 0) {
      throw new DomainError(
        "invalid_transition",
        "The fulfilment steps are not finished: approve, complete or retry them first (they close the request themselves), or refuse the request.",
      );
    }
    return runTransition(tx, {
      requestId: p.requestId,
      expectedVersion: p.expectedVersion,
      actor: { kind: "staff", id: p.staff.id, role: p.staff.role },
      action: { type: "complete" },
    });
  });
  return request;
}
