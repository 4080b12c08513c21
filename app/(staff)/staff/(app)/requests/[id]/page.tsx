import Link from "next/link";
import { notFound } from "next/navigation";
import { dueBadge, formatInstant, STATUS_LABELS } from "@/app/(staff)/staff/(app)/components/staff-display";
import { loadWorkspace } from "@/lib/requests/staff/workspace";
import { isOpenStatus } from "@/lib/domain/vocabulary";
import { requireStaffPage } from "@/lib/http/staff-page";
import { ActionForm } from "../../components/action-form";
import { addNoteAction, sendMessageAction } from "./actions";
import { FulfilmentPanel } from "./fulfilment-panel"; // fulfilment (issue 6)
import { IdentityVerification } from "./identity-verification";
import { MailsPanel } from "./mails-panel"; // the request's mails and their state (issue 17)
import { mailPreviews } from "./mail-previews";
import { MinimisedNotice } from "./minimised-notice";
import { RegimeCorrection } from "./regime-correction";
import { RegimeDuties } from "./regime-duties";
import { safeMask } from "./safe-mask";
import { WorkspaceActions } from "./workspace-actions";
import { toLocale } from "@/lib/domain/locale";

export const metadata = { title: "Request — privacy requests" };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function RequestWorkspace({ params }: { params: Promise<{ id: string }> }) {
  const staff = await requireStaffPage("request.view");
  const { id } = await params;
  if (!UUID.test(id)) notFound();
  const ws = await loadWorkspace(id, staff);
  if (!ws) notFound();
  const r = ws.request;
  const badge = dueBadge(r, ws.today);
  const locale = toLocale(r.locale);
  // Each render with subject content is one audited view (loadWorkspace): who saw whose data, when.
  const subject = ws.subject;
  const maskedEmail = subject ? null : safeMask(r);

  const previews = await mailPreviews(ws, locale);

  return (
    <>
      <p>
        <Link href="/staff/requests">« Queue</Link>
      </p>
      <h1>
        {r.reference} <span className="status">{STATUS_LABELS[r.status]}</span>
      </h1>
      {r.minimisedAt ? <MinimisedNotice at={r.minimisedAt} /> : null}
      <div className="workspace">
        <div>
          <section className="panel" aria-labelledby="h-deadline">
            <h2 id="h-deadline">Deadline</h2>
            <dl className="facts">
              <dt>Due</dt>
              <dd>
                <strong>{r.dueDate}</strong> <span className={`badge ${badge.kind}`}>{badge.label}</span>
                {r.pausedAt ? <span className="muted"> · clock stopped since {formatInstant(r.pausedAt)}</span> : null}
              </dd>
              <dt>Received</dt>
              <dd>
                {formatInstant(r.receivedAt)} via {r.channel}
              </dd>
              <dt>Type</dt>
              <dd>{r.type}</dd>
              <dt>Lives in</dt>
              <dd>
                {r.jurisdiction} ({r.regime}) · controller calendar {r.controllerCountry ?? r.jurisdiction}
              </dd>
              {r.extendedAt ? (
                <>
                  <dt>Extended</dt>
                  <dd>{r.extensionReason}</dd>
                </>
              ) : null}
              {r.refusalReasonCode ? (
                <>
                  <dt>Refusal</dt>
                  <dd>
                    {r.refusalReasonCode}: {r.refusalReasonText}
                  </dd>
                </>
              ) : null}
            </dl>
            <details>
              <summary>How this date is computed</summary>
              <ol className="muted" data-testid="deadline-explanation">
                {ws.deadline.explanation.en.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ol>
            </details>
            {ws.may["request.verify_identity"] && r.status === "unverified" ? (
              <IdentityVerification requestId={r.id} version={r.version} />
            ) : null}
            {ws.may["request.correct_regime"] && isOpenStatus(r.status) ? (
              <RegimeCorrection requestId={r.id} version={r.version} jurisdiction={r.jurisdiction} />
            ) : null}
          </section>

          <RegimeDuties request={r} staff={staff} showSubjectContent={subject !== null} />
          {/* ---- Fulfilment (issue 6): steps, review gates, manual tasks — see fulfilment-panel.tsx ---- */}
          <FulfilmentPanel requestId={r.id} staff={staff} shownVersion={r.version} />
          {/* ---- end fulfilment ---- */}
          <MailsPanel requestId={r.id} staff={staff} />
          <section className="panel" aria-labelledby="h-timeline">
            <h2 id="h-timeline">Timeline</h2>
            {subject ? null : (
              <p className="muted" data-testid="timeline-hidden-note">
                Message and note texts are hidden: your role ({staff.role}) does not show subject data, and messages and
                notes are written by or about the subject. Who wrote them, and when, is shown.
              </p>
            )}
            {ws.timeline.length === 0 ? (
              <p className="muted">Nothing yet.</p>
            ) : (
              <ol className="timeline">
                {ws.timeline.map((e, i) => (
                  <li key={i} className={e.kind}>
                    <div className="meta">
                      {formatInstant(e.at)} · {e.actor}
                      {e.kind === "message"
                        ? ` · ${e.direction === "inbound" ? "message from the subject" : "message to the subject"}`
                        : null}
                      {e.kind === "note" ? " · internal note" : null}
                    </div>
                    {e.kind === "event" ? (
                      <div>
                        <strong>{e.action}</strong>
                        {e.detail ? <span className="muted"> — {e.detail}</span> : null}
                      </div>
                    ) : e.body === null ? (
                      <div className="muted">(text hidden)</div>
                    ) : (
                      <div className="body">{e.body}</div>
                    )}
                  </li>
                ))}
              </ol>
            )}
          </section>

          {ws.may["request.message"] && !r.minimisedAt ? (
            <section className="panel" aria-labelledby="h-message">
              <h2 id="h-message">Message the subject</h2>
              <ActionForm
                action={sendMessageAction}
                submitLabel="Send message"
                pendingLabel="Sending…"
                resetOnSuccess
                label="Message the subject"
              >
                <input type="hidden" name="requestId" value={r.id} />
                <div className="compact-field">
                  <label htmlFor="message-body">
                    Message (sent in {locale === "fr" ? "French" : "English"}, the subject&apos;s language, with the
                    standard greeting and status link)
                  </label>
                  <textarea id="message-body" name="message" required maxLength={5000} />
                </div>
              </ActionForm>
            </section>
          ) : null}

          {ws.may["request.note"] ? (
            <section className="panel" aria-labelledby="h-note">
              <h2 id="h-note">Internal note</h2>
              <ActionForm
                action={addNoteAction}
                submitLabel="Add note"
                pendingLabel="Saving…"
                resetOnSuccess
                label="Add an internal note"
              >
                <input type="hidden" name="requestId" value={r.id} />
                <div className="compact-field">
                  <label htmlFor="note-body">Note (staff only, never sent)</label>
                  <textarea id="note-body" name="body" required maxLength={5000} />
                </div>
              </ActionForm>
            </section>
          ) : null}
        </div>

        <div>
          <section className="panel" aria-labelledby="h-subject">
            <h2 id="h-subject">Subject</h2>
            {subject ? (
              <dl className="facts" data-testid="subject-details">
                <dt>Name</dt>
                <dd>{subject.fullName}</dd>
                <dt>E-mail</dt>
                <dd>{subject.email}</dd>
                <dt>Language</dt>
                <dd>{r.locale}</dd>
                {subject.accountReference ? (
                  <>
                    <dt>Account</dt>
                    <dd>{subject.accountReference}</dd>
                  </>
                ) : null}
                {subject.details ? (
                  <>
                    <dt>Details</dt>
                    <dd style={{ whiteSpace: "pre-wrap" }}>{subject.details}</dd>
                  </>
                ) : null}
                {subject.specifics ? (
                  <>
                    <dt>Specifics</dt>
                    <dd>
                      <code>{JSON.stringify(subject.specifics)}</code>
                    </dd>
                  </>
                ) : null}
              </dl>
            ) : (
              <p className="muted" data-testid="subject-hidden-note">
                E-mail {maskedEmail}. Hidden: the subject&apos;s name, account, details and the texts of messages, notes
                and fulfilment data, because your role ({staff.role}) does not show subject data.
              </p>
            )}
            {subject ? <p className="muted">This view is recorded in the audit log.</p> : null}
          </section>

          <section className="panel" aria-labelledby="h-actions">
            <h2 id="h-actions">Actions</h2>
            <p className="muted">
              Assignee: {r.assigneeId ? (ws.assignees.find((a) => a.id === r.assigneeId)?.name ?? "someone") : "nobody"}{" "}
              · version {r.version}
            </p>
            <WorkspaceActions
              requestId={r.id}
              version={r.version}
              actions={ws.actions}
              me={staff.id}
              assigneeId={r.assigneeId}
              canAssignOthers={ws.may["request.assign_others"] === true}
              assignees={ws.assignees}
              clockStops={ws.deadline.clockStopAllowed}
              extendedDueDate={ws.deadline.extendedDueDate}
              previews={previews}
            />
          </section>

          <section className="panel" aria-labelledby="h-dups">
            <h2 id="h-dups">Linked duplicates</h2>
            {ws.duplicates.length === 0 ? (
              <p className="muted">None.</p>
            ) : (
              <ul>
                {ws.duplicates.map((d) => (
                  <li key={d.id}>
                    <Link href={`/staff/requests/${d.id}`}>{d.reference}</Link> · {d.type} · {STATUS_LABELS[d.status]}
                    {d.id === r.duplicateOf ? " (this request duplicates it)" : " (duplicate of this one)"}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      </div>
    </>
  );
}
