import { formatInstant } from "@/app/(staff)/staff/(app)/components/staff-display";
import { recipientNoticesView, type NoticeView } from "@/lib/fulfilment/view/recipient-notices";
import { ActionForm } from "../../components/action-form";
import { acknowledgeNoticeAction, resendNoticeAction } from "./notice-actions";

const STATUS: Record<NoticeView["status"], string> = {
  sent: "Sent, not acknowledged",
  no_address: "No address: tell them another way",
  acknowledged: "Acknowledged",
};

/**
 * Art. 19 notices of this request: one per recipient of a system that held the person's records,
 * with Re-send and Mark acknowledged for those who may act on fulfilment steps.
 */
export async function RecipientNotices({ requestId, mayAct }: { requestId: string; mayAct: boolean }) {
  const notices = await recipientNoticesView(requestId);
  if (notices.length === 0) return null;
  const open = notices.filter((n) => n.status !== "acknowledged").length;
  return (
    <div className="r19-notices" aria-labelledby="h-notices" data-testid="recipient-notices">
      <h3 id="h-notices">Recipients notified (Art. 19)</h3>
      <p className="muted small">
        {notices.length} recipient{notices.length === 1 ? "" : "s"} of the systems that held this person&apos;s data;{" "}
        {open === 0 ? "all acknowledged." : `${open} not acknowledged yet.`}
      </p>
      <ul className="r19-list">
        {notices.map((n) => (
          <li key={n.id} className={`r19-notice r19-${n.status}`} data-testid="recipient-notice">
            <div>
              <strong>{n.recipient}</strong> <span className="muted small">({n.system})</span>
            </div>
            <div className="small">
              {n.email ? <code>{n.email}</code> : null} · {n.action} ·{" "}
              <span data-status={n.status}>{STATUS[n.status]}</span>
              {n.sendCount > 0 && n.lastSentAt
                ? ` · sent ${n.sendCount} time${n.sendCount === 1 ? "" : "s"}, last ${formatInstant(n.lastSentAt)}`
                : ""}
              {n.acknowledgedAt ? ` · acknowledged ${formatInstant(n.acknowledgedAt)}` : ""}
              {n.note ? ` — ${n.note}` : ""}
            </div>
            {mayAct && n.status !== "acknowledged" ? (
              <div className="r19-actions">
                {n.email ? (
                  <ActionForm
                    action={resendNoticeAction}
                    submitLabel="Re-send"
                    pendingLabel="Sending…"
                    label={`Re-send the notice to ${n.recipient}`}
                    className="action-form inline-actions"
                  >
                    <input type="hidden" name="requestId" value={requestId} />
                    <input type="hidden" name="noticeId" value={n.id} />
                  </ActionForm>
                ) : null}
                <ActionForm
                  action={acknowledgeNoticeAction}
                  submitLabel="Mark acknowledged"
                  pendingLabel="Saving…"
                  label={`Mark the notice to ${n.recipient} acknowledged`}
                  className="action-form inline-actions"
                >
                  <input type="hidden" name="requestId" value={requestId} />
                  <input type="hidden" name="noticeId" value={n.id} />
                  <input
                    type="text"
                    name="note"
                    maxLength={1000}
                    placeholder="How (optional), e.g. reply from their DPO"
                    aria-label={`How ${n.recipient} acknowledged (optional)`}
                  />
                </ActionForm>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
