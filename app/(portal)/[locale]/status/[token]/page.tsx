import Link from "next/link";
import { notFound } from "next/navigation";
import { statusTokenParam } from "./token-param";
import { branding } from "@/lib/branding/config";
import { subjectTimeline } from "@/lib/requests/subject/timeline";
import { fill } from "@/lib/i18n/fill";
import { formatInstantInZone, formatLocalDate } from "@/lib/i18n/format-date";
import { db } from "@/lib/db/client";
import { completedOutcome } from "@/lib/fulfilment/view/outcome";
import { STATUS_OUTCOME } from "@/lib/i18n/messages/status-outcome";
import { OutcomeSection, RefusalSection } from "./outcome-section";
import { isLocale } from "@/lib/domain/locale";
import { messages } from "@/lib/i18n/messages";
import { ErrorNotice } from "../../../error-notice";
import { CodeInput } from "../../../code-input";
import { sendDownloadCodeFromStatusPage } from "./actions";
import { isReplyError, ReplyForm } from "./reply-form";
import { RegimeRights, statusNotices } from "./regime-rights";
import { subjectRegimeView } from "@/lib/requests/subject/regime-view";
import { subjectAppealView } from "@/lib/requests/appeals/appeal-view";
import { AppealSection } from "./appeal-section";
import { STATUS_REGIME } from "@/lib/i18n/messages/status-regime";
import { STATUS_LATE } from "@/lib/i18n/messages/status-late";
import { ClosedReplyNote, LateNotice } from "./late-notice";

type Search = {
  verified?: string;
  sent?: string;
  withdrawn?: string;
  error?: string;
  code?: string;
  download?: string;
  complained?: string;
  complaint_error?: string;
  appealed?: string;
  appeal_error?: string;
};

export default async function StatusPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; token: string }>;
  searchParams: Promise<Search>;
}) {
  const { locale, token: rawToken } = await params;
  if (!isLocale(locale)) notFound();
  const token = statusTokenParam(rawToken);
  if (token === null) notFound();
  const search = await searchParams;
  const t = messages(locale);
  const s = t.status;
  const view = await subjectTimeline(token);
  if (!view) {
    return (
      <>
        <h1>{s.title}</h1>
        <p className="alert" role="alert">
          {s.notFound}
        </p>
        <p>
          <Link href={`/${locale}/lost-link`}>{t.portal.lostLinkNav}</Link>
        </p>
      </>
    );
  }
  const company = branding().companyName;
  // The requester's own law: its provisions, authority and duties (lib/domain/regime-notices).
  const rv = await subjectRegimeView(view.requestId);
  if (!rv) notFound();
  const appealView = await subjectAppealView(view.requestId);
  const n = statusNotices(locale, rv, view.type);
  const outcome = view.status === "completed" ? await completedOutcome(db(), { ...view, locale }) : null;
  const so = STATUS_OUTCOME[locale];
  // Every instant in the controller's zone, the one the legal dates are counted in, labelled.
  const at = (instant: Date) => formatInstantInZone(instant, locale, view.timeZone);
  const sr = STATUS_REGIME[locale];
  const extendedNote = (reason: string) => fill(sr.extendedNote, { length: n.extensionLength ?? "", reason });
  const replyError = isReplyError(search.error) ? search.error : null;
  const waiting = view.status === "awaiting_subject";
  const downloadError = search.download
    ? (s.downloadErrors[search.download as keyof typeof s.downloadErrors] ?? s.downloadErrors.generic)
    : null;
  return (
    <>
      <h1>
        {s.title} <span className="reference">{view.reference}</span>
      </h1>
      {search.verified ? (
        <p className="notice success" role="status">
          {s.verifiedBanner}
        </p>
      ) : null}
      {search.withdrawn ? (
        <p className="notice success" role="status">
          {s.withdrawnBanner}
        </p>
      ) : null}
      {search.error && !replyError ? <ErrorNotice code={search.error} messages={s.errors} /> : null}

      <dl className="card facts">
        <div>
          <dt>{s.type}</dt>
          <dd>{t.portal.rights[view.type].title}</dd>
        </div>
        <div>
          <dt>{s.state}</dt>
          <dd data-testid="status" className={`status-pill status-${view.status}`}>
            {s.statuses[view.status]}
          </dd>
        </div>
        <div>
          <dt>{s.received}</dt>
          <dd data-testid="received-at">{at(view.receivedAt)}</dd>
        </div>
        {view.open ? (
          <div>
            {/* Overdue (QA F19): the date is a past one, never a promise. */}
            <dt>{view.overdue ? STATUS_LATE[locale].dueDatePassed : s.dueDate}</dt>
            <dd data-testid="due-date" data-date={view.dueDate} data-overdue={view.overdue ? "true" : undefined}>
              {formatLocalDate(view.dueDate, locale)}
              {view.overdue ? ` (${STATUS_LATE[locale].passed})` : view.extended ? ` (${s.extended})` : null}
            </dd>
          </div>
        ) : null}
      </dl>
      {view.extended && view.extensionReason ? (
        <div className="notice" data-testid="extension-note">
          <p>{extendedNote(view.extensionReason)}</p>
          {view.overdue ? null : <p>{fill(so.newDate, { date: formatLocalDate(view.dueDate, locale) })}</p>}
        </div>
      ) : null}
      {view.overdue ? <LateNotice locale={locale} n={n} dueDate={view.dueDate} canWrite={view.canReply} /> : null}
      {/* UK GDPR Art. 12A makes the clock stop law: say so; under GDPR the generic note (EDPB practice). */}
      {view.paused && waiting ? (
        <p className="notice">{rv.regime === "UK_GDPR" ? n.clock.stopped : s.pausedNote}</p>
      ) : null}
      {view.status === "unverified" ? <p className="notice">{s.unverifiedNote}</p> : null}
      {view.status === "rejected" ? (
        <RefusalSection locale={locale} n={n} code={view.refusalReasonCode} text={view.refusalReasonText} />
      ) : null}
      {outcome ? <OutcomeSection locale={locale} n={n} outcome={outcome} /> : null}

      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title">{s.timeline}</h2>
        <ol className="timeline" data-testid="timeline">
          {view.steps.map((step, i) => (
            <li key={i} className={`step step-${step.kind}`}>
              <time dateTime={step.at.toISOString()}>{at(step.at)}</time>
              <span>
                {s.steps[step.kind]}
                {step.kind === "extended" && step.reason ? ` ${extendedNote(step.reason)}` : null}
              </span>
            </li>
          ))}
        </ol>
      </section>

      {view.download ? (
        <section aria-labelledby="download-title" className="card" id="download">
          <h2 id="download-title">{s.download}</h2>
          {view.download.expired ? (
            <>
              <p>{view.download.purged ? fill(so.purged, { date: at(view.download.expiresAt) }) : s.downloadExpired}</p>
              {downloadError ? (
                <p className="alert" role="alert">
                  {view.download.purged ? so.purgedTried : downloadError}
                </p>
              ) : null}
            </>
          ) : (
            <>
              <p>{s.downloadReady}</p>
              {view.type === "access" && n.searchScope ? <p data-testid="search-scope">{n.searchScope}</p> : null}
              {view.download.excludedRecords > 0 ? (
                <p>{fill(so.excluded, { n: view.download.excludedRecords })}</p>
              ) : null}
              <p>
                {fill(s.downloadExpires, { date: at(view.download.expiresAt) })} ·{" "}
                {fill(s.downloadsLeft, { n: view.download.downloadsLeft })}
              </p>
              {search.code === "sent" ? (
                <p className="notice success" role="status">
                  {s.downloadCodeSent}
                </p>
              ) : null}
              <form action={sendDownloadCodeFromStatusPage}>
                <input type="hidden" name="locale" value={locale} />
                <input type="hidden" name="token" value={token} />
                <button className="button secondary" type="submit">
                  {s.downloadSendCode}
                </button>
              </form>
              {/* A plain form POST to the route that streams the file: works without JavaScript. */}
              <form
                method="post"
                action={`/${locale}/status/${encodeURIComponent(token)}/download`}
                className="form"
                style={{ marginTop: "1rem" }}
              >
                <CodeInput id="download-code" label={s.downloadCodeLabel} error={downloadError} />
                <button className="button" type="submit">
                  {s.downloadButton}
                </button>
              </form>
            </>
          )}
        </section>
      ) : null}

      <section aria-labelledby="messages-title" id="messages">
        <h2 id="messages-title">{s.messages}</h2>
        {search.sent ? (
          <p className="notice success" role="status">
            {s.sentMessage}
          </p>
        ) : null}
        {view.messages.length === 0 ? (
          <p className="muted">{s.noMessages}</p>
        ) : (
          <ol className="thread" data-testid="thread">
            {view.messages.map((m) => (
              <li key={m.id} className={`message from-${m.from}`}>
                <p className="message-meta">
                  <strong>{m.from === "you" ? s.fromYou : fill(s.fromStaff, { company })}</strong> ·{" "}
                  <time dateTime={m.at.toISOString()}>{at(m.at)}</time>
                </p>
                <p className="message-body">{m.body}</p>
              </li>
            ))}
          </ol>
        )}
        {view.replyUntil || (!view.open && !view.canReply) ? (
          <ClosedReplyNote locale={locale} replyUntil={view.replyUntil} />
        ) : null}
        {view.canReply ? <ReplyForm locale={locale} token={token} waiting={waiting} error={replyError} /> : null}
      </section>

      <RegimeRights
        locale={locale}
        token={token}
        rv={rv}
        n={n}
        complained={Boolean(search.complained)}
        complaintError={search.complaint_error ?? null}
        timeZone={view.timeZone}
      />

      {appealView ? (
        <AppealSection
          locale={locale}
          token={token}
          view={appealView}
          appealed={Boolean(search.appealed)}
          error={search.appeal_error ?? null}
        />
      ) : null}

      {view.open ? (
        <section aria-labelledby="withdraw-title" className="card withdraw">
          <h2 id="withdraw-title">{s.withdrawTitle}</h2>
          <p>{s.withdrawIntro}</p>
          <Link className="button secondary" href={`/${locale}/status/${encodeURIComponent(token)}/withdraw`}>
            {s.withdrawButton}
          </Link>
        </section>
      ) : null}
      <p className="muted small">{s.privateLink}</p>
    </>
  );
}
