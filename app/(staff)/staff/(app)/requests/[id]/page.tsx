import { StaffLink } from "@/app/(staff)/staff/(app)/components/staff-link";
import { notFound } from "next/navigation";
import { dueBadge } from "@/app/(staff)/staff/(app)/components/staff-display";
import { loadWorkspace } from "@/lib/requests/staff/workspace";
import { isOpenStatus } from "@/lib/domain/vocabulary";
import { requireStaffPage } from "@/lib/http/staff-page";
import { timed } from "@/lib/net/server-timing";
import { ActionForm } from "../../components/action-form";
import { db } from "@/lib/db/client";
import { findRequestAgent } from "@/lib/db/queries/request-agents";
import { AgentPanel } from "./agent-panel"; // authorised agents (issue 13)
import { findDrpAgent, findDrpRequestWithFacts, listDrpCallbacks } from "@/lib/db/queries/drp";
import { DrpPanel } from "./drp-panel"; // Data Rights Protocol agents (issue 15)
import { addNoteAction } from "./actions";
import { ThreadAttachments } from "./thread-attachments"; // thread tools (issue 16)
import { ThreadComposer } from "./thread-composer";
import { controllerProfile } from "@/lib/env";
import { FulfilmentPanel } from "./fulfilment-panel"; // fulfilment (issue 6)
import { IdentityVerification } from "./identity-verification";
import { MailsPanel } from "./mails-panel"; // the request's mails and their state (issue 17)
import { mailPreviews } from "./mail-previews";
import { WorkspaceNotices } from "./right-not-granted-notice";
import { RegimeCorrection } from "./regime-correction";
import { RegimeDuties } from "./regime-duties";
import { AppealPanel } from "./appeal-panel";
import { safeMask } from "./safe-mask";
import { SubjectSpecifics } from "./subject-specifics";
import { WorkspaceActions } from "./workspace-actions";
import { DESTRUCTIVE_ACTIONS } from "@/lib/requests/staff/action-menu";
import { Announcer } from "../../components/announcer";
import { Breakable } from "../../components/breakable";
import { toLocale } from "@/lib/domain/locale";
import { workspaceWords } from "./workspace-words";
import { regimeShortName } from "@/lib/domain/deadline/regime-names";
import { staffTitle } from "@/lib/http/staff-title";
import "./action-menu.css";

export const generateMetadata = staffTitle("request");
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function RequestWorkspace({ params }: { params: Promise<{ id: string }> }) {
  const staff = await requireStaffPage("request.view");
  const { id } = await params;
  if (!UUID.test(id)) notFound();
  const ws = await timed("db.workspace", () => loadWorkspace(id, staff));
  if (!ws) notFound();
  const r = ws.request;
  const { my, all, t, at, day, fill, lookup, who, refusalLimit, eventLabel } = workspaceWords(staff.locale);
  const badge = dueBadge(r, ws.today, my);
  const locale = toLocale(r.locale);
  // Each render with subject content is one audited view (loadWorkspace): who saw whose data, when.
  const subject = ws.subject;
  const maskedEmail = subject ? null : safeMask(r);
  const previews = await timed("mail-previews", () => mailPreviews(ws));
  const agent = await timed("db.agent", () => findRequestAgent(db(), { requestId: r.id }));
  const drp = await timed("db.drp", () => findDrpRequestWithFacts(db(), { requestId: r.id }));
  const drpCallbacks = drp ? await listDrpCallbacks(db(), { requestId: r.id }) : [];
  const drpAgent = drp ? await findDrpAgent(db(), { agentId: drp.link.agentId }) : null;

  return (
    <>
      <p>
        <StaffLink href="/staff/requests">{t.backToQueue}</StaffLink>
      </p>
      <h1>
        <span className="ref">{r.reference}</span> <span className="status">{all.status[r.status]}</span>
      </h1>
      <WorkspaceNotices request={r} regime={ws.deadline.regime} due={day(r.dueDate)} locale={my} />
      <Announcer testId="page-announcer" />
      <div className="workspace">
        <div>
          <section className="panel" aria-labelledby="h-deadline">
            <h2 id="h-deadline">{t.deadline}</h2>
            <dl className="facts">
              <dt>{t.due}</dt>
              <dd>
                <strong>{day(r.dueDate)}</strong> <span className={`badge ${badge.kind}`}>{badge.label}</span>
                {r.pausedAt ? (
                  <span className="muted"> · {fill(t.clockStoppedSince, { at: at(r.pausedAt) })}</span>
                ) : null}
              </dd>
              <dt>{t.received}</dt>
              <dd>{fill(t.receivedVia, { at: at(r.receivedAt), channel: all.channels[r.channel] })}</dd>
              <dt>{t.type}</dt>
              <dd>{all.types[r.type]}</dd>
              <dt>{t.livesIn}</dt>
              <dd>
                {/* The regime by its name, and the holidays that actually moved the date (the UK GDPR counts
                    England & Wales bank holidays whatever the controller; nFADP, CCPA: calendar days). */}
                {r.jurisdiction} ({regimeShortName(ws.deadline.regime, my)}) ·{" "}
                {ws.deadline.holidayCalendar
                  ? fill(t.controllerCalendar, { country: ws.deadline.holidayCalendar })
                  : t.calendarDaysOnly}
              </dd>
              {r.extendedAt ? (
                <>
                  <dt>{t.extended}</dt>
                  <dd>{r.extensionReason}</dd>
                </>
              ) : null}
              {r.refusalReasonCode ? (
                <>
                  <dt>{t.refusal}</dt>
                  <dd>
                    {fill(t.refusalLine, {
                      reason: lookup(all.actions.refusalReasons, r.refusalReasonCode),
                      text: r.refusalReasonText ?? "",
                    })}
                  </dd>
                </>
              ) : null}
            </dl>
            <details>
              <summary>{t.howComputed}</summary>
              <ol className="muted" data-testid="deadline-explanation" lang={my}>
                {ws.deadline.explanation[my].map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ol>
            </details>
            {ws.may["request.verify_identity"] && r.status === "unverified" ? (
              <IdentityVerification requestId={r.id} version={r.version} />
            ) : null}
            {ws.may["request.correct_regime"] && isOpenStatus(r.status) ? <RegimeCorrection request={r} /> : null}
          </section>

          <RegimeDuties request={r} staff={staff} showSubjectContent={subject !== null} />
          <AppealPanel requestId={r.id} locale={my} showSubjectContent={subject !== null} />
          {/* ---- Fulfilment (issue 6): steps, review gates, manual tasks — see fulfilment-panel.tsx ---- */}
          <FulfilmentPanel requestId={r.id} staff={staff} shownVersion={r.version} />
          {/* ---- end fulfilment ---- */}
          <MailsPanel requestId={r.id} staff={staff} />
          <section className="panel" aria-labelledby="h-timeline">
            <h2 id="h-timeline">{t.timeline}</h2>
            {subject ? null : (
              <p className="muted" data-testid="timeline-hidden-note">
                {fill(t.timelineHidden, { role: all.chrome.roles[staff.role] })}
              </p>
            )}
            {ws.timeline.length === 0 ? (
              <p className="muted">{t.nothingYet}</p>
            ) : (
              <ol className="timeline">
                {ws.timeline.map((e, i) => (
                  <li key={i} className={e.kind}>
                    <div className="meta">
                      {at(e.at)} · {who(e.actor)}
                      {e.kind === "message" ? ` · ${e.direction === "inbound" ? t.fromSubject : t.toSubject}` : null}
                      {e.kind === "note" ? ` · ${t.internalNote}` : null}
                    </div>
                    {e.kind === "event" ? (
                      <div>
                        <strong>{eventLabel(ws.deadline.regime, e.code, e.action)}</strong>
                        {e.detail ? <span className="muted"> — {e.detail}</span> : null}
                      </div>
                    ) : e.body === null ? (
                      <div className="muted">{t.textHidden}</div>
                    ) : (
                      <div className="body">{e.body}</div>
                    )}
                  </li>
                ))}
              </ol>
            )}
          </section>

          {/* ---- the thread's tools (issue 16): attachments, composer with reply templates and files ---- */}
          <ThreadAttachments
            requestId={r.id}
            staff={staff}
            timeZone={r.controllerTimeZone ?? controllerProfile().timeZone}
          />
          {ws.may["request.message"] && !r.minimisedAt ? (
            <ThreadComposer request={r} staff={staff} subjectName={subject?.fullName ?? null} />
          ) : null}

          {ws.may["request.note"] ? (
            <section className="panel" aria-labelledby="h-note">
              <h2 id="h-note">{t.noteTitle}</h2>
              <ActionForm
                action={addNoteAction}
                submitLabel={t.addNote}
                pendingLabel={t.saving}
                resetOnSuccess
                label={t.addNoteLabel}
              >
                <input type="hidden" name="requestId" value={r.id} />
                <div className="compact-field">
                  <label htmlFor="note-body">{t.noteLabel}</label>
                  <textarea id="note-body" name="body" required maxLength={5000} />
                </div>
              </ActionForm>
            </section>
          ) : null}
        </div>

        <div>
          <section className="panel" aria-labelledby="h-subject">
            <h2 id="h-subject">{t.subject}</h2>
            {subject ? (
              <dl className="facts" data-testid="subject-details">
                <dt>{t.name}</dt>
                <dd>{subject.fullName}</dd>
                <dt>{t.email}</dt>
                <dd>
                  <Breakable text={subject.email} />
                </dd>
                <dt>{t.language}</dt>
                <dd>{t.subjectLanguages[locale]}</dd>
                {subject.accountReference ? (
                  <>
                    <dt>{t.account}</dt>
                    <dd>{subject.accountReference}</dd>
                  </>
                ) : null}
                {subject.details ? (
                  <>
                    <dt>{t.details}</dt>
                    <dd style={{ whiteSpace: "pre-wrap" }}>{subject.details}</dd>
                  </>
                ) : null}
                {subject.specifics ? <SubjectSpecifics specifics={subject.specifics} locale={my} /> : null}
              </dl>
            ) : (
              <p className="muted" data-testid="subject-hidden-note">
                {fill(t.subjectHidden, { email: maskedEmail ?? "", role: all.chrome.roles[staff.role] })}
              </p>
            )}
            {subject ? <p className="muted">{t.viewRecorded}</p> : null}
          </section>

          {agent ? (
            <AgentPanel
              requestId={r.id}
              agent={agent}
              canSee={subject !== null}
              unverified={r.status === "unverified"}
              role={staff.role}
              t={all.agentPanel}
            />
          ) : null}
          {drp ? (
            <DrpPanel
              facts={drp}
              callbacks={drpCallbacks}
              agentName={drpAgent?.name ?? drp.link.agentId}
              t={all.drpPanel}
              at={at}
              showSubjectContent={subject !== null}
            />
          ) : null}

          <section className="panel" aria-labelledby="h-actions">
            <h2 id="h-actions">{t.actions}</h2>
            <p className="muted" data-testid="assignee-line">
              {fill(t.assigneeLine, {
                name: r.assigneeId ? (ws.assignees.find((a) => a.id === r.assigneeId)?.name ?? t.someone) : t.nobody,
              })}
            </p>
            <WorkspaceActions
              requestId={r.id}
              version={r.version}
              menu={ws.menu}
              destructive={ws.menu.filter((a) => DESTRUCTIVE_ACTIONS.has(a))}
              me={staff.id}
              assigneeId={r.assigneeId}
              assignees={ws.assignees}
              clockStops={ws.deadline.clockStopAllowed}
              extendedDueDate={ws.deadline.extendedDueDate}
              timeZone={r.controllerTimeZone ?? controllerProfile().timeZone}
              refusalReasons={ws.refusalReasons}
              refusalLimit={refusalLimit(ws)}
              previews={previews}
            />
          </section>

          <section className="panel" aria-labelledby="h-dups">
            <h2 id="h-dups">{t.duplicates}</h2>
            {ws.duplicates.length === 0 ? (
              <p className="muted">{t.noDuplicates}</p>
            ) : (
              <ul>
                {ws.duplicates.map((d) => (
                  <li key={d.id}>
                    <StaffLink href={`/staff/requests/${d.id}`} className="ref">
                      {d.reference}
                    </StaffLink>{" "}
                    · {all.types[d.type]} · {all.status[d.status]}
                    {d.id === r.duplicateOf ? t.thisDuplicates : t.duplicateOfThis}
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
