import Link from "next/link";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { computeDeadline } from "@/lib/domain/deadline";
import { regimeNotices } from "@/lib/domain/regime-notices";
import { honoursUniversalOptOut, optOutTypesFor } from "@/lib/domain/opt-out-eligibility";
import { regimeGrants, rightsForRegime } from "@/lib/domain/rights";
import { usStateLaw } from "@/lib/domain/us-states";
import { isOptOutType, REQUEST_TYPES, type RequestType } from "@/lib/domain/vocabulary";
import { controllerProfile, env } from "@/lib/env";
import { fill } from "@/lib/i18n/fill";
import { formatLocalDate } from "@/lib/i18n/format-date";
import { isLocale, type Locale } from "@/lib/domain/locale";
import { messages } from "@/lib/i18n/messages";
import { agentMessages } from "@/lib/i18n/messages/agent";
import { optOutMessages } from "@/lib/i18n/messages/opt-out";
import { REGIME_RIGHTS_WORDS, rightCitation } from "@/lib/i18n/messages/regime-rights";
import { chosenResidence, jurisdictionOptions, residenceLabel } from "./residence";

type Residence = NonNullable<ReturnType<typeof chosenResidence>>;

/**
 * The request types with a card of their own: all six before the residence is known, then only those the
 * regime grants. The opt-outs have their own page and card (below), not a request form.
 */
function shownTypes(residence: Residence | null): RequestType[] {
  const forms = REQUEST_TYPES.filter((type) => !isOptOutType(type));
  if (!residence) return forms;
  const granted = rightsForRegime(residence.regime);
  return forms.filter((type) => granted.includes(type));
}

function ResidenceChooser({ locale, residence }: { locale: Locale; residence: Residence | null }) {
  const w = REGIME_RIGHTS_WORDS[locale];
  return (
    <form className="card residence-chooser" method="get" action={`/${locale}`} aria-labelledby="residence-title">
      <h2 id="residence-title">{w.chooseTitle}</h2>
      <p className="muted">{w.chooseHelp}</p>
      <div className="field">
        <label htmlFor="residence">{w.chooseLabel}</label>
        <select id="residence" name="residence" defaultValue={residence?.code ?? env().DEFAULT_JURISDICTION}>
          {jurisdictionOptions(locale).map((o) => (
            <option key={o.code} value={o.code}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <button className="button" type="submit">
        {w.chooseSubmit}
      </button>
    </form>
  );
}

function TimeLimit({ locale, residence }: { locale: Locale; residence: Residence | null }) {
  const t = messages(locale);
  const w = REGIME_RIGHTS_WORDS[locale];
  if (!residence)
    return (
      <section className="card time-limit" aria-labelledby="time-limit">
        <h2 id="time-limit">{t.portal.timeLimitLabel}</h2>
        <p>{w.neutralTimeLimit}</p>
      </section>
    );
  const { country: controller, timeZone, authority } = controllerProfile();
  const today = computeDeadline({ jurisdiction: residence.code, controller, timeZone, receivedAt: new Date() });
  const notices = regimeNotices(residence.regime, locale, { lead: authority, residence: residence.code });
  return (
    <section className="card time-limit" aria-labelledby="time-limit" data-regime={residence.regime}>
      <h2 id="time-limit">{t.portal.timeLimitLabel}</h2>
      <p>{notices.timeLimit}</p>
      <p>{notices.extensionGrounds}</p>
      <p data-testid="today-deadline">
        {fill(t.portal.todayDeadline, { date: formatLocalDate(today.dueDate, locale) })} ({today.timeZone})
      </p>
      {regimeGrants(residence.regime, "appeal") ? <p>{w.appeal}</p> : null}
    </section>
  );
}

export default async function PortalHome({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ residence?: string | string[] }>;
}) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const residence = chosenResidence((await searchParams).residence);
  const t = messages(locale);
  const w = REGIME_RIGHTS_WORDS[locale];
  const query = residence ? `?residence=${encodeURIComponent(residence.code)}` : "";
  const o = optOutMessages(locale);
  // Global Privacy Control (11 CCR § 7025): say that the browser's signal was seen.
  const gpc = (await headers()).get("sec-gpc") === "1";
  // A state whose law grants an opt-out but does not make the signal one by itself (Virginia, Utah…).
  const offersOptOut = residence !== null && optOutTypesFor(residence.regime).length > 0;
  const gpcText =
    offersOptOut && !honoursUniversalOptOut(residence.regime)
      ? fill(o.gpcNotRequired, {
          state: residenceLabel(residence.code, locale).replace(/ \((United States|États-Unis)\)$/, ""),
        })
      : o.gpcBanner;
  return (
    <>
      <h1>{t.portal.title}</h1>
      <p className="lead">{t.portal.lead}</p>
      {gpc ? (
        <p className="notice" role="status" data-testid="gpc-banner">
          {gpcText} <Link href={`/${locale}/opt-out${offersOptOut ? query : ""}`}>{o.homeCta}</Link>
        </p>
      ) : null}
      <ResidenceChooser locale={locale} residence={residence} />
      {residence ? (
        <p className="notice" data-testid="rights-for">
          {fill(w.rightsFor, { place: residenceLabel(residence.code, locale) })} ·{" "}
          <Link href={`/${locale}`}>{w.change}</Link>
        </p>
      ) : null}
      <p className="notice">{t.portal.steps}</p>
      <ul className="grid rights" aria-label={t.portal.title}>
        {shownTypes(residence).map((type) => {
          const right = t.portal.rights[type];
          const citation = residence ? rightCitation(residence.regime, type, locale) : null;
          return (
            <li key={type}>
              <article className="card right-card" id={`right-${type}`} aria-labelledby={`right-${type}-title`}>
                <h2 id={`right-${type}-title`}>{right.title}</h2>
                <p className="legal-name">
                  {right.legal}
                  {citation ? ` · ${citation}` : ""}
                </p>
                <p>{right.body}</p>
                <h3>{t.portal.whatNext}</h3>
                <p>{right.next}</p>
                <Link
                  className="button"
                  href={`/${locale}/request/${type}${query}`}
                  aria-describedby={`right-${type}-title`}
                >
                  {t.portal.cta}
                </Link>
              </article>
            </li>
          );
        })}
        {/* Offered wherever the regime grants an opt-out the product files (opt-out-eligibility.ts). */}
        {residence && optOutTypesFor(residence.regime).length > 0 ? (
          <li>
            <article className="card right-card" id="right-opt-out" aria-labelledby="right-opt-out-title">
              <h2 id="right-opt-out-title">{usStateLaw(residence.regime) ? w.optOutTitleState : w.optOutTitle}</h2>
              <p className="legal-name">{rightCitation(residence.regime, "opt_out_sale", locale)}</p>
              <p>{w.optOutBody}</p>
              <Link className="button" href={`/${locale}/opt-out${query}`} aria-describedby="right-opt-out-title">
                {w.optOutCta}
              </Link>{" "}
              <Link href={`/${locale}/agent`}>{agentMessages(locale).homeLink}</Link>
            </article>
          </li>
        ) : null}
      </ul>
      <TimeLimit locale={locale} residence={residence} />
    </>
  );
}
