import { hashToken } from "@/lib/crypto/tokens";
import { db } from "@/lib/db/client";
import { findRequestByStatusTokenHash } from "@/lib/db/queries/requests";
import type { RequestStatus, RequestType } from "@/lib/domain/vocabulary";

export interface SubjectStatusView {
  reference: string;
  type: RequestType;
  status: RequestStatus;
  receivedAt: Date;
  dueDate: string;
  extended: boolean;
  extensionReason: string | null;
  locale: string;
}

/** What the secret status link shows: scoped by the token hash in the WHERE clause, nothing else. */
export async function subjectStatus(token: string): Promise<SubjectStatusView | null> {
  if (!token || token.length > 200) return null;
  const row = await findRequestByStatusTokenHash(db(), { tokenHash: hashToken(token) });
  if (!row) return null;
  return {
    reference: row.reference,
    type: row.type,
    status: row.status,
    receivedAt: row.receivedAt,
    dueDate: row.dueDate,
    extended: row.extendedAt !== null,
    extensionReason: row.extensionReason,
    locale: row.locale,
  };
}
