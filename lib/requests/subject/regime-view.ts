import { db } from "@/lib/db/client";
import { listComplaints, listDateNotices, type DateNotice } from "@/lib/db/queries/complaints";
import { findRequest } from "@/lib/db/queries/requests";
import type { RegimeCode } from "@/lib/domain/deadline";
import { regimeOfRequest } from "@/lib/mail/templates/regime-params";
import { offersControllerComplaint } from "@/lib/requests/complaints/complain-as-subject";

export interface SubjectComplaint {
  receivedAt: Date;
  acknowledgeBy: string;
  acknowledgedAt: Date | null;
  answeredAt: Date | null;
  outcome: string | null;
}

export interface SubjectRegimeView {
  regime: RegimeCode;
  residence: string;
  /** UK: the subject may complain to us from the status page (s. 164A DPA 2018). */
  offersComplaint: boolean;
  complaints: SubjectComplaint[];
  /** nFADP: the dates we told the person we would answer by (art. 18 al. 2 OPDo), latest first. */
  dateNotices: DateNotice[];
}

/**
 * What the status page says about the requester's law. `requestId` comes from the token-scoped
 * timeline (subjectTimeline): the caller already proved the token. The subject sees their own
 * complaints' state and our answers, not staff names.
 */
export async function subjectRegimeView(requestId: string): Promise<SubjectRegimeView | null> {
  const row = await findRequest(db(), { id: requestId });
  if (!row) return null;
  const [complaints, dateNotices] = await Promise.all([
    listComplaints(db(), { requestId }),
    listDateNotices(db(), { requestId }),
  ]);
  return {
    regime: regimeOfRequest(row),
    residence: row.jurisdiction,
    offersComplaint: offersControllerComplaint(row),
    complaints: complaints.map((c) => ({
      receivedAt: c.receivedAt,
      acknowledgeBy: c.acknowledgeBy,
      acknowledgedAt: c.acknowledgedAt,
      answeredAt: c.answeredAt,
      outcome: c.outcome,
    })),
    dateNotices,
  };
}
