import { can, type PolicySubject } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { listComplaints, listDateNotices } from "@/lib/db/queries/complaints";
import type { RequestRow } from "@/lib/db/queries/requests";
import { offersNewDate } from "@/lib/requests/staff/notify-new-date";
import { todayForRequest } from "@/lib/domain/deadline";
import { staffInstantFormatter } from "@/app/(staff)/staff/(app)/components/controller-time";
import { fill } from "@/lib/i18n/fill";
import { ActionForm } from "../../components/action-form";
import { currentStaffLocale, currentStaffWords } from "../../components/staff-words";
import { formatStaffDay } from "@/lib/i18n/staff/format-day";
import { controllerProfile } from "@/lib/env";
import { acknowledgeComplaintAction, answerComplaintAction, notifyNewDateAction } from "./regime-actions";
import { NativeInputEcho } from "../../components/native-input-echo";
import { echoId } from "../../components/echo-id";

/**
 * Duties that only some regimes have: complaints made to us (UK, s. 164A DPA 2018: acknowledge within
 * 30 days, then tell the outcome) and the Swiss "new date" notice (art. 18 al. 2 OPDo for access and portability;
 * our own commitment for the art. 32 nFADP claims, which have no statutory time limit). Shown only when
 * the request has them. Complaint texts are subject content: shown only in a render that audited a view.
 */
export async function RegimeDuties(p: { request: RequestRow; staff: PolicySubject; showSubjectContent: boolean }) {
  const formatAt = await staffInstantFormatter();
  const r = p.request;
  const [complaints, notices] = await Promise.all([
    listComplaints(db(), { requestId: r.id }),
    listDateNotices(db(), { requestId: r.id }),
  ]);
  const mayNotify = offersNewDate(r) && can(p.staff, "request.notify_new_date");
  const mayHandle = can(p.staff, "request.handle_complaint");
  if (complaints.length === 0 && notices.length === 0 && !mayNotify) return null;
  const t = (await currentStaffWords()).regimeDuties;
  const locale = await currentStaffLocale();
  // A legal date as the member's panels write it, with the zone it is counted in ("4 Mar 2027 (Europe/Zurich)").
  const zone = r.controllerTimeZone ?? controllerProfile().timeZone;
  const day = (date: string) => `${formatStaffDay(date, locale)} (${zone})`;
  const statutory = r.type === "access" || r.type === "portability";
  const late = statutory && mayNotify && notices.length === 0 && todayForRequest(new Date(), r) > r.dueDate;
  return (
    <section className="panel" aria-labelledby="h-regime-duties" data-testid="regime-duties">
      {notices.length > 0 || mayNotify ? (
        <>
          <h2 id="h-regime-duties">{statutory ? t.newDateTitle : t.newDateTitleOther}</h2>
          {notices.length > 0 ? (
            <ul data-testid="date-notices">
              {notices.map((n) => (
                <li key={n.id}>
                  {fill(t.told, { at: formatAt(n.createdAt), date: day(n.newDate), reason: n.reason })}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{fill(statutory ? t.dueHint : t.dueHintOther, { date: day(r.dueDate) })}</p>
          )}
          {late ? (
            <p className="alert" role="alert" data-testid="new-date-late">
              {fill(t.lateNotice, { date: day(r.dueDate) })}
            </p>
          ) : null}
          {mayNotify ? (
            <details>
              <summary>{t.notify}</summary>
              <ActionForm
                action={notifyNewDateAction}
                submitLabel={t.notifySubmit}
                pendingLabel={t.sending}
                label={t.notify}
              >
                <input type="hidden" name="requestId" value={r.id} />
                <div className="compact-field">
                  <label htmlFor="new-date">{t.answerBy}</label>
                  <input
                    id="new-date"
                    name="newDate"
                    type="date"
                    required
                    min={r.dueDate}
                    aria-describedby={echoId("new-date")}
                  />
                  <NativeInputEcho inputId="new-date" kind="date" />
                </div>
                <div className="compact-field">
                  <label htmlFor="new-date-reason">{t.whyLate}</label>
                  <textarea id="new-date-reason" name="reason" required minLength={10} maxLength={2000} />
                </div>
              </ActionForm>
            </details>
          ) : null}
        </>
      ) : null}
      {complaints.length > 0 ? (
        <>
          <h2 id={notices.length > 0 || mayNotify ? undefined : "h-regime-duties"}>{t.complaintsTitle}</h2>
          <ol data-testid="complaints">
            {complaints.map((c) => (
              <li key={c.id} data-testid="complaint">
                <p>
                  {fill(t.received, { at: formatAt(c.receivedAt), date: day(c.acknowledgeBy) })}{" "}
                  {c.answeredAt
                    ? fill(t.answered, { at: formatAt(c.answeredAt) })
                    : c.acknowledgedAt
                      ? fill(t.acknowledged, { at: formatAt(c.acknowledgedAt) })
                      : t.notAcknowledged}
                </p>
                {p.showSubjectContent ? <blockquote className="message-body">{c.body}</blockquote> : null}
                {c.outcome && p.showSubjectContent ? <p>{fill(t.outcome, { outcome: c.outcome })}</p> : null}
                {mayHandle && !c.acknowledgedAt ? (
                  <ActionForm action={acknowledgeComplaintAction} submitLabel={t.acknowledge} pendingLabel={t.sending}>
                    <input type="hidden" name="requestId" value={r.id} />
                    <input type="hidden" name="complaintId" value={c.id} />
                  </ActionForm>
                ) : null}
                {mayHandle && !c.answeredAt ? (
                  <details>
                    <summary>{t.tellOutcome}</summary>
                    <ActionForm
                      action={answerComplaintAction}
                      submitLabel={t.sendOutcome}
                      pendingLabel={t.sending}
                      label={t.tellOutcome}
                    >
                      <input type="hidden" name="requestId" value={r.id} />
                      <input type="hidden" name="complaintId" value={c.id} />
                      <div className="compact-field">
                        <label htmlFor={`outcome-${c.id}`}>{t.outcomeLabel}</label>
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
