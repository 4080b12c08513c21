import { db } from "@/lib/db/client";
import { listNotices, type NoticeStatus } from "@/lib/db/queries/recipient-notices";

export interface NoticeView {
  id: string;
  system: string;
  recipient: string;
  email: string | null;
  action: string;
  status: NoticeStatus;
  sendCount: number;
  lastSentAt: Date | null;
  acknowledgedAt: Date | null;
  note: string | null;
}

/** A request's Art. 19 notices for the workspace (business contacts, no subject data). */
export async function recipientNoticesView(requestId: string): Promise<NoticeView[]> {
  const rows = await listNotices(db(), { requestId });
  return rows.map((n) => ({
    id: n.id,
    system: n.systemName,
    recipient: n.recipientName,
    email: n.recipientEmail,
    action: n.action,
    status: n.status as NoticeStatus,
    sendCount: n.sendCount,
    lastSentAt: n.lastSentAt,
    acknowledgedAt: n.acknowledgedAt,
    note: n.acknowledgementNote,
  }));
}
