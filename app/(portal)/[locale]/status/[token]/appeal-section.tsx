import type { Locale } from "@/lib/domain/locale";
import { controllerProfile } from "@/lib/env";
import { fill } from "@/lib/i18n/fill";
import { formatInstant, formatLocalDate } from "@/lib/i18n/format-date";
import { APPEAL_WORDS } from "@/lib/i18n/messages/appeal";
import { APPEAL_MAX_LENGTH } from "@/lib/requests/appeals/file-appeal";
import type { SubjectAppealView } from "@/lib/requests/appeals/appeal-view";
import { appealFromStatusPage } from "./appeal-actions";

/** US state laws: "Appeal this decision" on a refused request, then the appeal's state and decision. */
export function AppealSection(p: {
  locale: Locale;
  token: string;
  view: SubjectAppealView;
  appealed: boolean;
  error: string | null;
}) {
  const w = APPEAL_WORDS[p.locale];
  const { openUntil, appeal } = p.view;
  if (!openUntil && !appeal) return null;
  const zone = controllerProfile().timeZone;
  const error = p.error ? (w.errors[p.error as keyof typeof w.errors] ?? w.errors.generic) : null;
  return (
    <section aria-labelledby="appeal-title" className="card" id="appeal" data-testid="appeal">
      <h2 id="appeal-title">{w.title}</h2>
      {p.appealed ? (
        <p className="notice success" role="status">
          {w.sent}
        </p>
      ) : null}
      {appeal ? (
        <>
          <p>
            {fill(w.received, {
              date: formatInstant(appeal.receivedAt, p.locale, zone),
              due: formatLocalDate(appeal.decideBy, p.locale),
              zone,
            })}
          </p>
          {appeal.decidedAt && appeal.decision ? (
            <>
              <p data-testid="appeal-decision">
                {fill(appeal.decision === "granted" ? w.granted : w.denied, {
                  date: formatInstant(appeal.decidedAt, p.locale, zone),
                })}
              </p>
              {appeal.decisionReason ? <p className="message-body">{appeal.decisionReason}</p> : null}
            </>
          ) : null}
        </>
      ) : (
        <form action={appealFromStatusPage} className="form wide">
          <p>{w.intro}</p>
          <p>{fill(w.openUntil, { date: formatLocalDate(openUntil!, p.locale), zone })}</p>
          <input type="hidden" name="locale" value={p.locale} />
          <input type="hidden" name="token" value={p.token} />
          <div className={`field${error ? " has-error" : ""}`}>
            <label htmlFor="appeal-reason">{w.label}</label>
            <p id="appeal-hint" className="hint">
              {w.hint}
            </p>
            {error ? (
              <p id="appeal-error" className="error">
                {error}
              </p>
            ) : null}
            <textarea
              id="appeal-reason"
              name="reason"
              rows={4}
              maxLength={APPEAL_MAX_LENGTH}
              required
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? "appeal-hint appeal-error" : "appeal-hint"}
            />
          </div>
          <div>
            <button className="button" type="submit">
              {w.send}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
