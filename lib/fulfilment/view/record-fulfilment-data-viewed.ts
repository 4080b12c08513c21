import { appendAudit } from "@/lib/audit/append";
import { db } from "@/lib/db/client";
import type { PreviewSet, RectificationView } from "./types";

export type FulfilmentDataViewed =
  | { part: "package_preview"; sets: PreviewSet[] }
  | { part: "rectification_values"; rectification: RectificationView }
  | { part: "task_values"; notes: number; changes: number };

/**
 * Records that a staff member was shown subject data from the fulfilment panel (the package's records,
 * the rectification values, what a person wrote doing a manual task, the changes to type in by hand), like viewing the subject's details is: what part, and how much, never
 * the values. Called by whoever shows the data, before it is shown.
 */
export async function recordFulfilmentDataViewed(p: { requestId: string; staffId: string } & FulfilmentDataViewed) {
  const payload =
    p.part === "package_preview"
      ? { sets: p.sets.length, rowsShown: p.sets.reduce((n, s) => n + s.rows.length, 0) }
      : p.part === "rectification_values"
        ? { fields: p.rectification.fields.length }
        : { notes: p.notes, changes: p.changes };
  await db().transaction((tx) =>
    appendAudit(tx, {
      actor: { type: "staff", id: p.staffId },
      action: "request.subject_viewed",
      requestId: p.requestId,
      payload: { part: p.part, ...payload },
    }),
  );
}
