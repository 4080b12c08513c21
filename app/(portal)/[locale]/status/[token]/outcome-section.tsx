import type { ReactNode } from "react";
import type { Locale } from "@/lib/domain/locale";
import { textIn } from "@/lib/domain/text-in-languages";
import type { RegimeNotices } from "@/lib/domain/regime-notices";
import type { RefusalReason } from "@/lib/domain/vocabulary";
import type { TaskOutcome } from "@/lib/fulfilment/engine/completion-result";
import { RESULT_COPY, type Copy, type NotifiedAction } from "@/lib/mail/templates/completion-copy";
import { refusalReasonText, tableLabel } from "@/lib/mail/templates/format";
import { STATUS_OUTCOME } from "@/lib/i18n/messages/status-outcome";
import { ComplaintLines } from "./regime-rights";

type Of<K extends TaskOutcome["kind"]> = Extract<TaskOutcome, { kind: K }>;

function Items({ items, testId }: { items: ReactNode[]; testId?: string }) {
  return (
    <ul data-testid={testId}>
      {items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ul>
  );
}

function Recipients({ t, n, action, names }: { t: Copy; n: RegimeNotices; action: NotifiedAction; names: string[] }) {
  if (names.length === 0) return null;
  return (
    <>
      <p>{t.recipients(action, n.recipientsProvision)}</p>
      <Items items={names} testId="outcome-recipients" />
    </>
  );
}

function Erasure({ t, n, r, locale }: { t: Copy; n: RegimeNotices; r: Of<"erasure">; locale: Locale }) {
  return (
    <>
      {r.erased.length > 0 ? (
        <>
          <p>
            <strong>{t.erasedTitle}</strong>
          </p>
          <Items
            testId="outcome-erased"
            items={r.erased.map((e) =>
              t.erasedItem(tableLabel(e.system, e.table, textIn(e.title, locale)), e.action, e.rows),
            )}
          />
          {r.erased.some((e) => e.action === "anonymise") ? <p>{t.anonymisedNote}</p> : null}
        </>
      ) : (
        <p>{r.kept.length > 0 ? t.nothingErased : t.nothingFound}</p>
      )}
      {r.kept.length > 0 ? (
        <>
          <p>
            <strong>{t.keptTitle(n.erasureExemption)}</strong>
          </p>
          <Items
            testId="outcome-kept"
            items={r.kept.map((k) =>
              t.keptItem(
                tableLabel(k.system, k.table, textIn(k.title, locale)),
                k.rows,
                n.quoteRecordedExemption ? textIn(k.exemption, locale).trim() : null,
                textIn(k.reason, locale).trim(),
              ),
            )}
          />
        </>
      ) : r.erased.length > 0 ? (
        <p>{t.keptNone}</p>
      ) : null}
      <Recipients t={t} n={n} action="erasure" names={r.recipientsNotified} />
    </>
  );
}

function Rectification({ t, n, r }: { t: Copy; n: RegimeNotices; r: Of<"rectification"> }) {
  return (
    <>
      {r.changed.length > 0 ? (
        <>
          <p>{t.changedTitle}</p>
          <Items
            testId="outcome-changed"
            items={r.changed.map((c) => (
              <>
                <strong>{tableLabel(c.system, c.field)}</strong>
                {t.colon}
                {c.value === null ? <em>{t.removedValue}</em> : c.value}
              </>
            ))}
          />
        </>
      ) : (
        <p>{t.nothingChanged}</p>
      )}
      {r.declined && r.declined.length > 0 ? (
        <>
          <p>{t.declinedTitle}</p>
          <Items
            testId="outcome-declined"
            items={r.declined.map((d) => (
              <>
                <strong>{d.field}</strong>
                {t.colon}
                {d.reason}
              </>
            ))}
          />
        </>
      ) : null}
      <Recipients t={t} n={n} action="rectification" names={r.recipientsNotified} />
    </>
  );
}

function Body({ t, n, outcome, locale }: { t: Copy; n: RegimeNotices; outcome: TaskOutcome; locale: Locale }) {
  switch (outcome.kind) {
    case "erasure":
      return <Erasure t={t} n={n} r={outcome} locale={locale} />;
    case "rectification":
      return <Rectification t={t} n={n} r={outcome} />;
    case "restriction":
      return (
        <>
          {outcome.systems.length > 0 ? (
            <>
              <p>{t.restricted}</p>
              <Items items={outcome.systems} />
              <p>{t.restrictedMeaning}</p>
            </>
          ) : (
            <p>{t.restrictedNoSystem}</p>
          )}
          <p>{t.restrictionLift(n.restrictionLiftProvision)}</p>
          <Recipients t={t} n={n} action="restriction" names={outcome.recipientsNotified} />
        </>
      );
    case "objection":
      return outcome.systems.length === 0 ? (
        <p>{t.objectionNoSystem}</p>
      ) : (
        <>
          <p>{t.objection}</p>
          <Items items={outcome.systems} />
        </>
      );
  }
}

/** What the completion mail said, on the page it points to: the same reader and the same sentences. */
export function OutcomeSection({ locale, n, outcome }: { locale: Locale; n: RegimeNotices; outcome: TaskOutcome }) {
  return (
    <section className="card outcome" aria-labelledby="outcome-title" data-testid="outcome" data-kind={outcome.kind}>
      <h2 id="outcome-title">{STATUS_OUTCOME[locale].title}</h2>
      <Body t={RESULT_COPY[locale]} n={n} outcome={outcome} locale={locale} />
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
