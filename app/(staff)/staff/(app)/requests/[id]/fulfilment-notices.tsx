import { staffInstantFormatter } from "@/app/(staff)/staff/(app)/components/controller-time";
import type { RegimeCode } from "@/lib/domain/deadline/regimes";
import { recipientNoticesView } from "@/lib/fulfilment/view/recipient-notices";
import { fill } from "@/lib/i18n/fill";
import { lookup } from "@/lib/i18n/staff";
import { ActionForm } from "../../components/action-form";
import { currentStaffWords } from "../../components/staff-words";
import { acknowledgeNoticeAction, resendNoticeAction } from "./notice-actions";
import { recipientsWords } from "@/lib/i18n/staff/recipients-words";

/**
 * Art. 19 notices of this request: one per recipient of a system that held the person's records,
 * with Re-send and Mark acknowledged for those who may act on fulfilment steps.
 */
export async function RecipientNotices({
  requestId,
  regime,
  mayAct,
}: {
  requestId: string;
  regime: RegimeCode;
  mayAct: boolean;
}) {
  const formatAt = await staffInstantFormatter();
  const notices = await recipientNoticesView(requestId);
  if (notices.length === 0) return null;
  const open = notices.filter((n) => n.status !== "acknowledged").length;
  const words = await currentStaffWords();
  const t = words.gates.notices;
  return (
    <div className="r19-notices" aria-labelledby="h-notices" data-testid="recipient-notices">
      <h3 id="h-notices">{recipientsWords(words, regime).noticesTitle}</h3>
      <p className="muted small">
        {notices.length === 1 ? t.countOne : fill(t.countMany, { n: notices.length })}{" "}
        {open === 0 ? t.allAcknowledged : fill(t.open, { n: open })}
      </p>
      <ul className="r19-list">
        {notices.map((n) => (
          <li key={n.id} className={`r19-notice r19-${n.status}`} data-testid="recipient-notice">
            <div>
              <strong>{n.recipient}</strong> <span className="muted small">({n.system})</span>
            </div>
            <div className="small">
              {n.email ? <code>{n.email}</code> : null} · {lookup(words.types, n.action)} ·{" "}
              <span data-status={n.status}>{t.status[n.status]}</span>
              {n.sendCount > 0 && n.lastSentAt
                ? fill(n.sendCount === 1 ? t.sentOne : t.sentMany, {
                    n: n.sendCount,
                    at: formatAt(n.lastSentAt),
                  })
                : ""}
              {n.acknowledgedAt ? fill(t.acknowledgedAt, { at: formatAt(n.acknowledgedAt) }) : ""}
              {n.note ? ` — ${n.note}` : ""}
            </div>
            {mayAct && n.status !== "acknowledged" ? (
              <div className="r19-actions">
                {n.email ? (
                  <ActionForm
                    action={resendNoticeAction}
                    submitLabel={t.resend}
                    pendingLabel={t.sending}
                    label={fill(t.resendLabel, { recipient: n.recipient })}
                    className="action-form inline-actions"
                  >
                    <input type="hidden" name="requestId" value={requestId} />
                    <input type="hidden" name="noticeId" value={n.id} />
                  </ActionForm>
                ) : null}
                <ActionForm
                  action={acknowledgeNoticeAction}
                  submitLabel={t.acknowledge}
                  pendingLabel={t.saving}
                  label={fill(t.acknowledgeLabel, { recipient: n.recipient })}
                  className="action-form inline-actions"
                >
                  <input type="hidden" name="requestId" value={requestId} />
                  <input type="hidden" name="noticeId" value={n.id} />
                  <input
                    type="text"
                    name="note"
                    maxLength={1000}
                    placeholder={t.howPlaceholder}
                    aria-label={fill(t.howLabel, { recipient: n.recipient })}
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
