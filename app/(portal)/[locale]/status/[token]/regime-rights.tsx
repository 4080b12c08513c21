import { controllerProfile } from "@/lib/env";
import { fill } from "@/lib/i18n/fill";
import { formatInstant, formatLocalDate } from "@/lib/i18n/format-date";
import { STATUS_REGIME } from "@/lib/i18n/messages/status-regime";
import type { Locale } from "@/lib/domain/locale";
import { regimeNotices, type RegimeNotices } from "@/lib/domain/regime-notices";
import { COMPLAINT_MAX_LENGTH } from "@/lib/requests/complaints/complain-as-subject";
import type { SubjectRegimeView } from "@/lib/requests/subject/regime-view";
import { complainFromStatusPage } from "./complaint-actions";

/** The requester's regime's sentences, with the controller's lead authority and the resident's own (Art. 77 GDPR). */
export function statusNotices(
  locale: Locale,
  rv: Pick<SubjectRegimeView, "regime" | "residence">,
  requestType?: string,
): RegimeNotices {
  return regimeNotices(rv.regime, locale, {
    lead: controllerProfile().authority,
    residence: rv.residence,
    requestType,
  });
}

/** The complaint routes and the judicial remedy, one paragraph each. */
export function ComplaintLines({ n }: { n: RegimeNotices }) {
  return (
    <>
      {n.complaint.map((line, i) => (
        <p key={i}>{line}</p>
      ))}
      {n.judicialRemedy ? <p>{n.judicialRemedy}</p> : null}
    </>
  );
}

/**
 * What the subject's own law gives them, on the status page: the time limit and its provision, the
 * extension grounds (or that there are none), PIPEDA's deemed refusal, what a refusal must carry, the
 * complaint routes; the Swiss "new date" notices; the UK complaint to us, its state and our answer.
 */
export function RegimeRights(p: {
  locale: Locale;
  token: string;
  rv: SubjectRegimeView;
  n: RegimeNotices;
  complained: boolean;
  complaintError: string | null;
  /** The controller's zone: the day an instant fell on there (the page's other times are labelled with it). */
  timeZone: string;
}) {
  const { locale, rv, n, timeZone } = p;
  const c = STATUS_REGIME[locale];
  const error = p.complaintError
    ? (c.complaintErrors[p.complaintError as keyof typeof c.complaintErrors] ?? c.complaintErrors.generic)
    : null;
  return (
    <>
      {rv.dateNotices.length > 0 ? (
        <section aria-labelledby="new-date-title" className="card" data-testid="new-date">
          <h2 id="new-date-title">{c.newDateTitle}</h2>
          {rv.dateNotices.map((d) => (
            <p key={d.id}>
              {fill(c.newDateItem, {
                told: formatInstant(d.createdAt, locale, timeZone),
                date: formatLocalDate(d.newDate, locale),
                reason: d.reason,
              })}
            </p>
          ))}
        </section>
      ) : null}

      <section aria-labelledby="rights-title" data-testid="rights">
        <h2 id="rights-title">{c.rightsTitle}</h2>
        <p>{fill(c.rightsLaw, { law: n.law })}</p>
        <p>{n.timeLimit}</p>
        <p>{n.extensionGrounds}</p>
        {n.silence ? <p>{n.silence}</p> : null}
        <p>{n.refusalRights}</p>
        <ComplaintLines n={n} />
      </section>

      {rv.offersComplaint || rv.complaints.length > 0 ? (
        <section aria-labelledby="complaint-title" className="card" id="complaint" data-testid="complaint">
          <h2 id="complaint-title">{c.complaintTitle}</h2>
          {n.controllerComplaint ? <p>{n.controllerComplaint}</p> : null}
          {p.complained ? (
            <p className="notice success" role="status">
              {c.complaintSent}
            </p>
          ) : null}
          {rv.complaints.map((k, i) => (
            <div key={i} className="complaint-state">
              <p>
                {fill(c.complaintReceived, {
                  date: formatInstant(k.receivedAt, locale, timeZone),
                  ack: formatLocalDate(k.acknowledgeBy, locale),
                })}{" "}
                {k.acknowledgedAt
                  ? fill(c.complaintAcknowledged, { date: formatInstant(k.acknowledgedAt, locale, timeZone) })
                  : null}
              </p>
              {k.answeredAt && k.outcome ? (
                <>
                  <p>{fill(c.complaintAnswered, { date: formatInstant(k.answeredAt, locale, timeZone) })}</p>
                  <p className="message-body">{k.outcome}</p>
                </>
              ) : null}
            </div>
          ))}
          {rv.offersComplaint ? (
            <form action={complainFromStatusPage} className="form wide">
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="token" value={p.token} />
              <div className={`field${error ? " has-error" : ""}`}>
                <label htmlFor="complaint-body">{c.complaintLabel}</label>
                <p id="complaint-hint" className="hint">
                  {c.complaintHint}
                </p>
                {error ? (
                  <p id="complaint-error" className="error">
                    {error}
                  </p>
                ) : null}
                <textarea
                  id="complaint-body"
                  name="body"
                  rows={4}
                  maxLength={COMPLAINT_MAX_LENGTH}
                  required
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? "complaint-hint complaint-error" : "complaint-hint"}
                />
              </div>
              <div>
                <button className="button secondary" type="submit">
                  {c.complaintSend}
                </button>
              </div>
            </form>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
