import type { Locale } from "@/lib/domain/locale";
import type { ReactNode } from "react";
import type { CompletionResult } from "@/lib/domain/completion-result";
import type { RequestType } from "@/lib/domain/vocabulary";
import { OUTCOME, outcomeSentence, RESULT_COPY, type Copy } from "./completion-copy";
import { formatPackageUntil, requestPhrase } from "./format";
import { CtaButton, Layout, List, P, Quote } from "./layout";
import { OutcomeBody, type OutcomeParts } from "./outcome-body";
import { ComplaintRoutes, noticesFor } from "./regime";
import type { RegimeNotices } from "@/lib/domain/regime-notices";
import { rightCitation } from "@/lib/i18n/messages/regime-rights";
import type { RightKey } from "@/lib/domain/rights";
import { ViewRequestButton } from "./request-link";
import type { MailTemplate, TemplateParams } from "./types";

type Params = TemplateParams["completion"];
type Result<K extends CompletionResult["kind"]> = Extract<CompletionResult, { kind: K }>;

function previewLine(
  locale: Locale,
  type: RequestType,
  result: CompletionResult | undefined,
  regime?: string | null,
): string {
  if (!result) return outcomeSentence(type, locale, regime);
  const t = RESULT_COPY[locale].preview;
  return result.kind === "package" ? t.package(formatPackageUntil(result, locale)) : t[result.kind];
}

/** "If you disagree": the regime's own complaint routes follow at the end of the mail. */
function Disagree({ t }: { t: Copy }) {
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
      {r.answer ? (
        <OutcomeBody
          parts={MAIL_PARTS}
          t={t}
          n={n}
          outcome={{ kind: "profiling_answer", ...r.answer }}
          locale={locale}
        />
      ) : null}
      <P>{ready}</P>
      {type === "access" && n.searchScope ? <P>{n.searchScope}</P> : null}
      <P>{t.packageHow(formatPackageUntil(r, locale), r.maxDownloads)}</P>
      {r.excludedRecords > 0 ? (
        <>
          <P>{t.excluded(r.excludedRecords)}</P>
          <Disagree t={t} />
        </>
      ) : null}
    </>
  );
}

/** The mail's paragraphs and lists; "if you disagree" follows the records kept. */
const MAIL_PARTS: OutcomeParts = {
  P,
  List: ({ items }) => <List items={items} />,
  afterKept: (t) => <Disagree t={t} />,
};

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
    default:
      return <OutcomeBody parts={MAIL_PARTS} t={t} n={n} outcome={result} locale={locale} />;
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
  // The provision of the right exercised, in the requester's own law ("LGPD article 18(VI)"); none to quote: none.
  const citation = rightCitation(p.regime, p.type as RightKey, locale);
  const request = requestPhrase(p.type, locale, brand.companyName, p.regime) + (citation ? ` (${citation})` : "");
  const summary = p.summary?.trim();
  const result = p.result;
  const n = noticesFor(locale, p);
  const seeAlso = result && result.kind !== "package" ? <P>{RESULT_COPY[locale].seeAlso}</P> : null;
  const body = result ? (
    <ResultDetails locale={locale} n={n} type={p.type} result={result} />
  ) : (
    <P>{outcomeSentence(p.type, locale, p.regime)}</P>
  );
  if (locale === "fr") {
    return (
      <Layout
        locale={locale}
        brand={brand}
        reference={p.reference}
        heading="Votre demande est traitée"
        preview={previewLine(locale, p.type, result, p.regime)}
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
        <ViewRequestButton href={p.statusUrl} brand={brand} locale={locale} personal />
      </Layout>
    );
  }
  return (
    <Layout
      locale={locale}
      brand={brand}
      reference={p.reference}
      heading="Your request is complete"
      preview={previewLine(locale, p.type, result, p.regime)}
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
      <ViewRequestButton href={p.statusUrl} brand={brand} locale={locale} personal />
    </Layout>
  );
};
