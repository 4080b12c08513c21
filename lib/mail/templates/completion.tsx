import type { Locale } from "@/lib/domain/locale";
import { textIn } from "@/lib/domain/text-in-languages";
import type { ReactNode } from "react";
import type { CompletionResult } from "@/lib/domain/completion-result";
import type { RequestType } from "@/lib/domain/vocabulary";
import { OUTCOME, RESULT_COPY, type Copy, type NotifiedAction } from "./completion-copy";
import { formatPackageUntil, requestPhrase, tableLabel } from "./format";
import { CtaButton, Layout, List, P, Quote } from "./layout";
import { ComplaintRoutes, noticesFor } from "./regime";
import type { RegimeNotices } from "@/lib/domain/regime-notices";
import type { MailTemplate, TemplateParams } from "./types";

type Params = TemplateParams["completion"];
type Result<K extends CompletionResult["kind"]> = Extract<CompletionResult, { kind: K }>;

function previewLine(locale: Locale, type: RequestType, result: CompletionResult | undefined): string {
  if (!result) return OUTCOME[locale][type];
  const t = RESULT_COPY[locale].preview;
  return result.kind === "package" ? t.package(formatPackageUntil(result, locale)) : t[result.kind];
}

function Recipients({ t, n, action, names }: { t: Copy; n: RegimeNotices; action: NotifiedAction; names: string[] }) {
  if (names.length === 0) return null;
  return (
    <>
      <P>{t.recipients(action, n.recipientsProvision)}</P>
      <List items={names} />
    </>
  );
}

/** "If you disagree": the regime's own complaint routes follow at the end of the mail. */
function Disagree({ t }: { t: Copy; n: RegimeNotices }) {
  return <P>{t.disagree}</P>;
}

function PackageResult({
  t,
  n,
  locale,
  type,
  r,
}: {
  t: Copy;
  n: RegimeNotices;
  locale: Locale;
  type: RequestType;
  r: Result<"package">;
}) {
  const ready = type === "access" || type === "portability" ? OUTCOME[locale][type] : t.packageReady;
  return (
    <>
      <P>{ready}</P>
      <P>{t.packageHow(formatPackageUntil(r, locale), r.maxDownloads)}</P>
      {r.excludedRecords > 0 ? (
        <>
          <P>{t.excluded(r.excludedRecords)}</P>
          <Disagree t={t} n={n} />
        </>
      ) : null}
    </>
  );
}

function ErasureResult({ t, n, r, locale }: { t: Copy; n: RegimeNotices; r: Result<"erasure">; locale: Locale }) {
  return (
    <>
      {r.erased.length > 0 ? (
        <>
          <P>
            <strong>{t.erasedTitle}</strong>
          </P>
          <List
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
            items={r.kept.map((k) =>
              t.keptItem(
                tableLabel(k.system, k.table, textIn(k.title, locale)),
                k.rows,
                n.quoteRecordedExemption ? textIn(k.exemption, locale).trim() : null,
                textIn(k.reason, locale).trim(),
              ),
            )}
          />
          <Disagree t={t} n={n} />
        </>
      ) : r.erased.length > 0 ? (
        <P>{t.keptNone}</P>
      ) : null}
      <Recipients t={t} n={n} action="erasure" names={r.recipientsNotified} />
    </>
  );
}

function RectificationResult({ t, n, r }: { t: Copy; n: RegimeNotices; r: Result<"rectification"> }) {
  return (
    <>
      {r.changed.length > 0 ? (
        <>
          <P>{t.changedTitle}</P>
          <List
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

function RestrictionResult({ t, n, r }: { t: Copy; n: RegimeNotices; r: Result<"restriction"> }) {
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
      <Recipients t={t} n={n} action="restriction" names={r.recipientsNotified} />
    </>
  );
}

function ObjectionResult({ t, r }: { t: Copy; r: Result<"objection"> }) {
  if (r.systems.length === 0) return <P>{t.objectionNoSystem}</P>;
  return (
    <>
      <P>{t.objection}</P>
      <List items={r.systems} />
    </>
  );
}

function ResultDetails({
  locale,
  n,
  type,
  result,
}: {
  locale: Locale;
  n: RegimeNotices;
  type: RequestType;
  result: CompletionResult;
}): ReactNode {
  const t = RESULT_COPY[locale];
  switch (result.kind) {
    case "package":
      return <PackageResult t={t} n={n} locale={locale} type={type} r={result} />;
    case "erasure":
      return <ErasureResult t={t} n={n} r={result} locale={locale} />;
    case "rectification":
      return <RectificationResult t={t} n={n} r={result} />;
    case "restriction":
      return <RestrictionResult t={t} n={n} r={result} />;
    case "objection":
      return <ObjectionResult t={t} r={result} />;
  }
}

export const subject: MailTemplate<Params>["subject"] = (locale, p, brand) =>
  locale === "fr"
    ? `Votre demande ${p.reference} est traitée – ${brand.companyName}`
    : `Your request ${p.reference} is complete – ${brand.companyName}`;

/**
 * Without `result`: one sentence per request type pointing to the request page. With `result`: what was done, concretely —
 * the package's availability (and records left out), what was erased and what was kept with its exemption (Art. 17(3)),
 * corrections, restricted systems (Art. 18(3) notice promised), marketing stopped, and the recipients told (Art. 19).
 */
export const Component: MailTemplate<Params>["Component"] = ({ locale, params: p, brand }) => {
  const request = requestPhrase(p.type, locale, brand.companyName);
  const summary = p.summary?.trim();
  const result = p.result;
  const n = noticesFor(locale, p);
  const seeAlso = result && result.kind !== "package" ? <P>{RESULT_COPY[locale].seeAlso}</P> : null;
  const body = result ? (
    <ResultDetails locale={locale} n={n} type={p.type} result={result} />
  ) : (
    <P>{OUTCOME[locale][p.type]}</P>
  );
  if (locale === "fr") {
    return (
      <Layout
        locale={locale}
        brand={brand}
        reference={p.reference}
        heading="Votre demande est traitée"
        preview={previewLine(locale, p.type, result)}
      >
        <P>Nous avons traité {request}.</P>
        {body}
        {summary ? (
          <>
            <P>Message de notre équipe :</P>
            <Quote text={summary} />
          </>
        ) : null}
        {seeAlso}
        <P>
          <strong>Vos recours</strong> si notre réponse ne vous satisfait pas :
        </P>
        <ComplaintRoutes n={n} />
        {p.appealUrl ? (
          <>
            <P>Une partie de votre demande n&apos;a pas été satisfaite : vous pouvez faire appel de cette décision.</P>
            <CtaButton href={p.appealUrl} label="Faire appel de cette décision" brand={brand} locale={locale} />
          </>
        ) : null}
        <CtaButton href={p.statusUrl} label="Voir ma demande" brand={brand} locale={locale} />
        <P>Ce lien est personnel : ne le partagez pas.</P>
      </Layout>
    );
  }
  return (
    <Layout
      locale={locale}
      brand={brand}
      reference={p.reference}
      heading="Your request is complete"
      preview={previewLine(locale, p.type, result)}
    >
      <P>We have completed {request}.</P>
      {body}
      {summary ? (
        <>
          <P>A note from our team:</P>
          <Quote text={summary} />
        </>
      ) : null}
      {seeAlso}
      <P>
        <strong>Your options</strong> if you are not satisfied with our answer:
      </P>
      <ComplaintRoutes n={n} />
      {p.appealUrl ? (
        <>
          <P>Part of your request was not granted: you can appeal this decision.</P>
          <CtaButton href={p.appealUrl} label="Appeal this decision" brand={brand} locale={locale} />
        </>
      ) : null}
      <CtaButton href={p.statusUrl} label="View my request" brand={brand} locale={locale} />
      <P>This link is personal: do not share it.</P>
    </Layout>
  );
};
