import { db } from "@/lib/db/client";
import { findAppealOfRequest } from "@/lib/db/queries/appeals";
import { findRequest } from "@/lib/db/queries/requests";
import { appealOpenUntilFor } from "./file-appeal";

export interface SubjectAppealView {
  /** The last local date (controller's calendar) the refusal can be appealed; null: not offered now. */
  openUntil: string | null;
  appeal: {
    receivedAt: Date;
    decideBy: string;
    decision: "granted" | "denied" | null;
    decisionReason: string | null;
    decidedAt: Date | null;
  } | null;
}

/**
 * What the status page shows about an appeal. `requestId` comes from the token-scoped timeline: the
 * caller already proved the token. The subject sees their appeal's state, never who decided it.
 */
export async function subjectAppealView(requestId: string, now = new Date()): Promise<SubjectAppealView | null> {
  const row = await findRequest(db(), { id: requestId });
  if (!row) return null;
  const appeal = await findAppealOfRequest(db(), { requestId });
  return {
    openUntil: appeal ? null : appealOpenUntilFor(row, now),
    appeal: appeal
      ? {
          receivedAt: appeal.receivedAt,
          decideBy: appeal.decideBy,
          decision: appeal.decision,
          decisionReason: appeal.decisionReason,
          decidedAt: appeal.decidedAt,
        }
      : null,
  };
}
