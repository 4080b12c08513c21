import type { Locale } from "@/lib/domain/locale";
import type { RegimeNotices } from "@/lib/domain/regime-notices";
import type { RefusalReason } from "@/lib/domain/vocabulary";
import type { TaskOutcome } from "@/lib/fulfilment/engine/completion-result";
import { RESULT_COPY } from "@/lib/mail/templates/completion-copy";
import { refusalReasonText } from "@/lib/mail/templates/format";
import { OutcomeBody, type OutcomeParts } from "@/lib/mail/templates/outcome-body";
import { STATUS_OUTCOME } from "@/lib/i18n/messages/status-outcome";
import { ComplaintLines } from "./regime-rights";

/** Plain HTML for the page; the lists carry the test ids the status page's tests look for. */
const PAGE_PARTS: OutcomeParts = {
  P: ({ children }) => <p>{children}</p>,
  List: ({ items, testId }) => (
    <ul data-testid={testId}>
      {items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ul>
  ),
};

/** What the completion mail said, on the page it points to: the same reader and the same sentences. */
export function OutcomeSection({ locale, n, outcome }: { locale: Locale; n: RegimeNotices; outcome: TaskOutcome }) {
  return (
    <section className="card outcome" aria-labelledby="outcome-title" data-testid="outcome" data-kind={outcome.kind}>
      <h2 id="outcome-title">{STATUS_OUTCOME[locale].title}</h2>
      <OutcomeBody parts={PAGE_PARTS} t={RESULT_COPY[locale]} n={n} outcome={outcome} locale={locale} />
    </section>
  );
}

/** What the refusal mail said: the ground, the team's details, and the complaint routes. */
export function RefusalSection({
  locale,
  n,
  code,
  text,
}: {
  locale: Locale;
  n: RegimeNotices;
  code: RefusalReason | null;
  text: string | null;
}) {
  const w = STATUS_OUTCOME[locale];
  const details = text?.trim();
  return (
    <section className="notice" data-testid="refusal-note" aria-labelledby="refusal-title">
      <h2 id="refusal-title">{w.refusalTitle}</h2>
      {code ? <p data-testid="refusal-reason">{refusalReasonText(code, locale)}</p> : null}
      {details ? (
        <>
          <p>{w.refusalDetails}</p>
          <blockquote className="message-body">{details}</blockquote>
        </>
      ) : null}
      <p>{w.refusalOptions}</p>
      <ComplaintLines n={n} />
    </section>
  );
}
