import { can, type PolicySubject } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { listComplaints, listDateNotices } from "@/lib/db/queries/complaints";
import type { RequestRow } from "@/lib/db/queries/requests";
import { offersNewDate } from "@/lib/requests/staff/notify-new-date";
import { formatInstant } from "@/app/(staff)/staff/(app)/components/staff-display";
import { ActionForm } from "../../components/action-form";
import { acknowledgeComplaintAction, answerComplaintAction, notifyNewDateAction } from "./regime-actions";

/**
 * Duties that only some regimes have: complaints made to us (UK, s. 164A DPA 2018: acknowledge within
 * 30 days, then tell the outcome) and the Swiss "new date" notice (art. 18 al. 3 OPDo). Shown only when
 * the request has them. Complaint texts are subject content: shown only in a render that audited a view.
 */
export async function RegimeDuties(p: { request: RequestRow; staff: PolicySubject; showSubjectContent: boolean }) {
  const r = p.request;
  const [complaints, notices] = await Promise.all([
    listComplaints(db(), { requestId: r.id }),
    listDateNotices(db(), { requestId: r.id }),
  ]);
  const mayNotify = offersNewDate(r) && can(p.staff, "request.notify_new_date");
  const mayHandle = can(p.staff, "request.handle_complaint");
  if (complaints.length === 0 && notices.length === 0 && !mayNotify) return null;
  return (
    <section className="panel" aria-labelledby="h-regime-duties" data-testid="regime-duties">
      {notices.length > 0 || mayNotify ? (
        <>
          <h2 id="h-regime-duties">New date (nFADP, art. 18 al. 3 OPDo)</h2>
          {notices.length > 0 ? (
            <ul data-testid="date-notices">
              {notices.map((n) => (
                <li key={n.id}>
                  Told on {formatInstant(n.createdAt)}: answer by <strong>{n.newDate}</strong> — {n.reason}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">
              The legal due date is {r.dueDate}. If we cannot answer by then, tell the person when we will.
            </p>
          )}
          {mayNotify ? (
            <details>
              <summary>Notify a new date</summary>
              <ActionForm
                action={notifyNewDateAction}
                submitLabel="Notify the new date"
                pendingLabel="Sending…"
                label="Notify a new date"
              >
                <input type="hidden" name="requestId" value={r.id} />
                <div className="compact-field">
                  <label htmlFor="new-date">We will answer by</label>
                  <input id="new-date" name="newDate" type="date" required min={r.dueDate} />
                </div>
                <div className="compact-field">
                  <label htmlFor="new-date-reason">Why we cannot answer within 30 days (sent to the person)</label>
                  <textarea id="new-date-reason" name="reason" required minLength={10} maxLength={2000} />
                </div>
              </ActionForm>
            </details>
          ) : null}
        </>
      ) : null}
      {complaints.length > 0 ? (
        <>
          <h2 id={notices.length > 0 || mayNotify ? undefined : "h-regime-duties"}>
            Complaints to us (s. 164A DPA 2018)
          </h2>
          <ol data-testid="complaints">
            {complaints.map((c) => (
              <li key={c.id} data-testid="complaint">
                <p>
                  Received {formatInstant(c.receivedAt)} · acknowledge by <strong>{c.acknowledgeBy}</strong> ·{" "}
                  {c.answeredAt
                    ? `answered ${formatInstant(c.answeredAt)}`
                    : c.acknowledgedAt
                      ? `acknowledged ${formatInstant(c.acknowledgedAt)}`
                      : "not acknowledged yet"}
                </p>
                {p.showSubjectContent ? <blockquote className="message-body">{c.body}</blockquote> : null}
                {c.outcome && p.showSubjectContent ? <p>Outcome: {c.outcome}</p> : null}
                {mayHandle && !c.acknowledgedAt ? (
                  <ActionForm
                    action={acknowledgeComplaintAction}
                    submitLabel="Acknowledge complaint"
                    pendingLabel="Sending…"
                  >
                    <input type="hidden" name="requestId" value={r.id} />
                    <input type="hidden" name="complaintId" value={c.id} />
                  </ActionForm>
                ) : null}
                {mayHandle && !c.answeredAt ? (
                  <details>
                    <summary>Tell the outcome</summary>
                    <ActionForm
                      action={answerComplaintAction}
                      submitLabel="Send the outcome"
                      pendingLabel="Sending…"
                      label="Tell the outcome"
                    >
                      <input type="hidden" name="requestId" value={r.id} />
                      <input type="hidden" name="complaintId" value={c.id} />
                      <div className="compact-field">
                        <label htmlFor={`outcome-${c.id}`}>Outcome (sent to the person)</label>
                        <textarea id={`outcome-${c.id}`} name="outcome" required minLength={10} maxLength={5000} />
                      </div>
                    </ActionForm>
                  </details>
                ) : null}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
