import type { ReactNode } from "react";
import type { CompletionResult } from "@/lib/domain/completion-result";
import type { Locale } from "@/lib/domain/locale";
import type { RegimeNotices } from "@/lib/domain/regime-notices";
import { textIn } from "@/lib/domain/text-in-languages";
import type { Copy, NotifiedAction } from "./completion-copy";
import { tableLabel } from "./format";

/** What a request's steps did, other than a package: erasure, rectification, restriction, objection. */
export type StepsOutcome = Exclude<CompletionResult, { kind: "package" }>;
type Of<K extends StepsOutcome["kind"]> = Extract<StepsOutcome, { kind: K }>;

/**
 * How a reader draws the outcome: the completion mail with its mail paragraphs and lists (and "if you disagree"
 * after what was kept), the status page with plain HTML that its tests find by `testId`. The sentences are the
 * same ones (RESULT_COPY), so the page says what the mail said.
 */
export interface OutcomeParts {
  P: (props: { children: ReactNode }) => ReactNode;
  List: (props: { items: ReactNode[]; testId?: string }) => ReactNode;
  afterKept?: (t: Copy) => ReactNode;
}

type Common = { parts: OutcomeParts; t: Copy; n: RegimeNotices };

function Recipients({ parts: { P, List }, t, n, action, names }: Common & { action: NotifiedAction; names: string[] }) {
  if (names.length === 0) return null;
  return (
    <>
      <P>{t.recipients(action, n.recipientsProvision)}</P>
      <List items={names} testId="outcome-recipients" />
    </>
  );
}

function Erasure({ parts, t, n, r, locale }: Common & { r: Of<"erasure">; locale: Locale }) {
  const { P, List } = parts;
  return (
    <>
      {r.erased.length > 0 ? (
        <>
          <P>
            <strong>{t.erasedTitle}</strong>
          </P>
          <List
            testId="outcome-erased"
            items={r.erased.map((e) =>
              t.erasedItem(tableLabel(e.system, e.table, textIn(e.title, locale)), e.action, e.rows),
            )}
          />
          {r.erased.some((e) => e.action === "anonymise") ? <P>{t.anonymisedNote}</P> : null}
        </>
      ) : (
        <P>{r.kept.length > 0 ? t.nothingErased : t.nothingFound}</P>
      )}
      {r.kept.length > 0 ? (
        <>
          <P>
            <strong>{t.keptTitle(n.erasureExemption)}</strong>
          </P>
          <List
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
          {parts.afterKept?.(t)}
        </>
      ) : r.erased.length > 0 ? (
        <P>{t.keptNone}</P>
      ) : null}
      <Recipients parts={parts} t={t} n={n} action="erasure" names={r.recipientsNotified} />
    </>
  );
}

function Rectification({ parts, t, n, r }: Common & { r: Of<"rectification"> }) {
  const { P, List } = parts;
  return (
    <>
      {r.changed.length > 0 ? (
        <>
          <P>{t.changedTitle}</P>
          <List
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
        <P>{t.nothingChanged}</P>
      )}
      {r.declined && r.declined.length > 0 ? (
        <>
          <P>{t.declinedTitle}</P>
          <List
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
      <Recipients parts={parts} t={t} n={n} action="rectification" names={r.recipientsNotified} />
    </>
  );
}

function Restriction({ parts, t, n, r }: Common & { r: Of<"restriction"> }) {
  const { P, List } = parts;
  return (
    <>
      {r.systems.length > 0 ? (
        <>
          <P>{t.restricted}</P>
          <List items={r.systems} />
          <P>{t.restrictedMeaning}</P>
        </>
      ) : (
        <P>{t.restrictedNoSystem}</P>
      )}
      <P>{t.restrictionLift(n.restrictionLiftProvision)}</P>
      <Recipients parts={parts} t={t} n={n} action="restriction" names={r.recipientsNotified} />
    </>
  );
}

function Objection({ parts: { P, List }, t, r }: Common & { r: Of<"objection"> }) {
  if (r.systems.length === 0) return <P>{t.objectionNoSystem}</P>;
  return (
    <>
      <P>{t.objection}</P>
      <List items={r.systems} />
    </>
  );
}

/** A yes or no, and the way to the complete declaration (LGPD art. 19 II) after a yes. */
function Confirmation({ parts: { P }, t, r }: Common & { r: Of<"confirmation"> }) {
  return (
    <>
      <P>
        <strong>{r.processed ? t.confirmationYes : t.confirmationNo}</strong>
      </P>
      {r.processed ? <P>{t.confirmationFull}</P> : null}
    </>
  );
}

/** The reason for the decision questioned, what could change it (when given), and the re-evaluation. */
export function ProfilingAnswerBody({ parts: { P }, t, r }: Common & { r: Of<"profiling_answer"> }) {
  return (
    <>
      <P>
        <strong>{t.profilingReasonTitle}</strong>
      </P>
      <P>{r.reason}</P>
      {r.howToChange ? (
        <>
          <P>
            <strong>{t.profilingHowTitle}</strong>
          </P>
          <P>{r.howToChange}</P>
        </>
      ) : null}
      <P>{t.profilingReevaluation[r.reevaluation]}</P>
    </>
  );
}

/** What was erased and kept (and why), corrected, restricted or stopped, and the recipients told (Art. 19). */
export function OutcomeBody(props: Common & { outcome: StepsOutcome; locale: Locale }): ReactNode {
  const { outcome: r, locale, ...common } = props;
  switch (r.kind) {
    case "erasure":
      return <Erasure {...common} r={r} locale={locale} />;
    case "rectification":
      return <Rectification {...common} r={r} />;
    case "restriction":
      return <Restriction {...common} r={r} />;
    case "objection":
      return <Objection {...common} r={r} />;
    case "profiling_answer":
      return <ProfilingAnswerBody {...common} r={r} />;
    case "confirmation":
      return <Confirmation {...common} r={r} />;
  }
}
